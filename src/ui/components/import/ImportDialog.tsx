/**
 * The "Import" dialog: paste a collection or a cURL command, choose files (a spec and the files
 * it references), or fetch a URL; a preview says what will be created (and, for a URL, asks
 * before loading the files its refs name), and "Import" stores it all at once. Problems show as an alert naming what is wrong and where.
 */
import { previewNames } from "./previewNames";
import { For, Show, createSignal } from "solid-js";
import { useImport } from "../../host/hooks";
import { notify } from "../../stores/toasts";
import { Dialog } from "../common/Dialog";
import type { StoredImport } from "./createImportPreview";
import { createImportPreview } from "./createImportPreview";
import { ExternalRefsConsent } from "./ExternalRefsConsent";
import "../../styles/common.css";
import "../../styles/import.css";

/** Props of {@link ImportDialog}. Mount it while open: its state starts fresh each time. */
export interface ImportDialogProps {
  /** Files dropped on the window, read once when the dialog opens. */
  initialFiles?: readonly File[];
  onClose: () => void;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Renders the dialog (always open; the caller decides when to mount it). */
export function ImportDialog(props: ImportDialogProps) {
  const imports = useImport();
  const state = createImportPreview(
    { writer: imports.writer, deps: imports.deps, transport: imports.transport },
    props.initialFiles,
  );
  const [url, setUrl] = createSignal("");
  const [done, setDone] = createSignal<StoredImport>();
  const fetchUrl = () => url().trim() && state.fetchUrl(url());
  const submit = async () => {
    const stored = await state.store();
    if (stored === undefined) return;
    imports.reveal(stored.nodes);
    notify({ message: `Imported ${stored.summary}.` });
    // Warnings only the conversion found stay on screen until the user has read them.
    if (stored.warnings.length) setDone(stored);
    else props.onClose();
  };
  return (
    <Dialog open title="Import" onClose={() => props.onClose()}>
      <form
        class="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label class="field">
          <span>Paste a collection or cURL</span>
          <textarea
            rows={8}
            value={state.text()}
            data-autofocus
            onInput={(e) => state.setText(e.currentTarget.value)}
          />
        </label>
        <div class="import-url">
          <label class="field">
            <span>Import from URL</span>
            <input
              type="url"
              placeholder="https://example.com/openapi.yaml"
              value={url()}
              onInput={(e) => setUrl(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                fetchUrl();
              }}
            />
          </label>
          <button type="button" class="button" disabled={!url().trim()} onClick={fetchUrl}>
            Fetch
          </button>
        </div>
        <label class="button">
          Choose file
          <input
            type="file"
            multiple
            class="visually-hidden"
            accept=".json,.yaml,.yml,.txt,.sh,application/json,application/yaml,text/yaml,text/plain"
            onChange={(e) => state.chooseFiles([...(e.currentTarget.files ?? [])])}
          />
        </label>
        <Show when={state.fileName()}>
          {(name) => (
            <p class="import-file">
              File: {name()}
              <Show when={state.siblingCount()}>
                {(n) => ` (with ${plural(n(), "referenced file")})`}
              </Show>
            </p>
          )}
        </Show>
        <Show when={state.error()}>
          {(error) => (
            <p role="alert" class="import-error">
              {error().message}
              {error().at ? ` (at ${error().at})` : ""}
              {error().hint ? ` ${error().hint}` : ""}
            </p>
          )}
        </Show>
        <Show when={done()}>
          {(stored) => (
            <div role="status" class="import-preview">
              <p>Imported {stored().summary}. Some parts could not be converted:</p>
              <ul aria-label="Warnings">
                <For each={stored().warnings}>{(w) => <li>{w}</li>}</For>
              </ul>
            </div>
          )}
        </Show>
        <Show when={!done() && state.preview()}>
          {(preview) => (
            <div role="status" class="import-preview">
              <p>Will create {preview().summary}.</p>
              <Show when={previewNames(preview())}>
                {(names) => <p class="import-names">{names()}</p>}
              </Show>
              <Show when={preview().warnings.length}>
                <ul aria-label="Warnings">
                  <For each={preview().warnings}>{(w) => <li>{w}</li>}</For>
                </ul>
              </Show>
            </div>
          )}
        </Show>
        <Show when={!done() && state.preview()}>
          <ExternalRefsConsent refs={state.externalRefs()} onAllow={state.allowRefs} />
        </Show>
        <div class="dialog-actions">
          <Show when={!done()}>
            <button type="button" class="button" onClick={() => props.onClose()}>
              Cancel
            </button>
          </Show>
          <Show
            when={!done()}
            fallback={
              <button type="button" class="button button-primary" onClick={() => props.onClose()}>
                Done
              </button>
            }
          >
            <button
              type="submit"
              class="button button-primary"
              disabled={!state.preview() || state.busy()}
            >
              Import
            </button>
          </Show>
        </div>
      </form>
    </Dialog>
  );
}
