/** The sidebar's "Import" button: opens the Import dialog, which the app shell renders. */
import { openImport } from "../../stores/importLauncher";

/** Renders the button. */
export function ImportButton() {
  return (
    <button type="button" class="button" onClick={() => openImport()}>
      Import
    </button>
  );
}
