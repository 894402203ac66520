/**
 * The main thread's handle on the import worker (src/workers/import.worker.ts), for every format:
 * the worker reads, detects, converts and previews; on "Import" this thread writes the chunks it
 * hands out through the host's ImportWriter, all in one transaction. A worker holds one import
 * from its preview until it is stored (then the worker is terminated, so a huge spec's memory
 * goes with it) or dropped (then it is kept as the spare while the dialog is open, so typing in
 * the dialog does not start a worker per keystroke). A crashed worker becomes an error result.
 * The Import dialog starts the spare when it opens (`prepareImportWorker`), so the worker's code
 * is loaded by the time a file is chosen.
 */
import * as Comlink from "comlink";
import type { Deps } from "../../core/factory";
import type { RefSource } from "../../core/import/openapi/external";
import type { Id } from "../../core/model";
import type { AppError, Result } from "../../core/result";
import type { TreeNode } from "../../core/tree";
import type { ChunkAnswer, ImportApi, PreviewAnswer } from "../../workers/import/types";
import { readText } from "../files/readText";
import type { ImportWriter } from "../host/importWriter";

/** What storing a prepared import wrote. */
export interface ImportStored {
  /** The tree nodes written (for the tree's `reveal`). */
  nodes: TreeNode[];
  /** What the conversion could not do (the preview showed the rest). */
  warnings: string[];
}

/** An import prepared in the worker: its preview, and storing it (once). */
export interface ImportJob extends PreviewAnswer {
  /** Writes it through `writer`; an error result if that fails (nothing is then stored). */
  store(writer: ImportWriter): Promise<Result<ImportStored>>;
  /** Lets it go without storing (the dialog closed, or another source was chosen). */
  dispose(): void;
}

/**
 * Prepares an import of `source` (text, or a chosen file the worker reads) into `workspaceId`;
 * `name` (a file name or URL) helps detect the format; `refs` loads the documents an OpenAPI
 * spec refers to.
 */
export type Importer = (
  source: string | Blob,
  workspaceId: Id,
  name?: string,
  refs?: RefSource,
) => Promise<Result<ImportJob>>;

/** A started worker and the Comlink handle on it. */
interface Handle {
  worker: Worker;
  remote: Comlink.Remote<ImportApi>;
  /** Resolves with an error result if the worker fails (to load or later). */
  crashed: Promise<Result<never>>;
}

function start(): Handle {
  const worker = new Worker(new URL("../../workers/import.worker.ts", import.meta.url), {
    type: "module",
  });
  const crashed = new Promise<Result<never>>((resolve) => {
    worker.addEventListener("error", (e) =>
      resolve({
        ok: false,
        error: { code: "WORKER_FAILED", message: `The import worker failed: ${e.message}` },
      }),
    );
  });
  return { worker, remote: Comlink.wrap<ImportApi>(worker), crashed };
}

const end = (handle: Handle) => {
  handle.remote[Comlink.releaseProxy]();
  handle.worker.terminate();
};

let spare: Handle | undefined;
/** Whether a dialog is open (between `prepareImportWorker` and `releaseImportWorker`). */
let open = false;

/** Starts the worker the next import will use. */
export function prepareImportWorker(): void {
  open = true;
  spare ??= start();
}

/** Ends the spare worker (the dialog closed). */
export function releaseImportWorker(): void {
  open = false;
  if (spare) end(spare);
  spare = undefined;
}

/** Keeps a sound worker whose import was dropped as the spare while a dialog is open. */
function recycle(handle: Handle) {
  if (!open || spare) return end(handle);
  void handle.remote.drop();
  spare = handle;
}

const workerFailed = (e: unknown): Result<never> => ({
  ok: false,
  error: { code: "WORKER_FAILED", message: e instanceof Error ? e.message : String(e) },
});

const cancelled = workerFailed(new Error("The import was cancelled."));

/**
 * Writes a prepared import through `writer`: the worker hands chunks one at a time (readying the
 * next while this thread writes the last), all written in one transaction.
 */
async function streamInto(
  nextChunk: () => Promise<Result<ChunkAnswer>>,
  writer: ImportWriter,
): Promise<Result<ImportStored>> {
  let failure: AppError | undefined;
  let warnings: string[] = [];
  const next = async () => {
    const answer = await nextChunk();
    if (!answer.ok) {
      failure = answer.error;
      throw new Error(answer.error.message);
    }
    if ("chunk" in answer.value) return answer.value.chunk;
    warnings = answer.value.warnings;
    return undefined;
  };
  try {
    const nodes = await writer.write(next);
    return { ok: true, value: { nodes, warnings } };
  } catch (e) {
    if (failure) return { ok: false, error: failure };
    const code = typeof e === "object" && e && "code" in e ? String(e.code) : "WRITE_FAILED";
    return { ok: false, error: { code, message: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * Prepares an import in a worker (the spare, or a new one), which keeps it until `store` or
 * `dispose`. With `refs`, the worker calls `refs.load` back (through a Comlink proxy) for each
 * document an OpenAPI spec refers to (for a URL spec, only those in the scopes `refs.allow`
 * names).
 */
export const importInWorker: Importer = async (source, workspaceId, name, refs) => {
  const handle = spare ?? start();
  spare = undefined;
  let sound = true;
  const guarded = async <T>(call: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      const answer = await Promise.race([call(), handle.crashed]);
      if (!answer.ok && answer.error.code === "WORKER_FAILED") sound = false;
      return answer;
    } catch (e) {
      sound = false;
      return workerFailed(e);
    }
  };
  const { remote } = handle;
  const prepared = await guarded(() =>
    refs
      ? remote.prepare(source, workspaceId, name, refs.base, Comlink.proxy(refs.load), refs.allow)
      : remote.prepare(source, workspaceId, name),
  );
  if (!prepared.ok) {
    if (sound) recycle(handle);
    else end(handle);
    return prepared;
  }
  let state: "ready" | "storing" | "ended" = "ready";
  const store = async (writer: ImportWriter) => {
    if (state !== "ready") return cancelled;
    state = "storing";
    try {
      return await streamInto(() => guarded(() => remote.nextChunk()), writer);
    } finally {
      state = "ended";
      end(handle);
    }
  };
  // Once storing, the store owns the worker (an import the user confirmed finishes even if the
  // dialog closes; ending the worker then would leave the transaction waiting for a chunk).
  const dispose = () => {
    if (state !== "ready") return;
    state = "ended";
    if (sound) recycle(handle);
    else end(handle);
  };
  return { ok: true, value: { ...prepared.value, store, dispose } };
};

/**
 * The same, on the main thread, for where there are no module workers (jsdom in tests): the
 * service runs in-process, over `deps`.
 */
export function importInProcess(deps: Deps): Importer {
  return async (source, workspaceId, name, refs) => {
    const { makeImportApi } = await import("../../workers/import/service");
    const api = makeImportApi(deps);
    let text: string;
    try {
      // jsdom's Blob has no text(), which the service would call.
      text = typeof source === "string" ? source : await readText(source);
    } catch {
      return {
        ok: false,
        error: { code: "READ_FAILED", message: `Couldn't read ${name ?? "the file"}.` },
      };
    }
    const prepared = await api.prepare(
      text,
      workspaceId,
      name,
      refs?.base,
      refs?.load,
      refs?.allow,
    );
    if (!prepared.ok) return prepared;
    let used = false;
    const store = (writer: ImportWriter) => {
      if (used) return Promise.resolve(cancelled);
      used = true;
      return streamInto(api.nextChunk, writer);
    };
    return { ok: true, value: { ...prepared.value, store, dispose: () => api.drop() } };
  };
}
