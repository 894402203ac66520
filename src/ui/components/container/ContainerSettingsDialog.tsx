/**
 * "Collection settings: <name>" / "Folder settings: <name>": description, variables
 * (collections), auth, pre-request and test scripts, and timeouts (collections). Edits save as
 * you type; closing the dialog writes anything pending.
 */
import type { JSX } from "solid-js";
import { Show, createMemo } from "solid-js";
import { useTree } from "../../host/hooks";
import { Dialog } from "../common/Dialog";
import { ContainerSettings } from "./ContainerSettings";
import type { ContainerTarget } from "./createContainerDraft";
import "../../styles/request.css";
import "../../styles/env.css";
import "../../styles/container.css";

/** Props of {@link ContainerSettingsDialog}. */
export interface ContainerSettingsDialogProps {
  /** The collection or folder to edit; null keeps the dialog closed. */
  target: ContainerTarget | null;
  onClose: () => void;
}

/** Renders the dialog while `target` is set. */
export function ContainerSettingsDialog(props: ContainerSettingsDialogProps): JSX.Element {
  const tree = useTree();
  const title = createMemo(() => {
    const target = props.target;
    if (!target) return "";
    const name = tree.nodes().find((n) => n.id === target.id)?.name ?? "";
    return `${target.kind === "collection" ? "Collection" : "Folder"} settings: ${name}`;
  });
  return (
    <Dialog
      open={props.target !== null}
      title={title()}
      onClose={() => props.onClose()}
      largeWidth={820}
    >
      <Show when={props.target} keyed>
        {(target) => <ContainerSettings target={target} />}
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
