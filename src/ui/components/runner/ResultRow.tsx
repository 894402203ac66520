/** One executed request in the results list: name, status, time, its assertions and "Open". */
import { For, Show } from "solid-js";
import { formatDuration } from "../../../core/format/duration";
import type { ExecutionRecord } from "../../../core/report";

/** Props of {@link ResultRow}. */
export interface ResultRowProps {
  execution: ExecutionRecord;
  onOpen: (requestId: string) => void;
}

/** What the status column says. */
export function statusText(e: ExecutionRecord): string {
  if (e.response) return `${e.response.code} ${e.response.status}`.trim();
  if (e.requestError) return e.requestError.message;
  if (e.skipped) return "Skipped";
  return e.failures[0]?.message ?? "Not sent";
}

/** A list item for one execution. */
export function ResultRow(props: ResultRowProps) {
  const failed = () => props.execution.failures.length > 0;
  return (
    <li class="runner-result" classList={{ "runner-result-failed": failed() }}>
      <div class="runner-result-head">
        <span class="runner-result-name">
          {[...props.execution.path, props.execution.item.name].join(" / ")}
        </span>
        <span class="runner-result-iter">#{props.execution.iteration + 1}</span>
        <span class="runner-result-status">{statusText(props.execution)}</span>
        <Show when={props.execution.response}>
          {(response) => (
            <span class="runner-result-time">{formatDuration(response().timeMs)}</span>
          )}
        </Show>
        <button
          type="button"
          class="button"
          aria-label={`Open ${props.execution.item.name}`}
          onClick={() => props.onOpen(props.execution.item.id)}
        >
          Open
        </button>
      </div>
      <ul class="runner-assertions">
        <For each={props.execution.assertions}>
          {(a) => (
            <li classList={{ "runner-pass": a.passed, "runner-fail": !a.passed && !a.skipped }}>
              {a.skipped ? "Skipped" : a.passed ? "Pass" : "Fail"}: {a.name}
              <Show when={a.error}>{(error) => <span> — {error().message}</span>}</Show>
            </li>
          )}
        </For>
        <For
          each={props.execution.failures.filter((f) => f.test === undefined && f.at !== "request")}
        >
          {(f) => <li class="runner-fail">{f.message}</li>}
        </For>
      </ul>
    </li>
  );
}
