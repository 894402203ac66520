/**
 * The history panel's "Export HAR" button and the export dialog it opens (both the dialog and the
 * HAR code load on first use). Exports the entries listed when the button was pressed.
 */
import { Show, createMemo, createSignal, lazy } from "solid-js";
import type { HistoryEntry } from "../../../core/model";
import type { HistoryService } from "../../host/createHost";
import type { ExportBuilder } from "../export/exportDocuments";

const ExportDialog = lazy(() =>
  import("../export/ExportDialog").then((m) => ({ default: m.ExportDialog })),
);

/** What "Include secrets" changes for a HAR. */
export const HAR_SECRETS_HINT =
  "HAR files carry raw headers: unless ticked, Authorization, Proxy-Authorization, Cookie and " +
  "Set-Cookie values are left blank, and so are headers, query parameters and form fields named " +
  "like a key, token, secret or password (X-API-Key, api_key=…, password=…). Raw bodies and " +
  "responses are kept as sent.";

/** Props of {@link HistoryExport}. */
export interface HistoryExportProps {
  /** Builds the HAR (the host reads the entries' bodies). */
  exportHar: HistoryService["exportHar"];
  /** The entries to export (the listed ones, without bodies). */
  entries: readonly HistoryEntry[];
}

/** "Export HAR": saves the given history entries as `satchel-history.har`. */
export function HistoryExport(props: HistoryExportProps) {
  const [picked, setPicked] = createSignal<readonly HistoryEntry[] | null>(null);
  const build = createMemo((): ExportBuilder | null => {
    const entries = picked();
    const exportHar = props.exportHar;
    if (!entries) return null;
    return ({ includeSecrets }) => exportHar(entries, includeSecrets);
  });
  const description = () => {
    const n = picked()?.length ?? 0;
    const what = n === 1 ? "the listed request" : `the ${n} listed requests`;
    return `Saves ${what} with their responses as a HAR 1.2 file.`;
  };
  return (
    <>
      <button
        type="button"
        class="button"
        disabled={props.entries.length === 0}
        onClick={() => setPicked(props.entries)}
      >
        Export HAR
      </button>
      <Show when={build()}>
        {(b) => (
          <ExportDialog
            kind="history"
            description={description()}
            secretsHint={HAR_SECRETS_HINT}
            build={b()}
            onClose={() => setPicked(null)}
          />
        )}
      </Show>
    </>
  );
}
