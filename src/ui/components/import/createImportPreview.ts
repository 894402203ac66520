/**
 * The Import dialog's logic: the source (pasted text, chosen or dropped files, or a URL), the
 * funnel's preview of what it would create, and storing it in one transaction. OpenAPI goes to
 * its worker, which previews and converts it; on "Import" this thread writes each converted chunk
 * as it comes (see workers/openapiClient.ts). A spec fetched from a URL loads the documents its
 * `$ref`s name only from the scopes the user allowed (`allowRefs`); until then the preview lists
 * them as waiting (core/import/openapi/refConsent.ts decides what is what).
 */
import type { Accessor } from "solid-js";
import { createMemo, createResource, createSignal, onCleanup, untrack } from "solid-js";
import type { Deps } from "../../../core/factory";
import type { Transport } from "../../../core/http/transport";
import type { ImportPreview } from "../../../core/import/funnel";
import { importText, needsWorker } from "../../../core/import/funnel";
import type { RefSource } from "../../../core/import/openapi/external";
import type { ExternalRef } from "../../../core/import/openapi/refConsent";
import type { Id } from "../../../core/model";
import type { AppError, Result } from "../../../core/result";
import type { Repos } from "../../../db/repos/index";
import { errorText } from "../../commands/errorText";
import type { PreparedOpenApi } from "../../workerClients/openapiClient";
import type { LoadedSource } from "./importSources";
import { loadFiles, loadUrl } from "./importSources";
import type { TreeNode } from "../../../core/tree";

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
  warnings: string[];
}

/** What "Import" stored. */
export interface StoredImport {
  summary: string;
  /** The tree nodes written, for `AppServices.reveal`. */
  nodes: TreeNode[];
  /** Warnings the conversion found (OpenAPI converts on store), not in the preview. */
  warnings: string[];
}

/** Prepares an OpenAPI document, given as text or as the chosen file (the worker reads it). */
export type SpecImporter = (
  source: string | Blob,
  workspaceId: Id,
  refs?: RefSource,
) => Promise<Result<PreparedOpenApi>>;

/** The OpenAPI worker client, loaded on first use so the app shell does not carry it. */
const openApiClient = () => import("../../workerClients/openapiClient");
const workerOpenApi =
  (repos: Repos): SpecImporter =>
  async (source, workspaceId, refs) =>
    (await openApiClient()).prepareOpenApi(source, workspaceId, refs, repos);
/** Without module workers (jsdom), the same steps run on the main thread. */
const inProcessOpenApi =
  (repos: Repos, deps: Deps): SpecImporter =>
  async (source, workspaceId, refs) =>
    (await openApiClient()).prepareOpenApiInProcess(source, workspaceId, refs, repos, deps);

/** A storage failure from the worker, thrown like a DbError so errorText words it the same. */
const asThrown = (e: AppError) => Object.assign(new Error(e.message), { code: e.code });

/** Starts the OpenAPI worker while the dialog is open (ended with it if no import used it). */
function prepareWorkerWhileOpen() {
  let open = true;
  void openApiClient().then((m) => {
    if (open) m.prepareOpenApiWorker();
  });
  onCleanup(() => {
    open = false;
    void openApiClient().then((m) => m.releaseOpenApiWorker());
  });
}

/** The worker (started while the dialog is open), or in-process where there are no workers. */
function defaultImporter(repos: Repos, deps: Deps): SpecImporter {
  if (typeof Worker === "undefined") return inProcessOpenApi(repos, deps);
  prepareWorkerWhileOpen();
  return workerOpenApi(repos);
}

type Request = { kind: "files"; files: readonly File[] } | { kind: "url"; url: string };

/**
 * Creates the state; `initialFiles` (dropped files) are read once. OpenAPI documents go to
 * `openapi` (the worker by default) and the preview appears when it answers.
 */
export function createImportPreview(
  repos: Repos,
  deps: Deps,
  transport: Transport,
  initialFiles: readonly File[] = [],
  openapi?: SpecImporter,
): ImportPreviewState {
  const importer = openapi ?? defaultImporter(repos, deps);
  const [text, setText] = createSignal("");
  const [request, setRequest] = createSignal<Request | undefined>(
    initialFiles.length ? { kind: "files", files: initialFiles } : undefined,
  );
  const [storeError, setStoreError] = createSignal<AppError>();
  const [allowed, setAllowed] = createSignal<readonly string[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [workspace] = createResource(() => repos.workspace.ensureDefault());
  const [loaded] = createResource(request, (r) =>
    r.kind === "files" ? loadFiles(r.files) : loadUrl(transport, r.url),
  );
  const source = (): LoadedSource | undefined => {
    if (!request()) return { text: text(), name: "" };
    const l = loaded.loading ? undefined : loaded();
    return l?.ok ? l.value : undefined;
  };
  const syncResult = createMemo(() => {
    const input = source();
    const ws = workspace();
    if (input === undefined || input.spec || input.text.trim() === "" || !ws) return undefined;
    return importText(input.text, deps, ws.id, input.name || undefined);
  });
  /** An OpenAPI file left unread, or text the funnel says must go to the worker. */
  const usesWorker = () => {
    if (source()?.spec) return true;
    const r = syncResult();
    return r !== undefined && needsWorker(r);
  };
  const workerInput = createMemo(
    () => {
      const input = source();
      const ws = workspace();
      if (!usesWorker() || input === undefined || !ws) return undefined;
      return { ...input, ws: ws.id, allow: allowed() };
    },
    undefined,
    {
      equals: (a, b) =>
        a?.text === b?.text &&
        a?.spec === b?.spec &&
        a?.ws === b?.ws &&
        a?.refs === b?.refs &&
        a?.allow === b?.allow,
    },
  );
  // The prepared document lives in its worker until stored; one replaced or left is let go.
  let prepared: PreparedOpenApi | undefined;
  const keep = (next: PreparedOpenApi | undefined) => {
    prepared?.dispose();
    prepared = next;
  };
  onCleanup(() => keep(undefined));
  const [workerResult] = createResource(
    workerInput,
    async (w): Promise<Result<PreparedOpenApi>> => {
      keep(undefined);
      const refs = w.refs && { ...w.refs, allow: w.allow };
      const r = await importer(w.spec ?? w.text, w.ws, refs).catch(
        (e: unknown): Result<PreparedOpenApi> => ({
          ok: false,
          error: { code: "WORKER_FAILED", message: e instanceof Error ? e.message : String(e) },
        }),
      );
      if (!r.ok) return r;
      // A newer source may have been chosen meanwhile: this one is no longer wanted.
      if (untrack(workerInput) !== w) r.value.dispose();
      else keep(r.value);
      return r;
    },
  );
  const result = (): Result<ImportPreview | PreparedOpenApi> | undefined => {
    if (usesWorker()) return workerResult.loading ? undefined : workerResult();
    return syncResult();
  };
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
    externalRefs: () => {
      const p = preview();
      return p && "external" in p ? p.external : [];
    },
    allowedScopes: allowed,
    allowRefs: (scopes) =>
      setAllowed((now) => {
        const next = [...new Set([...now, ...scopes])];
        return next.length === now.length ? now : next;
      }),
    error,
    busy: () => busy() || loaded.loading || workerResult.loading,
    store: async () => {
      const p = preview();
      if (!p || busy()) return undefined;
      setBusy(true);
      try {
        if ("bundle" in p) {
          return { summary: p.summary, nodes: await repos.imports.store(p.bundle), warnings: [] };
        }
        const stored = await p.store();
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
