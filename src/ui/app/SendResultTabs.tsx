/**
 * The response viewer's extra tabs for a run: test results, console output and the script's
 * visualization. They appear only when the run produced something to show.
 */
import type { JSX } from "solid-js";
import { For, Show } from "solid-js";
import { ConsoleView } from "../components/console/ConsoleView";
import { VisualizerFrame } from "../components/visualizer/VisualizerFrame";
import type { TabRun } from "../stores/send";

/** A list of the run's assertions and script errors. */
function TestResults(props: { run: TabRun }) {
  const assertions = () => props.run.result?.assertions ?? [];
  const errors = () => props.run.result?.errors ?? [];
  const passed = () => assertions().filter((a) => a.passed && !a.skipped).length;
  const failed = () => assertions().filter((a) => !a.passed && !a.skipped).length;
  const skipped = () => assertions().filter((a) => a.skipped).length;
  return (
    <div class="run-tests">
      <p role="status" class="run-summary">
        {passed()} passed, {failed()} failed, {skipped()} skipped
        <Show when={errors().length}>, {errors().length} script errors</Show>
      </p>
      <ul class="run-list" aria-label="Test results">
        <For each={assertions()}>
          {(a) => (
            <li classList={{ pass: a.passed && !a.skipped, fail: !a.passed, skip: a.skipped }}>
              <strong>{a.skipped ? "SKIPPED" : a.passed ? "PASS" : "FAIL"}</strong> {a.name}
              <Show when={a.error}>{(e) => <span class="run-detail"> — {e().message}</span>}</Show>
            </li>
          )}
        </For>
        <For each={errors()}>
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

/** Extra tabs for the viewer: "Tests", "Console" and "Visualize" when the run has any. */
export function sendResultTabs(run: () => TabRun): { name: string; render: () => JSX.Element }[] {
  const r = run();
  const tabs: { name: string; render: () => JSX.Element }[] = [];
  const hasTests = (r.result?.assertions.length ?? 0) + (r.result?.errors.length ?? 0) > 0;
  if (hasTests) tabs.push({ name: "Tests", render: () => <TestResults run={run()} /> });
  if (r.console.length) {
    tabs.push({
      name: "Console",
      render: () => <ConsoleView entries={run().console} total={run().consoleTotal} />,
    });
  }
  if (r.result?.visualizer) {
    tabs.push({
      name: "Visualize",
      render: () => (
        <Show when={run().result?.visualizer}>
          {(v) => <VisualizerFrame template={v().template} data={v().data} options={v().options} />}
        </Show>
      ),
    });
  }
  return tabs;
}
