/**
 * The Import dialog's logic: the source (pasted text or a chosen file), the funnel's preview of
 * what it would create, and storing it in one transaction.
 */
import type { Accessor } from "solid-js";
import { createMemo, createResource, createSignal } from "solid-js";
import type { Deps } from "../../../core/factory";
import type { ImportPreview, OpenApiImporter } from "../../../core/import/funnel";
import { importText, importTextAsync, needsWorker } from "../../../core/import/funnel";
import type { AppError, Result } from "../../../core/result";
import type { Repos } from "../../../db/repos/index";
import { errorText } from "../../commands/errorText";

/** A file's text (FileReader where `Blob.text` is missing, as in jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the file."));
    reader.readAsText(file);
  });
}

/** What the dialog shows and does. */
export interface ImportPreviewState {
  text: Accessor<string>;
  setText: (text: string) => void;
  fileName: Accessor<string | undefined>;
  chooseFile: (file: File | undefined) => void;
  preview: Accessor<ImportPreview | undefined>;
  /** A parse/validation problem, or a failed store. */
  error: Accessor<AppError | undefined>;
  busy: Accessor<boolean>;
  /** Stores the preview's bundle; resolves to its summary, or undefined when it failed. */
  store: () => Promise<string | undefined>;
}

/** The OpenAPI worker client, loaded on first use so the app shell does not carry it. */
const workerOpenApi: OpenApiImporter = async (text, workspaceId) =>
  (await import("../../workers/openapiClient")).importOpenApi(text, workspaceId);

/**
 * Creates the state; `initialFile` (a dropped file) is read once. OpenAPI documents go to
 * `openapi` (the worker by default) and the preview appears when it answers.
 */
export function createImportPreview(
  repos: Repos,
  deps: Deps,
  initialFile?: File,
  openapi: OpenApiImporter = workerOpenApi,
): ImportPreviewState {
  const [text, setText] = createSignal("");
  const [file, setFile] = createSignal<File | undefined>(initialFile);
  const [storeError, setStoreError] = createSignal<AppError>();
  const [busy, setBusy] = createSignal(false);
  const [workspace] = createResource(() => repos.workspace.ensureDefault());
  const [fileText] = createResource(file, readText);
  const source = () => (file() ? (fileText.error ? undefined : fileText()) : text());
  const syncResult = createMemo(() => {
    const input = source();
    const ws = workspace();
    if (input === undefined || input.trim() === "" || !ws) return undefined;
    return importText(input, deps, ws.id, file()?.name);
  });
  const workerInput = createMemo(
    () => {
      const r = syncResult();
      const input = source();
      const ws = workspace();
      if (!r || !needsWorker(r) || input === undefined || !ws) return undefined;
      return { input, ws: ws.id, name: file()?.name };
    },
    undefined,
    { equals: (a, b) => a?.input === b?.input && a?.ws === b?.ws },
  );
  const [workerResult] = createResource(workerInput, (w) =>
    importTextAsync(w.input, deps, w.ws, openapi, w.name).catch(
      (e: unknown): Result<ImportPreview> => ({
        ok: false,
        error: { code: "WORKER_FAILED", message: e instanceof Error ? e.message : String(e) },
      }),
    ),
  );
  const result = () => {
    const r = syncResult();
    if (r && needsWorker(r)) return workerResult.loading ? undefined : workerResult();
    return r;
  };
  const preview = () => {
    const r = result();
    return r?.ok ? r.value : undefined;
  };
  const error = () => {
    const r = result();
    if (file() && fileText.error) {
      return { code: "READ_FAILED", message: `Couldn't read ${file()?.name ?? "the file"}.` };
    }
    return storeError() ?? (r && !r.ok ? r.error : undefined);
  };
  return {
    text,
    setText: (t) => {
      setStoreError(undefined);
      setFile(undefined);
      setText(t);
    },
    fileName: () => file()?.name,
    chooseFile: (f) => {
      setStoreError(undefined);
      setFile(() => f);
    },
    preview,
    error,
    busy: () => busy() || workerResult.loading,
    store: async () => {
      const p = preview();
      if (!p || busy()) return undefined;
      setBusy(true);
      try {
        await repos.imports.store(p.bundle);
        return p.summary;
      } catch (e) {
        const code = typeof e === "object" && e && "code" in e ? String(e.code) : "WRITE_FAILED";
        setStoreError({ code, message: errorText("import", e) });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}
