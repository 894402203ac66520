/**
 * Two runs side by side: per request and iteration (lined up by request id, not by position; see
 * compareRows), each run's status, time and failures.
 */
import { For, createMemo } from "solid-js";
import { formatDuration } from "../../../core/format/duration";
import type { ExecutionRecord } from "../../../core/report";
import type { StoredRun } from "../../../core/runner/types";
import { compareRows } from "./compareRows";
import { statusText } from "./ResultRow";

/** Props of {@link RunCompare}. */
export interface RunCompareProps {
  a: StoredRun;
  b: StoredRun;
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
  const rows = createMemo(() => compareRows(props.a.executions, props.b.executions));
  const label = (run: StoredRun) => new Date(run.startedAt).toLocaleString();
  return (
    <table class="runner-table" aria-label="Run comparison">
      <thead>
        <tr>
          <th scope="col">Request</th>
          <th scope="col">Iteration</th>
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
              <th scope="row">{[...row.path, row.name].join(" / ")}</th>
              <td>{row.iteration + 1}</td>
              <For each={[...cells(row.a), ...cells(row.b)]}>{(text) => <td>{text}</td>}</For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
