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
 * Parse, resolve and convert an OpenAPI/Swagger document: its JSON or YAML text, or the file
 * itself (read in the worker, so a big spec is never decoded on the main thread and copied over
 * as a string). `base` (the spec's
 * URL or file name) and `load` let `$ref`s to other documents be followed; they travel as two
 * arguments because Comlink proxies only top-level arguments, so the client passes
 * `Comlink.proxy(load)` and the worker calls it back.
 */
export interface OpenApiApi {
  importOpenApi(
    source: string | Blob,
    workspaceId: Id,
    base?: string,
    load?: LoadRef,
  ): Promise<Result<OpenApiImport>>;
}
