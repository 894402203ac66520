/** The OpenAPI worker's API (src/workers/openapi.worker.ts), shared with its client. */
import type { ImportBundle } from "../../core/import/funnel";
import type { Id } from "../../core/model";
import type { Result } from "../../core/result";

/** What an OpenAPI import creates, not yet stored. */
export interface OpenApiImport {
  bundle: ImportBundle;
  warnings: string[];
}

/** Parse, resolve and convert an OpenAPI/Swagger document (JSON or YAML text). */
export interface OpenApiApi {
  importOpenApi(text: string, workspaceId: Id): Promise<Result<OpenApiImport>>;
}
