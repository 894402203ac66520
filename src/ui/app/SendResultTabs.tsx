/**
 * The response viewer's extra tabs for a run: test results, console output and the script's
 * visualization. They appear only when the run produced something to show.
 */
import { Show } from "solid-js";
import type { TabItem } from "../components/common/Tabs";
import { ConsoleView } from "../components/console/ConsoleView";
import { TestResults } from "../components/response/TestResults";
import { testSummary } from "../components/response/testSummary";
import { VisualizerFrame } from "../components/visualizer/VisualizerFrame";
import type { TabRun } from "../stores/send";

/**
 * Extra tabs for the viewer: "Tests 3/4" (its tone green or red), "Console" with how many entries
 * were logged, and "Visualize", each only when the run has any.
 */
export function sendResultTabs(run: () => TabRun): TabItem[] {
  const r = run();
  const tabs: TabItem[] = [];
  const assertions = r.result?.assertions ?? [];
  const errors = r.result?.errors ?? [];
  if (assertions.length + errors.length > 0) {
    const summary = testSummary(assertions, errors);
    tabs.push({
      name: summary.label,
      ...(summary.tone ? { tone: summary.tone } : {}),
      render: () => (
        <TestResults
          assertions={run().result?.assertions ?? []}
          errors={run().result?.errors ?? []}
        />
      ),
    });
  }
  if (r.console.length) {
    tabs.push({
      name: "Console",
      count: () => Math.max(run().consoleTotal ?? 0, run().console.length),
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
