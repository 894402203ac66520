/**
 * "Documentation: <collection>": the collection's documentation in a large dialog, kept current
 * while open, with a Print button. Printing shows only the documentation (docs.css hides the app
 * and every other dialog under `@media print`).
 */
import type { JSX } from "solid-js";
import { Show, createMemo } from "solid-js";
import type { Id } from "../../../core/model";
import { useCollectionDocs, useTree } from "../../host/hooks";
import { Dialog } from "../common/Dialog";
import { DocsView } from "./DocsView";
import "../../styles/docs.css";

/** Props of {@link DocsDialog}. */
export interface DocsDialogProps {
  /** The collection to document; null keeps the dialog closed. */
  collectionId: Id | null;
  onClose: () => void;
}

/** The dialog's body for one collection (its live read ends when the body goes). */
function DocsDialogBody(props: { collectionId: Id }): JSX.Element {
  const collectionDocs = useCollectionDocs();
  // One body per collection (the dialog keys it), so the id is read once.
  // eslint-disable-next-line solid/reactivity
  const docs = collectionDocs(props.collectionId);
  return (
    <div class="docs-scroll">
      <Show
        when={docs()}
        fallback={
          <p class="request-note" role="status">
            {docs() === null ? "Loading…" : "This collection no longer exists."}
          </p>
        }
      >
        {(loaded) => <DocsView docs={loaded()} />}
      </Show>
    </div>
  );
}

/** Renders the dialog while `collectionId` is set. */
export function DocsDialog(props: DocsDialogProps): JSX.Element {
  const tree = useTree();
  const title = createMemo(() => {
    const id = props.collectionId;
    const name = tree.nodes().find((n) => n.id === id)?.name ?? "";
    return `Documentation: ${name}`;
  });
  return (
    <Dialog
      open={props.collectionId !== null}
      title={title()}
      onClose={() => props.onClose()}
      largeWidth={920}
    >
      <Show when={props.collectionId} keyed>
        {(id) => <DocsDialogBody collectionId={id} />}
      </Show>
      <div class="dialog-actions docs-actions">
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" class="button" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
