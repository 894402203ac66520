/**
 * The app-wide part of importing: files dropped anywhere on the window open the Import dialog
 * (a "Drop to import" overlay shows while they are dragged over), and the dialog itself while
 * one is open. The dialog and the importers behind it load on first use, keeping them out of
 * the app shell's first load.
 */
import { Show, Suspense, lazy } from "solid-js";
import { closeImport, importRequest, openImport } from "../../stores/importLauncher";
import { createImportDropZone } from "./createImportDropZone";
import "../../styles/import.css";

const ImportDialog = lazy(() =>
  import("./ImportDialog").then((m) => ({ default: m.ImportDialog })),
);

/** Renders the drop overlay while files are dragged over, and the dialog while it is open. */
export function ImportHost() {
  const zone = createImportDropZone((files) => openImport(files));
  return (
    <>
      <Show when={zone.dragging()}>
        <div class="import-drop-overlay" role="status">
          <p>Drop to import</p>
        </div>
      </Show>
      <Show when={importRequest()} keyed>
        {(request) => (
          <Suspense>
            <ImportDialog initialFiles={request.files} onClose={closeImport} />
          </Suspense>
        )}
      </Show>
    </>
  );
}
