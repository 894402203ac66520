/**
 * The OpenAPI import off the main thread: parse (JSON or YAML) → resolve and convert
 * (src/core/import/openapi) → a bundle for `repos.imports.store`. Never throws: an unexpected
 * failure comes back as an OPENAPI_FAILED result.
 */
import type { Deps } from "../../core/factory";
import { convertOpenApi } from "../../core/import/openapi/index";
import type { Id } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import { parseSpec } from "./parse";
import type { OpenApiImport } from "./types";

/** Imports `text` into `workspaceId` with the given clock and random source. */
export function importOpenApiText(
  text: string,
  deps: Deps,
  workspaceId: Id,
): Result<OpenApiImport> {
  try {
    const parsed = parseSpec(text);
    if (!parsed.ok) return parsed;
    const converted = convertOpenApi(parsed.value, deps, workspaceId);
    if (!converted.ok) return converted;
    const { collection, folders, requests, warnings } = converted.value;
    const bundle = { collections: [collection], folders, requests, environments: [] };
    return ok({ bundle, warnings });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err({ code: "OPENAPI_FAILED", message: `The OpenAPI import failed: ${message}` });
  }
}
