/**
 * The header's "History" button and the "History" dialog it opens. The history store (and its
 * live query) exists only while the dialog is open.
 */
import { Show } from "solid-js";
import type { HistoryEntry } from "../../../core/model";
import { useHistory } from "../../host/hooks";
import { Dialog } from "../common/Dialog";
import { DialogButton } from "../common/DialogButton";
import { HistoryPanel } from "./HistoryPanel";

/** Props of {@link HistoryButton}. */
export interface HistoryButtonProps {
  /** Reopens an entry (the app opens it as a new unsaved tab); the dialog closes first. */
  onOpen: (entry: HistoryEntry) => void;
  /** The current time (epoch ms); defaults to `Date.now`. */
  now?: () => number;
}

function HistoryContent(props: HistoryButtonProps & { onClose: () => void }) {
  const history = useHistory();
  const store = history.open();
  return (
    <HistoryPanel
      store={store}
      exportHar={history.exportHar}
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
  return (
    <DialogButton label="History">
      {(open, close) => (
        <Dialog open={open()} title="History" onClose={close} largeWidth={760}>
          <Show when={open()}>
            <HistoryContent {...props} onClose={close} />
          </Show>
          <div class="dialog-actions">
            <button type="button" class="button" onClick={close}>
              Close
            </button>
          </div>
        </Dialog>
      )}
    </DialogButton>
  );
}
