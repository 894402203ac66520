/** The OpenAPI worker's API (src/workers/openapi.worker.ts), shared with its client. */
import type { ImportBundle } from "../../core/import/funnel";
import type { Id } from "../../core/model";
import type { Result } from "../../core/result";

/** What an OpenAPI import creates, not yet stored. */
export interface OpenApiImport {
  bundle: ImportBundle;
  warnings: string[];
}

/** Reads a document the spec refers to by its resolved location (a URL or a file path). */
export type LoadRef = (location: string) => Promise<string>;

/**
 * Parse, resolve and convert an OpenAPI/Swagger document (JSON or YAML text). `base` (the spec's
 * URL or file name) and `load` let `$ref`s to other documents be followed; they travel as two
 * arguments because Comlink proxies only top-level arguments, so the client passes
 * `Comlink.proxy(load)` and the worker calls it back.
 */
export interface OpenApiApi {
  importOpenApi(
    text: string,
    workspaceId: Id,
    base?: string,
    load?: LoadRef,
  ): Promise<Result<OpenApiImport>>;
}
