/** "Previous runs" of a collection (kept live), any two of which can be compared. */
import { For, Show, createMemo, createSignal } from "solid-js";
import type { Id } from "../../../core/model";
import { useRunner } from "../../host/hooks";
import { RunCompare } from "./RunCompare";
import type { StoredRun } from "../../../core/runner/types";

/** Props of {@link PreviousRuns}. */
export interface PreviousRunsProps {
  collectionId: Id;
}

const describe = (run: StoredRun) =>
  `${new Date(run.startedAt).toLocaleString()} — ${run.target.name}: ${run.stats.items.total} requests, ` +
  `${run.stats.assertions.failed} failed assertions${run.stopped ? ` (${run.stopped})` : ""}`;

/** The list with a "Compare" checkbox per run; the table appears once two are checked. */
export function PreviousRuns(props: PreviousRunsProps) {
  const runner = useRunner();
  // The collection is fixed for this component's life (the parent keys it by collection).
  // eslint-disable-next-line solid/reactivity
  const collectionId = props.collectionId;
  const runs = runner.previous(collectionId);
  const [picked, setPicked] = createSignal<Id[]>([]);
  const toggle = (id: Id, on: boolean) =>
    setPicked((ids) =>
      on ? [...ids.filter((x) => x !== id), id].slice(-2) : ids.filter((x) => x !== id),
    );
  const pair = createMemo(() => {
    const [a, b] = picked().map((id) => runs().find((r) => r.id === id));
    return a && b ? { a, b } : undefined;
  });
  return (
    <section class="runner-previous" aria-label="Previous runs">
      <h3>Previous runs</h3>
      <Show when={runs().length > 0} fallback={<p class="runner-muted">No runs yet.</p>}>
        <ul class="runner-previous-list">
          <For each={runs()}>
            {(run) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    checked={picked().includes(run.id)}
                    onChange={(e) => toggle(run.id, e.currentTarget.checked)}
                  />{" "}
                  <span class="runner-sr">Compare </span>
                  {describe(run)}
                </label>
              </li>
            )}
          </For>
        </ul>
        <Show when={pair()} fallback={<p class="runner-muted">Check two runs to compare them.</p>}>
          {(p) => <RunCompare a={p().a} b={p().b} />}
        </Show>
      </Show>
    </section>
  );
}
