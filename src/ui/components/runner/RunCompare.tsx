/** Two runs side by side: per request and iteration, each run's status, time and failures. */
import { For, createMemo } from "solid-js";
import { formatDuration } from "../../../core/format/duration";
import type { ExecutionRecord } from "../../../core/report";
import { statusText } from "./ResultRow";
import type { StoredRun } from "../../../core/runner/types";

/** Props of {@link RunCompare}. */
export interface RunCompareProps {
  a: StoredRun;
  b: StoredRun;
}

/** Rows matched by request id and iteration, in the first run's order then the second's. */
export function compareRows(a: StoredRun, b: StoredRun) {
  const key = (e: ExecutionRecord) => `${e.item.id}#${e.iteration}`;
  const rows = new Map<string, { name: string; a?: ExecutionRecord; b?: ExecutionRecord }>();
  for (const e of a.executions)
    if (!rows.has(key(e))) rows.set(key(e), { name: e.item.name, a: e });
  for (const e of b.executions) {
    const row = rows.get(key(e)) ?? { name: e.item.name };
    if (!row.b) rows.set(key(e), { ...row, b: e });
  }
  return [...rows.values()];
}

const cells = (e: ExecutionRecord | undefined) =>
  e
    ? [
        statusText(e),
        e.response ? formatDuration(e.response.timeMs) : "—",
        String(e.failures.length),
      ]
    : ["—", "—", "—"];

/** The comparison table. */
export function RunCompare(props: RunCompareProps) {
  const rows = createMemo(() => compareRows(props.a, props.b));
  const label = (run: StoredRun) => new Date(run.startedAt).toLocaleString();
  return (
    <table class="runner-table" aria-label="Run comparison">
      <thead>
        <tr>
          <th scope="col">Request</th>
          <th scope="col">Status ({label(props.a)})</th>
          <th scope="col">Time</th>
          <th scope="col">Failed</th>
          <th scope="col">Status ({label(props.b)})</th>
          <th scope="col">Time</th>
          <th scope="col">Failed</th>
        </tr>
      </thead>
      <tbody>
        <For each={rows()}>
          {(row) => (
            <tr>
              <td>{row.name}</td>
              <For each={[...cells(row.a), ...cells(row.b)]}>{(text) => <td>{text}</td>}</For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
