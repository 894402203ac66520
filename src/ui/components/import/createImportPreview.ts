/**
 * The Import dialog's logic: the source (pasted text, chosen or dropped files, or a URL), the
 * import worker's preview of what it would create, and storing it in one transaction. Every
 * format goes to the worker, which detects, converts and previews it; on "Import" this thread
 * writes the chunks it hands out through the host's ImportWriter (see
 * workerClients/importClient.ts). A spec fetched from a URL loads the documents its `$ref`s name
 * only from the scopes the user allowed (`allowRefs`); until then the preview lists them as
 * waiting (core/import/openapi/refConsent.ts decides what is what).
 */
import type { Accessor } from "solid-js";
import { createMemo, createResource, createSignal, onCleanup, untrack } from "solid-js";
import type { Deps } from "../../../core/factory";
import type { Transport } from "../../../core/http/transport";
import type { ExternalRef } from "../../../core/import/openapi/refConsent";
import type { AppError, Result } from "../../../core/result";
import type { TreeNode } from "../../../core/tree";
import { errorText } from "../../commands/errorText";
import type { ImportWriter } from "../../host/importWriter";
import type { ImportJob, Importer } from "../../workerClients/importClient";
import type { LoadedSource } from "./importSources";
import { loadFiles, loadUrl } from "./importSources";

/** What the dialog shows and does. */
export interface ImportPreviewState {
  text: Accessor<string>;
  setText: (text: string) => void;
  /** The imported file's name (the root, when several were chosen). */
  fileName: Accessor<string | undefined>;
  /** How many chosen files besides the root (the files its refs may name). */
  siblingCount: Accessor<number>;
  chooseFiles: (files: readonly File[]) => void;
  /** Fetches `url` through the transport and previews what it holds. */
  fetchUrl: (url: string) => void;
  preview: Accessor<PreviewView | undefined>;
  /** The documents the previewed spec refers to, and what became of each (empty for others). */
  externalRefs: Accessor<ExternalRef[]>;
  /** The scopes the user allowed referenced documents to load from (URL imports). */
  allowedScopes: Accessor<readonly string[]>;
  /** Allows these scopes too and previews again, now loading the documents in them. */
  allowRefs: (scopes: readonly string[]) => void;
  /** A read, fetch, parse or validation problem, or a failed store. */
  error: Accessor<AppError | undefined>;
  busy: Accessor<boolean>;
  /** Stores what the preview shows; resolves to what was stored, or undefined when it failed. */
  store: () => Promise<StoredImport | undefined>;
}

/** What the dialog shows of a preview. */
export interface PreviewView {
  /** e.g. "1 collection, 3 folders, 12 requests". */
  summary: string;
  /** The names of the collections and environments it creates. */
  collections?: string[] | undefined;
  environments?: string[] | undefined;
  warnings: string[];
}

/** What "Import" stored. */
export interface StoredImport {
  summary: string;
  /** The tree nodes written, for the tree's `reveal`. */
  nodes: TreeNode[];
  /** Warnings the conversion found (OpenAPI converts on store), not in the preview. */
  warnings: string[];
}

/** What the dialog's logic works with: the host's import write path, clock and transport. */
export interface ImportPreviewContext {
  writer: ImportWriter;
  deps: Deps;
  /** Fetches URL imports. */
  transport: Transport;
}

/** The import worker client, loaded on first use so the app shell does not carry it. */
const importClient = () => import("../../workerClients/importClient");

/** Starts the import worker while the dialog is open (ended with it if no import used it). */
function prepareWorkerWhileOpen() {
  let open = true;
  void importClient().then((m) => {
    if (open) m.prepareImportWorker();
  });
  onCleanup(() => {
    open = false;
    void importClient().then((m) => m.releaseImportWorker());
  });
}

/** The worker (started while the dialog is open), or in-process where there are no workers. */
function defaultImporter(deps: Deps): Importer {
  if (typeof Worker === "undefined") {
    return async (...args) => (await importClient()).importInProcess(deps)(...args);
  }
  prepareWorkerWhileOpen();
  return async (...args) => (await importClient()).importInWorker(...args);
}

/** A storage failure from the write path, thrown like a DbError so errorText words it the same. */
const asThrown = (e: AppError) => Object.assign(new Error(e.message), { code: e.code });

type Request = { kind: "files"; files: readonly File[] } | { kind: "url"; url: string };

/** What the importer is handed, compared field by field so an unchanged source is not redone. */
type JobInput = LoadedSource & { ws: string; allow: readonly string[] };

const sameInput = (a: JobInput | undefined, b: JobInput | undefined) =>
  a?.source === b?.source &&
  a?.name === b?.name &&
  a?.ws === b?.ws &&
  a?.refs === b?.refs &&
  a?.allow === b?.allow;

/**
 * Creates the state; `initialFiles` (dropped files) are read once. Every source goes to
 * `importer` (the import worker by default) and the preview appears when it answers.
 */
export function createImportPreview(
  ctx: ImportPreviewContext,
  initialFiles: readonly File[] = [],
  importer: Importer = defaultImporter(ctx.deps),
): ImportPreviewState {
  const [text, setText] = createSignal("");
  const [request, setRequest] = createSignal<Request | undefined>(
    initialFiles.length ? { kind: "files", files: initialFiles } : undefined,
  );
  const [storeError, setStoreError] = createSignal<AppError>();
  const [allowed, setAllowed] = createSignal<readonly string[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [workspaceId] = createResource(() => ctx.writer.workspaceId());
  const [loaded] = createResource(request, (r) =>
    r.kind === "files" ? loadFiles(r.files) : loadUrl(ctx.transport, r.url),
  );
  const source = (): LoadedSource | undefined => {
    if (!request()) return { source: text(), name: "" };
    const l = loaded.loading ? undefined : loaded();
    return l?.ok ? l.value : undefined;
  };
  const jobInput = createMemo(
    (): JobInput | undefined => {
      const input = source();
      const ws = workspaceId();
      if (!input || !ws) return undefined;
      if (typeof input.source === "string" && input.source.trim() === "") return undefined;
      return { ...input, ws, allow: allowed() };
    },
    undefined,
    { equals: sameInput },
  );
  // The prepared import lives in its worker until stored; one replaced or left is let go.
  let prepared: ImportJob | undefined;
  const keep = (next: ImportJob | undefined) => {
    prepared?.dispose();
    prepared = next;
  };
  onCleanup(() => keep(undefined));
  const [job] = createResource(jobInput, async (input): Promise<Result<ImportJob>> => {
    keep(undefined);
    const refs = input.refs && { ...input.refs, allow: input.allow };
    const r = await importer(input.source, input.ws, input.name || undefined, refs).catch(
      (e: unknown): Result<ImportJob> => ({
        ok: false,
        error: { code: "WORKER_FAILED", message: e instanceof Error ? e.message : String(e) },
      }),
    );
    if (!r.ok) return r;
    // A newer source may have been chosen meanwhile: this one is no longer wanted.
    if (untrack(jobInput) !== input) r.value.dispose();
    else keep(r.value);
    return r;
  });
  const result = () => (jobInput() === undefined || job.loading ? undefined : job());
  const preview = () => {
    const r = result();
    return r?.ok ? r.value : undefined;
  };
  const error = () => {
    const l = request() && !loaded.loading ? loaded() : undefined;
    if (l && !l.ok) return l.error;
    const r = result();
    return storeError() ?? (r && !r.ok ? r.error : undefined);
  };
  /** A new source starts with nothing allowed. */
  const restart = () => {
    setStoreError(undefined);
    setAllowed((now) => (now.length ? [] : now));
  };
  const files = () => {
    const r = request();
    return r?.kind === "files" ? r.files : [];
  };
  return {
    text,
    setText: (t) => {
      restart();
      setRequest(undefined);
      setText(t);
    },
    fileName: () => {
      const f = files();
      if (f.length < 2) return f[0]?.name;
      const l = loaded.loading ? undefined : loaded();
      return l?.ok ? l.value.name : undefined;
    },
    siblingCount: () => Math.max(0, files().length - 1),
    chooseFiles: (f) => {
      restart();
      setRequest(f.length ? { kind: "files", files: [...f] } : undefined);
    },
    fetchUrl: (url) => {
      restart();
      setRequest({ kind: "url", url: url.trim() });
    },
    preview,
    externalRefs: () => preview()?.external ?? [],
    allowedScopes: allowed,
    allowRefs: (scopes) =>
      setAllowed((now) => {
        const next = [...new Set([...now, ...scopes])];
        return next.length === now.length ? now : next;
      }),
    error,
    busy: () => busy() || loaded.loading || job.loading,
    store: async () => {
      const p = preview();
      if (!p || busy()) return undefined;
      setBusy(true);
      try {
        const stored = await p.store(ctx.writer);
        if (!stored.ok) throw asThrown(stored.error);
        const { nodes, warnings } = stored.value;
        return { summary: p.summary, nodes, warnings };
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
