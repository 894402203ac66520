/**
 * The one funnel every import goes through (STYLE.md point 2): detect (once) → parse → validate
 * and convert (the importers) → restore (`restoreBundle`: defaults, references, `__proto__`-like
 * keys) → a bundle ready for `repos.imports.storeStreamed`. Nothing is written here.
 * `prepareImport` is the import worker's entry: it hands an OpenAPI document back recognised but
 * unparsed (specs reach 13 MB; the worker loads their `$ref`s and converts them chunk by chunk).
 * `importText` does all of it at once, OpenAPI included, for callers that want one bundle.
 */
import type { Deps } from "../factory";
import { makeCollection } from "../factory";
import type { Bundle, Id } from "../model";
import type { Result } from "../result";
import { ok } from "../result";
import { importCurl } from "./curl/index";
import type { Detected, ImportKind } from "./detect";
import { detect } from "./detect";
import { importHar } from "./har/index";
import { importHoppscotch } from "./hoppscotch/index";
import { importInsomnia } from "./insomnia/index";
import { importOpenApiDocument, importOpenApiText } from "./openapi/index";
import {
  importPostmanCollection,
  importPostmanEnvironment,
  importPostmanGlobals,
} from "./postman/index";
import { restoreBundle } from "./restore/index";
import { summarize } from "./summary";

/** A successful import, not yet stored. */
export interface ImportPreview {
  kind: ImportKind;
  /** e.g. "1 collection, 3 folders, 12 requests". */
  summary: string;
  bundle: Bundle;
  /** What could not be applied (cURL options we do not support, files to pick again). */
  warnings: string[];
}

/**
 * What the funnel makes of an input once its format is known: a restored bundle, or an OpenAPI
 * document for the import worker's OpenAPI path (which loads its `$ref`s and converts it chunk by
 * chunk): its text, and `doc` when detection already had to parse it (JSON whose first key is
 * not `openapi`), so it is not parsed twice.
 */
export type PreparedImport =
  { kind: "bundle"; preview: ImportPreview } | { kind: "openapi"; text: string; doc?: unknown };

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

/** Converts and restores a detected input of any format but OpenAPI. */
function convert(
  d: Exclude<Detected, { kind: "openapi" }>,
  deps: Deps,
  workspaceId: Id,
  hint: string | undefined,
): Result<ImportPreview> {
  const ctx = { deps, workspaceId };
  if (d.kind === "curl") {
    const collection = makeCollection(deps, { workspaceId, name: "Imported from cURL" });
    const r = importCurl(d.text, deps, collection.id);
    if (!r.ok) return r;
    const bundle = { ...empty(), collections: [collection], requests: [r.value.request] };
    return restored("curl", bundle, ctx, r.value.warnings);
  }
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

/**
 * Detects the format of pasted text or a file's content (`hint` is the file name, if any) and,
 * unless it is OpenAPI, imports it into `workspaceId`. A cURL command becomes one request in a
 * new collection named "Imported from cURL".
 */
export function prepareImport(
  text: string,
  deps: Deps,
  workspaceId: Id,
  hint?: string,
): Result<PreparedImport> {
  const detected = detect(text, hint);
  if (!detected.ok) return detected;
  const d = detected.value;
  if (d.kind === "openapi") {
    return ok({ kind: "openapi", text: d.text, ...("json" in d ? { doc: d.json } : {}) });
  }
  const preview = convert(d, deps, workspaceId, hint);
  return preview.ok ? ok({ kind: "bundle", preview: preview.value }) : preview;
}

/**
 * Imports `text` whole, whatever its format: as {@link prepareImport}, with an OpenAPI document
 * parsed and converted here too (its `$ref`s to other documents stay unresolved, with a warning).
 */
export function importText(
  text: string,
  deps: Deps,
  workspaceId: Id,
  hint?: string,
): Result<ImportPreview> {
  const prepared = prepareImport(text, deps, workspaceId, hint);
  if (!prepared.ok) return prepared;
  if (prepared.value.kind === "bundle") return ok(prepared.value.preview);
  const { text: spec, doc } = prepared.value;
  const r =
    doc === undefined
      ? importOpenApiText(spec, deps, workspaceId)
      : importOpenApiDocument(doc, deps, workspaceId);
  if (!r.ok) return r;
  const { bundle, warnings } = r.value;
  return ok({ kind: "openapi", summary: summarize(bundle), bundle, warnings });
}
