/**
 * "Export <kind>": an optional "Format" choice, "Include secrets" (off by default), what the
 * secrets policy will blank (listed before the download) and "Download". What is exported and
 * how is the caller's: it passes a builder and the formats.
 */
import { For, Show, batch, createMemo, createSignal, createUniqueId } from "solid-js";
import { summarizeBlanked } from "../../../core/secrets";
import { errorText } from "../../commands/errorText";
import { Dialog } from "../common/Dialog";
import { createExportBuild } from "./createExportBuild";
import { downloadData } from "../../primitives/download";
import type { ExportBuilder, ExportDocument, ExportOptions } from "./exportDocuments";
import type { ExportFormat } from "./formats";

/** The secrets hint shown when the caller gives none. */
export const DEFAULT_SECRETS_HINT =
  "Unless ticked, secret variables, auth settings and credentials (passwords, tokens, keys) " +
  "are left blank; raw bodies and scripts are kept as written.";

/** Props of {@link ExportDialog}; the dialog is open while `build` is set. */
export interface ExportDialogProps {
  /** What to export (null: closed). */
  build: ExportBuilder | null;
  /** What is exported, for the title: "collection" gives "Export collection". */
  kind: string;
  /** The formats to choose from, the default first; no choice is shown for fewer than two. */
  formats?: readonly ExportFormat[];
  /** What the file is, when no format says it; defaults to a Postman file. */
  description?: string;
  /** What "Include secrets" changes; defaults to {@link DEFAULT_SECRETS_HINT}. */
  secretsHint?: string;
  onClose: () => void;
  /** Saves the file; defaults to a Blob download. */
  save?: (doc: ExportDocument) => void;
}

/** The export dialog. */
export function ExportDialog(props: ExportDialogProps) {
  const radioName = createUniqueId();
  const [includeSecrets, setIncludeSecrets] = createSignal(false);
  const [chosen, setChosen] = createSignal<string | null>(null);
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const formats = () => props.formats ?? [];
  // The chosen format while it is offered, else the first one.
  const format = createMemo(() => formats().find((f) => f.id === chosen()) ?? formats()[0]);
  const options = createMemo(
    (): ExportOptions => ({ includeSecrets: includeSecrets(), format: format()?.id ?? "" }),
    undefined,
    { equals: (a, b) => a.includeSecrets === b.includeSecrets && a.format === b.format },
  );
  const built = createExportBuild(
    () => props.build,
    () => options(),
  );
  // What will be blanked, once the document is built; nothing to say when secrets are included.
  const blankedSummary = () => {
    if (includeSecrets()) return "";
    const state = built.state();
    if (state?.status === "building") return "Looking for secrets to blank…";
    const blanked = state?.status === "ready" ? state.doc.blanked : undefined;
    return blanked ? summarizeBlanked(blanked) : "";
  };
  // A failed download, else a failed preview build (Download tries it again).
  const failure = () => {
    const state = built.state();
    return error() || (state?.status === "failed" ? errorText("export", state.error) : "");
  };
  const close = () => {
    batch(() => {
      setIncludeSecrets(false);
      setChosen(null);
      setError("");
    });
    props.onClose();
  };
  const download = async () => {
    const pending = built.document();
    if (!pending) return;
    setBusy(true);
    setError("");
    try {
      const doc = await pending;
      const save = props.save ?? ((d: ExportDocument) => downloadData(d.text, d.fileName));
      save(doc);
      close();
    } catch (e) {
      setError(errorText("export", e));
    } finally {
      setBusy(false);
    }
  };
  const description = () =>
    format()?.description ??
    props.description ??
    "Saves a Postman v2.1 file that Postman and Newman open.";
  return (
    <Dialog open={props.build !== null} title={`Export ${props.kind}`} onClose={close}>
      <Show when={formats().length > 1}>
        <div role="radiogroup" aria-label="Format" class="export-formats">
          <For each={formats()}>
            {(f) => (
              <label class="checkbox-row">
                <input
                  type="radio"
                  name={radioName}
                  value={f.id}
                  checked={format()?.id === f.id}
                  onChange={() => setChosen(f.id)}
                />
                {f.label}
              </label>
            )}
          </For>
        </div>
      </Show>
      <p>{description()}</p>
      <label class="checkbox-row">
        <input
          type="checkbox"
          checked={includeSecrets()}
          onChange={(e) => setIncludeSecrets(e.currentTarget.checked)}
        />
        Include secrets
      </label>
      <p class="hint">{props.secretsHint ?? DEFAULT_SECRETS_HINT}</p>
      <Show when={blankedSummary()}>
        <p role="status" aria-label="Values blanked">
          {blankedSummary()}
        </p>
      </Show>
      <Show when={failure()}>
        <p role="alert">{failure()}</p>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          class="button button-primary"
          disabled={busy()}
          onClick={() => void download()}
        >
          Download
        </button>
      </div>
    </Dialog>
  );
}
