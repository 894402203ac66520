/**
 * The sidebar's "Import" button and the Import dialog it opens. The dialog (and the importers
 * behind it) load on first use, keeping them out of the app shell's first load.
 */
import { Show, Suspense, lazy } from "solid-js";
import type { ImportLauncher } from "./createImportLauncher";

const ImportDialog = lazy(() =>
  import("./ImportDialog").then((m) => ({ default: m.ImportDialog })),
);

/** Props of {@link ImportButton}. */
export interface ImportButtonProps {
  launcher: ImportLauncher;
}

/** Renders the button, and the dialog while the launcher is open. */
export function ImportButton(props: ImportButtonProps) {
  return (
    <>
      <button type="button" class="button" onClick={() => props.launcher.show()}>
        Import
      </button>
      <Show when={props.launcher.open()}>
        <Suspense>
          <ImportDialog
            initialFile={props.launcher.file()}
            onClose={() => props.launcher.close()}
          />
        </Suspense>
      </Show>
    </>
  );
}
