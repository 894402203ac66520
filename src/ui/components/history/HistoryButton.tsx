/**
 * The header's "History" button and the "History" dialog it opens. The history store (and its
 * live query) exists only while the dialog is open.
 */
import { Show, createSignal, untrack } from "solid-js";
import type { HistoryEntry } from "../../../core/model";
import type { Repos } from "../../../db/repos/types";
import type { LiveQuery } from "../../primitives/liveQuery";
import { createHistoryStore } from "../../stores/history";
import { Dialog } from "../common/Dialog";
import { HistoryPanel } from "./HistoryPanel";

/** Props of {@link HistoryButton}. */
export interface HistoryButtonProps {
  repos: Repos;
  live: LiveQuery;
  /** Reopens an entry (the app opens it as a new unsaved tab); the dialog closes first. */
  onOpen: (entry: HistoryEntry) => void;
  /** The current time (epoch ms); defaults to `Date.now`. */
  now?: () => number;
}

function HistoryContent(props: HistoryButtonProps & { onClose: () => void }) {
  // Repositories and the live primitive are app-wide constants: read once.
  const store = untrack(() => createHistoryStore({ repos: props.repos, live: props.live }));
  return (
    <HistoryPanel
      store={store}
      repos={props.repos}
      now={() => (props.now ?? Date.now)()}
      onOpen={(entry) => {
        props.onClose();
        props.onOpen(entry);
      }}
    />
  );
}

/** A "History" button that opens the history in a dialog. */
export function HistoryButton(props: HistoryButtonProps) {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button
        type="button"
        class="button"
        aria-haspopup="dialog"
        aria-expanded={open()}
        onClick={() => setOpen(true)}
      >
        History
      </button>
      <Dialog open={open()} title="History" onClose={() => setOpen(false)} largeWidth={760}>
        <Show when={open()}>
          <HistoryContent {...props} onClose={() => setOpen(false)} />
        </Show>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </Dialog>
    </>
  );
}
