/**
 * "Export collection" / "Export environment": a Postman v2.1 file, with secrets left out unless
 * "Include secrets" is ticked, downloaded by "Download".
 */
import { Show, createSignal } from "solid-js";
import { errorText } from "../../commands/errorText";
import { Dialog } from "../common/Dialog";
import { downloadJson } from "./download";
import type { ExportBuilder, ExportDocument } from "./exportDocuments";

/** Props of {@link ExportDialog}; the dialog is open while `build` is set. */
export interface ExportDialogProps {
  /** What to export (null: closed). */
  build: ExportBuilder | null;
  /** "collection" or "environment", for the title. */
  kind: "collection" | "environment";
  onClose: () => void;
  /** Saves the file; defaults to a Blob download. */
  save?: (doc: ExportDocument) => void;
}

/** The export dialog. */
export function ExportDialog(props: ExportDialogProps) {
  const [includeSecrets, setIncludeSecrets] = createSignal(false);
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const close = () => {
    setIncludeSecrets(false);
    setError("");
    props.onClose();
  };
  const download = async (build: ExportBuilder) => {
    setBusy(true);
    setError("");
    try {
      const doc = await build(includeSecrets());
      (props.save ?? ((d: ExportDocument) => downloadJson(d.fileName, d.json)))(doc);
      close();
    } catch (e) {
      setError(errorText("export", e));
    } finally {
      setBusy(false);
    }
  };
  const title = () => `Export ${props.kind}`;
  return (
    <Dialog open={props.build !== null} title={title()} onClose={close}>
      <p>Saves a Postman v2.1 file that Postman and Newman open.</p>
      <label class="checkbox-row">
        <input
          type="checkbox"
          checked={includeSecrets()}
          onChange={(e) => setIncludeSecrets(e.currentTarget.checked)}
        />
        Include secrets
      </label>
      <p class="hint">
        Unless ticked, secret variables and credentials (passwords, tokens, keys) are left blank.
      </p>
      <Show when={error()}>
        <p role="alert">{error()}</p>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          class="button button-primary"
          disabled={busy()}
          onClick={() => {
            const build = props.build;
            if (build) void download(build);
          }}
        >
          Download
        </button>
      </div>
    </Dialog>
  );
}
