/** The run's results: "Show only failures", "Re-run failures" and a capped list of rows. */
import { For, Show, createMemo, createSignal } from "solid-js";
import type { ExecutionRecord } from "../../../core/report";
import { ResultRow } from "./ResultRow";

/** Props of {@link ResultsList}. */
export interface ResultsListProps {
  executions: readonly ExecutionRecord[];
  /** Executions in the whole run (the list may hold fewer). */
  total: number;
  onOpen: (requestId: string) => void;
  onRerunFailures: () => void;
  /** Whether "Re-run failures" can start now. */
  canRerun: boolean;
}

/** Rows drawn at most; the store already caps what it keeps. */
const SHOWN = 500;

/** The results section. */
export function ResultsList(props: ResultsListProps) {
  const [onlyFailures, setOnlyFailures] = createSignal(false);
  const failures = createMemo(() => props.executions.filter((e) => e.failures.length > 0));
  const visible = createMemo(() => (onlyFailures() ? failures() : props.executions));
  const shown = createMemo(() => visible().slice(0, SHOWN));
  return (
    <section class="runner-results" aria-label="Results">
      <div class="runner-results-bar">
        <label>
          <input
            type="checkbox"
            checked={onlyFailures()}
            onChange={(e) => setOnlyFailures(e.currentTarget.checked)}
          />{" "}
          Show only failures
        </label>
        <button
          type="button"
          class="button"
          disabled={!props.canRerun || failures().length === 0}
          onClick={() => props.onRerunFailures()}
        >
          Re-run failures
        </button>
      </div>
      <ul class="runner-result-list" aria-label="Run results">
        <For each={shown()}>
          {(execution) => <ResultRow execution={execution} onOpen={(id) => props.onOpen(id)} />}
        </For>
      </ul>
      <Show when={props.total > shown().length && !onlyFailures()}>
        <p class="runner-more">
          Showing {shown().length} of {props.total} requests; download a report for all of them.
        </p>
      </Show>
    </section>
  );
}
