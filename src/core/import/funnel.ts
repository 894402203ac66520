/**
 * The one funnel every import goes through (STYLE.md point 2): detect → parse → validate and
 * convert (the importers) → restore (`restoreBundle`: defaults, references, `__proto__`-like
 * keys) → a bundle ready for `repos.imports.store`. Nothing is written here.
 */
import type { Deps } from "../factory";
import { makeCollection } from "../factory";
import type { Bundle, Id } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import { importCurl } from "./curl/index";
import type { ImportKind } from "./detect";
import { detect } from "./detect";
import { importHar } from "./har/index";
import { importHoppscotch } from "./hoppscotch/index";
import { importInsomnia } from "./insomnia/index";
import {
  importPostmanCollection,
  importPostmanEnvironment,
  importPostmanGlobals,
} from "./postman/index";
import { restoreBundle } from "./restore/index";

/** A successful import, not yet stored. */
export interface ImportPreview {
  kind: ImportKind;
  /** e.g. "1 collection, 3 folders, 12 requests". */
  summary: string;
  bundle: Bundle;
  /** What could not be applied (cURL options we do not support, files to pick again). */
  warnings: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many of each an import creates. */
export interface ImportCounts {
  collections: number;
  folders: number;
  requests: number;
  environments?: number;
  globals?: number;
}

/** A human summary of counts, e.g. "1 collection, 3 folders, 12 requests". */
export function summarizeCounts(n: ImportCounts): string {
  const parts: string[] = [];
  if (n.collections) parts.push(count(n.collections, "collection", "collections"));
  if (n.folders) parts.push(count(n.folders, "folder", "folders"));
  if (n.requests) parts.push(count(n.requests, "request", "requests"));
  if (n.environments) parts.push(count(n.environments, "environment", "environments"));
  if (n.globals !== undefined) parts.push(count(n.globals, "global", "globals"));
  return parts.length ? parts.join(", ") : "nothing";
}

/** A human summary of what a bundle creates. */
export function summarize(bundle: Bundle): string {
  return summarizeCounts({
    collections: bundle.collections.length,
    folders: bundle.folders.length,
    requests: bundle.requests.length,
    environments: bundle.environments.length,
    ...(bundle.globals ? { globals: bundle.globals.variables.length } : {}),
  });
}

const empty = (): Bundle => ({
  collections: [],
  folders: [],
  requests: [],
  environments: [],
});

/** The preview of a converted bundle, once restored (its repairs added to the warnings). */
function restored(
  kind: ImportKind,
  converted: Bundle,
  ctx: { deps: Deps; workspaceId: Id },
  warnings: string[] = [],
): Result<ImportPreview> {
  const r = restoreBundle(converted, ctx.deps, { workspaceId: ctx.workspaceId });
  if (!r.ok) return r;
  const { bundle } = r.value;
  return ok({
    kind,
    summary: summarize(bundle),
    bundle,
    warnings: [...warnings, ...r.value.warnings],
  });
}

/**
 * Import pasted text or a file's content into `workspaceId`. `hint` is the file name, if any.
 * A cURL command becomes one request in a new collection named "Imported from cURL".
 */
export function importText(
  text: string,
  deps: Deps,
  workspaceId: Id,
  hint?: string,
): Result<ImportPreview> {
  const detected = detect(text, hint);
  if (!detected.ok) return detected;
  const d = detected.value;
  const ctx = { deps, workspaceId };
  if (d.kind === "curl" && "text" in d) {
    const collection = makeCollection(deps, { workspaceId, name: "Imported from cURL" });
    const r = importCurl(d.text, deps, collection.id);
    if (!r.ok) return r;
    const bundle = { ...empty(), collections: [collection], requests: [r.value.request] };
    return restored("curl", bundle, ctx, r.value.warnings);
  }
  if (d.kind === "openapi") {
    return err({
      code: "NEEDS_WORKER",
      message: "OpenAPI documents are imported in a worker.",
      hint: "Import it through the OpenAPI worker (prepareOpenApi in src/ui/workers/openapiClient.ts).",
    });
  }
  if (!("json" in d)) return err({ code: "UNSUPPORTED_FORMAT", message: "Unsupported format." });
  if (d.kind === "har" || d.kind === "insomnia" || d.kind === "hoppscotch") {
    const r =
      d.kind === "har"
        ? importHar(d.json, deps, workspaceId, hint)
        : d.kind === "insomnia"
          ? importInsomnia(d.json, deps, workspaceId)
          : importHoppscotch(d.json, deps, workspaceId);
    return r.ok ? restored(d.kind, r.value.bundle, ctx, r.value.warnings) : r;
  }
  if (d.kind === "postman-collection") {
    const r = importPostmanCollection(d.json, deps, workspaceId);
    if (!r.ok) return r;
    const { collection, folders, requests } = r.value;
    return restored(d.kind, { ...empty(), collections: [collection], folders, requests }, ctx);
  }
  if (d.kind === "postman-environment") {
    const r = importPostmanEnvironment(d.json, deps, workspaceId);
    return r.ok ? restored(d.kind, { ...empty(), environments: [r.value] }, ctx) : r;
  }
  const r = importPostmanGlobals(d.json, deps, workspaceId);
  return r.ok ? restored(d.kind, { ...empty(), globals: r.value }, ctx) : r;
}

/** True when `importText` answered that the input is OpenAPI, for the OpenAPI worker. */
export const needsWorker = (r: Result<ImportPreview>): boolean =>
  !r.ok && r.error.code === "NEEDS_WORKER";
