/** Picks the collection an "Untitled request" is saved into (shown on its first save). */
import { For, Show, createSignal } from "solid-js";
import { useTabs, useTree } from "../../host/hooks";
import { Dialog } from "../common/Dialog";

/** Shown while the tab store has a pending save of a never-stored tab. */
export function SaveToCollectionDialog() {
  const tree = useTree();
  const tabs = useTabs();
  const collections = () => tree.nodes().filter((n) => n.kind === "collection");
  const [choice, setChoice] = createSignal<string>("");
  const selected = () => choice() || collections()[0]?.id || "";
  const save = () => {
    const id = tabs.state.pendingSave;
    if (id && selected()) void tabs.save(id, selected());
  };
  return (
    <Dialog
      open={tabs.state.pendingSave !== null}
      title="Save request"
      onClose={() => tabs.cancelPendingSave()}
    >
      <Show
        when={collections().length > 0}
        fallback={<p class="dialog-message">Create a collection first, then save into it.</p>}
      >
        <label class="field">
          <span>Collection</span>
          <select value={selected()} onChange={(e) => setChoice(e.currentTarget.value)}>
            <For each={collections()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
          </select>
        </label>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button button-primary" disabled={!selected()} onClick={save}>
          Save
        </button>
        <button type="button" class="button" onClick={() => tabs.cancelPendingSave()}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
