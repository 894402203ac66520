/**
 * The main thread's handle on the OpenAPI worker. A worker is started per import and terminated
 * when it answers, so a huge spec's memory goes with it; a crashed worker becomes an error result.
 * The Import dialog starts one when it opens (`prepareOpenApiWorker`), so the worker's code is
 * loaded by the time a file is chosen.
 */
import * as Comlink from "comlink";
import type { RefSource } from "../../core/import/openapi/external";
import type { Id } from "../../core/model";
import type { Result } from "../../core/result";
import type { OpenApiApi, OpenApiImport } from "../../workers/openapi/types";

const call = (
  remote: Comlink.Remote<OpenApiApi>,
  source: string | Blob,
  workspaceId: Id,
  refs: RefSource | undefined,
) =>
  refs
    ? remote.importOpenApi(source, workspaceId, refs.base, Comlink.proxy(refs.load))
    : remote.importOpenApi(source, workspaceId);

interface Started {
  worker: Worker;
  /** Resolves with an error result if the worker fails (to load or later). */
  crashed: Promise<Result<OpenApiImport>>;
}

function start(): Started {
  const worker = new Worker(new URL("../../workers/openapi.worker.ts", import.meta.url), {
    type: "module",
  });
  const crashed = new Promise<Result<OpenApiImport>>((resolve) => {
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

/**
 * Parses and converts an OpenAPI/Swagger document (JSON or YAML text, or a file the worker
 * reads) in a worker. With `refs`, the worker calls `refs.load` back (through a Comlink proxy)
 * for each document the spec refers to.
 */
export async function importOpenApi(
  source: string | Blob,
  workspaceId: Id,
  refs?: RefSource,
): Promise<Result<OpenApiImport>> {
  const { worker, crashed } = spare ?? start();
  spare = undefined;
  const remote = Comlink.wrap<OpenApiApi>(worker);
  try {
    return await Promise.race([call(remote, source, workspaceId, refs), crashed]);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: "WORKER_FAILED", message } };
  } finally {
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}
