/**
 * The main thread's handle on the OpenAPI worker. A worker is started per import and terminated
 * when it answers, so a huge spec's memory goes with it; a crashed worker becomes an error result.
 */
import * as Comlink from "comlink";
import type { Id } from "../../core/model";
import type { Result } from "../../core/result";
import type { OpenApiApi, OpenApiImport } from "../../workers/openapi/types";

/** Parses and converts an OpenAPI/Swagger document (JSON or YAML) in a worker. */
export async function importOpenApi(text: string, workspaceId: Id): Promise<Result<OpenApiImport>> {
  const worker = new Worker(new URL("../../workers/openapi.worker.ts", import.meta.url), {
    type: "module",
  });
  const remote = Comlink.wrap<OpenApiApi>(worker);
  const crashed = new Promise<Result<OpenApiImport>>((resolve) => {
    worker.addEventListener("error", (e) =>
      resolve({
        ok: false,
        error: { code: "WORKER_FAILED", message: `The OpenAPI worker failed: ${e.message}` },
      }),
    );
  });
  try {
    return await Promise.race([remote.importOpenApi(text, workspaceId), crashed]);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: "WORKER_FAILED", message } };
  } finally {
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}
