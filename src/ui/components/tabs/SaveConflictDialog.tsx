/**
 * Asks what to do when a save finds the request changed elsewhere (another browser tab, a
 * script, an import) since its draft was opened: Reload (take the stored row), Keep mine
 * (overwrite it), or Compare (a side-by-side of the fields that differ, then choose).
 */
import { For, Show, createSignal } from "solid-js";
import { useTabs } from "../../host/hooks";
import type { ConflictChoice } from "../../stores/tabTypes";
import { Dialog } from "../common/Dialog";

/** Shown while the tab store has a pending save conflict. */
export function SaveConflictDialog() {
  const tabStore = useTabs();
  const [comparing, setComparing] = createSignal(false);
  const tab = () => {
    const id = tabStore.state.conflict?.id;
    return id ? tabStore.tabs().find((t) => t.id === id) : undefined;
  };
  const choose = (choice: ConflictChoice) => {
    setComparing(false);
    void tabStore.resolveConflict(choice);
  };
  return (
    <Dialog
      open={tab() !== undefined}
      title="Changed elsewhere"
      role="alertdialog"
      largeWidth={comparing() ? 900 : undefined}
      onClose={() => choose("cancel")}
    >
      <p class="dialog-message">
        “{tab()?.draft.name}” was changed in another tab or window since you started editing it.
        Reload it and drop your changes, or keep yours and overwrite theirs?
      </p>
      <Show when={comparing()}>
        <div class="conflict-compare">
          <table aria-label="Differences">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Your changes</th>
                <th scope="col">Stored now</th>
              </tr>
            </thead>
            <tbody>
              <For each={tabStore.conflictRows()}>
                {(row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    <td>
                      <pre>{row.mine}</pre>
                    </td>
                    <td>
                      <pre>{row.theirs}</pre>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={() => choose("reload")}>
          Reload
        </button>
        <button
          type="button"
          class="button button-primary"
          data-autofocus=""
          onClick={() => choose("keep-mine")}
        >
          Keep mine
        </button>
        <Show when={!comparing()}>
          <button type="button" class="button" onClick={() => setComparing(true)}>
            Compare
          </button>
        </Show>
        <button type="button" class="button" onClick={() => choose("cancel")}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
