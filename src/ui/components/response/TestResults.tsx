/** The response's Tests tab: the counts in words, then each assertion and script error. */
import { For, Show, createMemo } from "solid-js";
import type { AssertionResult, ScriptError } from "../../../core/sandbox/types";
import { testSummary } from "./testSummary";

/** Props of {@link TestResults}. */
export interface TestResultsProps {
  assertions: readonly AssertionResult[];
  errors: readonly ScriptError[];
}

/** A status line ("3 passed, 1 failed, 0 skipped, 1 script error") and a list named "Test results". */
export function TestResults(props: TestResultsProps) {
  const summary = createMemo(() => testSummary(props.assertions, props.errors));
  return (
    <div class="run-tests">
      <p role="status" class="run-summary" data-tone={summary().tone}>
        {summary().text}
      </p>
      <ul class="run-list" aria-label="Test results">
        <For each={props.assertions}>
          {(a) => (
            <li
              classList={{
                pass: a.passed && !a.skipped,
                fail: !a.passed && !a.skipped,
                skip: a.skipped,
              }}
            >
              <strong>{a.skipped ? "SKIPPED" : a.passed ? "PASS" : "FAIL"}</strong> {a.name}
              <Show when={a.error}>{(e) => <span class="run-detail"> — {e().message}</span>}</Show>
            </li>
          )}
        </For>
        <For each={props.errors}>
          {(e) => (
            <li class="fail">
              <strong>{e.code === "TIMEOUT" ? "TIMEOUT" : "ERROR"}</strong> {e.location}
              {e.line ? ` line ${e.line}` : ""}: {e.message}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
