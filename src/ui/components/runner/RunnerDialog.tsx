/** The "Collection runner" dialog around {@link RunnerView}; open while `target` is set. */
import { Show } from "solid-js";
import { Dialog } from "../common/Dialog";
import type { RunTarget } from "./createRunnerForm";
import { RunnerView } from "./RunnerView";
import "../../styles/runner.css";

/** Props of {@link RunnerDialog}. */
export interface RunnerDialogProps {
  /** The collection or folder to preselect; null keeps the dialog closed. */
  target: RunTarget | null;
  onClose: () => void;
}

/** A large dialog titled "Collection runner". */
export function RunnerDialog(props: RunnerDialogProps) {
  return (
    <Dialog open={props.target !== null} title="Collection runner" onClose={() => props.onClose()}>
      <Show when={props.target} keyed>
        {(target) => <RunnerView initial={target} onOpened={() => props.onClose()} />}
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
