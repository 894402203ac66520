/**
 * An OpenAPI document imported whole (not chunk by chunk): converted, then restored by the one
 * funnel's rules (`restoreBundle`). For the sync funnel (`importText`) and for a spec whose
 * external `$ref`s were bundled in first; the import worker streams big ones instead.
 */
import type { Deps } from "../../factory";
import type { Bundle, Id } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { restoreBundle } from "../restore/index";
import { convertOpenApi } from "./convert";
import { parseSpec } from "./parse";

/** What an OpenAPI import creates, not yet stored. */
export interface OpenApiImport {
  bundle: Bundle;
  warnings: string[];
}

/** The OPENAPI_FAILED result for something that threw where nothing should. */
export const openApiFailed = (e: unknown): Result<never> => {
  const message = e instanceof Error ? e.message : String(e);
  return err({ code: "OPENAPI_FAILED", message: `The OpenAPI import failed: ${message}` });
};

/**
 * Converts a parsed document into `workspaceId` and restores it; `before` are warnings found
 * earlier (loading referenced documents), listed first.
 */
export function importOpenApiDocument(
  doc: unknown,
  deps: Deps,
  workspaceId: Id,
  before: readonly string[] = [],
): Result<OpenApiImport> {
  const converted = convertOpenApi(doc, deps, workspaceId);
  if (!converted.ok) return converted;
  const { collection, folders, requests, warnings } = converted.value;
  const bundle = { collections: [collection], folders, requests, environments: [] };
  const restored = restoreBundle(bundle, deps, { workspaceId });
  if (!restored.ok) return restored;
  return ok({
    bundle: restored.value.bundle,
    warnings: [...before, ...warnings, ...restored.value.warnings],
  });
}

/**
 * Parses `text` (JSON or YAML) and imports it into `workspaceId`; `$ref`s to other documents
 * stay unresolved (with a warning). Never throws.
 */
export function importOpenApiText(
  text: string,
  deps: Deps,
  workspaceId: Id,
): Result<OpenApiImport> {
  try {
    const parsed = parseSpec(text);
    return parsed.ok ? importOpenApiDocument(parsed.value, deps, workspaceId) : parsed;
  } catch (e) {
    return openApiFailed(e);
  }
}
