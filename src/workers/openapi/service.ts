/**
 * The OpenAPI import off the main thread: parse (JSON or YAML) → bundle external `$ref`s
 * (src/core/import/openapi/external.ts) → resolve and convert (src/core/import/openapi) → a
 * bundle for `repos.imports.store`. Never throws: an unexpected failure comes back as an
 * OPENAPI_FAILED result.
 */
import * as Comlink from "comlink";
import type { Deps } from "../../core/factory";
import type { RefSource } from "../../core/import/openapi/external";
import { bundleExternalRefs } from "../../core/import/openapi/external";
import { convertOpenApi } from "../../core/import/openapi/index";
import type { Id } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import { parseSpec } from "./parse";
import type { LoadRef, OpenApiApi, OpenApiImport } from "./types";

const failed = (e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  return err({ code: "OPENAPI_FAILED", message: `The OpenAPI import failed: ${message}` });
};

function convertParsed(
  doc: unknown,
  deps: Deps,
  workspaceId: Id,
  before: string[],
): Result<OpenApiImport> {
  const converted = convertOpenApi(doc, deps, workspaceId);
  if (!converted.ok) return converted;
  const { collection, folders, requests, warnings } = converted.value;
  const bundle = { collections: [collection], folders, requests, environments: [] };
  return ok({ bundle, warnings: [...before, ...warnings] });
}

/** A chosen file's text, or a READ_FAILED result (the file went away or is unreadable). */
async function readSource(file: Blob): Promise<string | Result<never>> {
  try {
    return await file.text();
  } catch {
    const name = "name" in file && typeof file.name === "string" ? file.name : "the file";
    return err({ code: "READ_FAILED", message: `Couldn't read ${name}.` });
  }
}

/**
 * Imports `text` into `workspaceId` with the given clock and random source; `$ref`s to other
 * documents stay unresolved (with a warning). See {@link importOpenApiSpec} to load them.
 */
export function importOpenApiText(
  text: string,
  deps: Deps,
  workspaceId: Id,
): Result<OpenApiImport> {
  try {
    const parsed = parseSpec(text);
    return parsed.ok ? convertParsed(parsed.value, deps, workspaceId, []) : parsed;
  } catch (e) {
    return failed(e);
  }
}

/**
 * Like {@link importOpenApiText}, but reads `source` when it is a file, and first loads the
 * documents the spec refers to through `refs` (relative to `refs.base`) and bundles them in;
 * problems loading them are warnings.
 */
export async function importOpenApiSpec(
  source: string | Blob,
  deps: Deps,
  workspaceId: Id,
  refs?: RefSource,
): Promise<Result<OpenApiImport>> {
  try {
    const text = typeof source === "string" ? source : await readSource(source);
    if (typeof text !== "string") return text;
    const parsed = parseSpec(text);
    if (!parsed.ok) return parsed;
    const { doc, warnings } = await bundleExternalRefs(parsed.value, refs, (t) => parseSpec(t));
    return convertParsed(doc, deps, workspaceId, warnings);
  } catch (e) {
    return failed(e);
  }
}

/** Lets the main thread's end of a `Comlink.proxy(load)` go; a plain function is left alone. */
function release(load: LoadRef | undefined) {
  const remote = load as Partial<Record<typeof Comlink.releaseProxy, () => void>> | undefined;
  remote?.[Comlink.releaseProxy]?.();
}

/** The worker's API over `deps`; `load` may be a Comlink proxy, released after the import. */
export function makeOpenApiApi(deps: Deps): OpenApiApi {
  return {
    importOpenApi: async (source, workspaceId, base, load) => {
      try {
        const refs = base !== undefined && load ? { base, load } : undefined;
        return await importOpenApiSpec(source, deps, workspaceId, refs);
      } finally {
        release(load);
      }
    },
  };
}
