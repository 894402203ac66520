/**
 * The collection runner: the form, Run / Pause / Resume / Stop, live progress and counts, the
 * response-time chart, results, report downloads and previous runs. Closing it stops the run.
 */
import { Show, createMemo, onCleanup } from "solid-js";
import { useDeps, useEnvironments, useRunner, useTabs, useTree } from "../../host/hooks";
import { PreviousRuns } from "./PreviousRuns";
import { ReportDownloads } from "./ReportDownloads";
import { ResponseChart } from "./ResponseChart";
import { ResultsList } from "./ResultsList";
import { RunProgress } from "./RunProgress";
import { RunnerForm } from "./RunnerForm";
import type { RunTarget } from "./createRunnerForm";
import { createRunnerForm, targetOptions, targetValue } from "./createRunnerForm";

/** Props of {@link RunnerView}. */
export interface RunnerViewProps {
  /** The collection or folder preselected (from the tree's "Run"). */
  initial: RunTarget;
  /** Called after "Open" switched to a request, so the dialog can close. */
  onOpened?: () => void;
}

/** The runner's content. */
export function RunnerView(props: RunnerViewProps) {
  const environments = useEnvironments();
  const tree = useTree();
  const tabs = useTabs();
  const deps = useDeps();
  // The preselection is read once; the picker changes the target afterwards.
  const form = createRunnerForm(props.initial, environments.activeId());
  const store = useRunner().create();
  onCleanup(() => store.stop());
  const targets = createMemo(() => targetOptions(tree.nodes()));
  const collectionId = createMemo(
    () => targets().find((t) => t.value === targetValue(form.target()))?.collectionId,
  );
  const busy = () => store.status() === "running" || store.status() === "paused";
  const run = () =>
    void store.start({
      target: form.target(),
      environment: environments.list().find((e) => e.id === form.environment()),
      globals: environments.globals(),
      data: form.rows(),
      iterations: form.iterations(),
      delayMs: form.delayMs(),
    });
  const open = (id: string) => {
    void tabs.open(id);
    props.onOpened?.();
  };
  return (
    <div class="runner">
      <RunnerForm form={form} targets={targets()} disabled={busy()} />
      <div class="runner-controls">
        <button
          type="button"
          class="button button-primary"
          disabled={busy() || Boolean(form.data()?.error)}
          onClick={run}
        >
          Run
        </button>
        <Show
          when={store.status() === "paused"}
          fallback={
            <button type="button" class="button" disabled={!busy()} onClick={() => store.pause()}>
              Pause
            </button>
          }
        >
          <button type="button" class="button" onClick={() => store.resume()}>
            Resume
          </button>
        </Show>
        <button type="button" class="button" disabled={!busy()} onClick={() => store.stop()}>
          Stop
        </button>
      </div>
      <RunProgress
        done={store.progress().done}
        total={store.progress().total}
        counts={store.counts()}
      />
      <ResponseChart executions={store.rows()} />
      <ResultsList
        executions={store.rows()}
        total={store.progress().done}
        onOpen={open}
        onRerunFailures={() => void store.rerunFailures()}
        canRerun={!busy() && store.lastRun() !== undefined}
      />
      <ReportDownloads run={store.lastRun()} now={() => deps.clock.now()} />
      <Show when={collectionId()} keyed>
        {(id) => <PreviousRuns collectionId={id} />}
      </Show>
    </div>
  );
}
