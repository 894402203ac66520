/**
 * The main thread's handle on the OpenAPI worker. A worker is started per import and kept from
 * the preview until the import is stored or dropped, then terminated, so a huge spec's memory
 * goes with it; a crashed worker becomes an error result.
 * The Import dialog starts one when it opens (`prepareOpenApiWorker`), so the worker's code is
 * loaded by the time a file is chosen.
 */
import * as Comlink from "comlink";
import type { RefSource } from "../../core/import/openapi/external";
import type { Id } from "../../core/model";
import type { Result } from "../../core/result";
import type { Deps } from "../../core/factory";
import type { AppError } from "../../core/result";
import type { Repos } from "../../db/repos/index";
import type { OpenApiApi, OpenApiPreview } from "../../workers/openapi/types";
import { readText } from "../files/readText";
import type { TreeNode } from "../../core/tree";

const call = (
  remote: Comlink.Remote<OpenApiApi>,
  source: string | Blob,
  workspaceId: Id,
  refs: RefSource | undefined,
) =>
  refs
    ? remote.prepare(source, workspaceId, refs.base, Comlink.proxy(refs.load), refs.allow)
    : remote.prepare(source, workspaceId);

interface Started {
  worker: Worker;
  /** Resolves with an error result if the worker fails (to load or later). */
  crashed: Promise<Result<never>>;
}

function start(): Started {
  const worker = new Worker(new URL("../../workers/openapi.worker.ts", import.meta.url), {
    type: "module",
  });
  const crashed = new Promise<Result<never>>((resolve) => {
    worker.addEventListener("error", (e) =>
      resolve({
        ok: false,
        error: { code: "WORKER_FAILED", message: `The OpenAPI worker failed: ${e.message}` },
      }),
    );
  });
  return { worker, crashed };
}

let spare: Started | undefined;

/** Starts the worker the next import will use. */
export function prepareOpenApiWorker(): void {
  spare ??= start();
}

/** Ends the prepared worker if no import took it (the dialog closed). */
export function releaseOpenApiWorker(): void {
  spare?.worker.terminate();
  spare = undefined;
}

/** What storing a prepared document wrote. */
export interface OpenApiStored {
  /** The tree nodes written (for `AppServices.reveal`). */
  nodes: TreeNode[];
  /** What the conversion could not do (the preview showed the rest). */
  warnings: string[];
}

/** An OpenAPI document prepared for import: its preview, and storing it (once). */
export interface PreparedOpenApi extends OpenApiPreview {
  /** Converts and stores it; an error result if that fails (nothing is then stored). */
  store(): Promise<Result<OpenApiStored>>;
  /** Lets it go without storing (the dialog closed, or another source was chosen). */
  dispose(): void;
}

const workerFailed = (e: unknown): Result<never> => ({
  ok: false,
  error: { code: "WORKER_FAILED", message: e instanceof Error ? e.message : String(e) },
});

/**
 * Stores a prepared document: the converter hands chunks one at a time (converting the next
 * while this thread writes the last), all written in one transaction.
 */
async function streamInto(
  steps: Pick<OpenApiApi, "start" | "nextChunk">,
  repos: Repos,
): Promise<Result<OpenApiStored>> {
  const started = await steps.start();
  if (!started.ok) return started;
  let failure: AppError | undefined;
  let warnings: string[] = [];
  const next = async () => {
    const answer = await steps.nextChunk();
    if (!answer.ok) {
      failure = answer.error;
      throw new Error(answer.error.message);
    }
    if ("chunk" in answer.value) return answer.value.chunk;
    warnings = answer.value.warnings;
    return undefined;
  };
  try {
    const nodes = await repos.imports.storeStreamed(started.value.collection, next);
    return { ok: true, value: { nodes, warnings } };
  } catch (e) {
    if (failure) return { ok: false, error: failure };
    const code = typeof e === "object" && e && "code" in e ? String(e.code) : "WRITE_FAILED";
    return { ok: false, error: { code, message: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * Reads (when a file), parses and previews an OpenAPI/Swagger document in a worker, which keeps
 * it until `store` (into `repos`) or `dispose`. With `refs`, the worker calls `refs.load` back
 * (through a Comlink proxy) for each document the spec refers to (for a URL spec, only those in
 * the scopes `refs.allow` names).
 */
export async function prepareOpenApi(
  source: string | Blob,
  workspaceId: Id,
  refs: RefSource | undefined,
  repos: Repos,
): Promise<Result<PreparedOpenApi>> {
  const { worker, crashed } = spare ?? start();
  spare = undefined;
  const remote = Comlink.wrap<OpenApiApi>(worker);
  let ended = false;
  let storing = false;
  const end = () => {
    if (ended) return;
    ended = true;
    remote[Comlink.releaseProxy]();
    worker.terminate();
  };
  const guarded = async <T>(call: Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await Promise.race([call, crashed]);
    } catch (e) {
      return workerFailed(e);
    }
  };
  const prepared = await guarded(call(remote, source, workspaceId, refs));
  if (!prepared.ok) {
    end();
    return prepared;
  }
  const steps = {
    start: () => guarded(remote.start()),
    nextChunk: () => guarded(remote.nextChunk()),
  };
  const store = async () => {
    if (ended || storing) return workerFailed(new Error("The import was cancelled."));
    storing = true;
    try {
      return await streamInto(steps, repos);
    } finally {
      end();
    }
  };
  // Once storing, the store owns the worker (an import the user confirmed finishes even if the
  // dialog closes; ending the worker then would leave the transaction waiting for a chunk).
  const dispose = () => {
    if (!storing) end();
  };
  return { ok: true, value: { ...prepared.value, store, dispose } };
}

/**
 * The same, on the main thread, for where there are no module workers (jsdom in tests): the
 * service runs in-process.
 */
export async function prepareOpenApiInProcess(
  source: string | Blob,
  workspaceId: Id,
  refs: RefSource | undefined,
  repos: Repos,
  deps: Deps,
): Promise<Result<PreparedOpenApi>> {
  const { makeOpenApiApi } = await import("../../workers/openapi/service");
  const api = makeOpenApiApi(deps);
  const text = typeof source === "string" ? source : await readText(source);
  const prepared = await api.prepare(text, workspaceId, refs?.base, refs?.load, refs?.allow);
  if (!prepared.ok) return prepared;
  const store = () => streamInto(api, repos);
  return { ok: true, value: { ...prepared.value, store, dispose: () => {} } };
}
