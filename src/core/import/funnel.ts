/**
 * The one funnel every import goes through (STYLE.md point 2): detect → parse → validate →
 * restore (the importers fill defaults and drop `__proto__`-like keys) → a bundle ready for
 * `repos.imports.store`. Nothing is written here.
 */
import type { Deps } from "../factory";
import { makeCollection } from "../factory";
import type { Collection, Environment, Folder, Globals, Id, Request } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import { importCurl } from "./curl/index";
import type { ImportKind } from "./detect";
import { detect } from "./detect";
import { importHar } from "./har/index";
import { importHoppscotch } from "./hoppscotch/index";
import { importInsomnia } from "./insomnia/index";
import type { RefSource } from "./openapi/external";
import {
  importPostmanCollection,
  importPostmanEnvironment,
  importPostmanGlobals,
} from "./postman/index";

/** Everything one import creates; stored in one transaction. */
export interface ImportBundle {
  collections: Collection[];
  folders: Folder[];
  requests: Request[];
  environments: Environment[];
  /** Variables to merge into the workspace's globals (globals files only). */
  globals?: Globals;
}

/** A successful import, not yet stored. */
export interface ImportPreview {
  kind: ImportKind;
  /** e.g. "1 collection, 3 folders, 12 requests". */
  summary: string;
  bundle: ImportBundle;
  /** What could not be applied (cURL options we do not support, files to pick again). */
  warnings: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A human summary of what a bundle creates. */
export function summarize(bundle: ImportBundle): string {
  const parts: string[] = [];
  if (bundle.collections.length) {
    parts.push(count(bundle.collections.length, "collection", "collections"));
  }
  if (bundle.folders.length) parts.push(count(bundle.folders.length, "folder", "folders"));
  if (bundle.requests.length) parts.push(count(bundle.requests.length, "request", "requests"));
  if (bundle.environments.length) {
    parts.push(count(bundle.environments.length, "environment", "environments"));
  }
  if (bundle.globals) parts.push(count(bundle.globals.variables.length, "global", "globals"));
  return parts.length ? parts.join(", ") : "nothing";
}

const empty = (): ImportBundle => ({
  collections: [],
  folders: [],
  requests: [],
  environments: [],
});

function preview(kind: ImportKind, bundle: ImportBundle, warnings: string[] = []): ImportPreview {
  return { kind, summary: summarize(bundle), bundle, warnings };
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
  if (d.kind === "curl" && "text" in d) {
    const collection = makeCollection(deps, { workspaceId, name: "Imported from cURL" });
    const r = importCurl(d.text, deps, collection.id);
    if (!r.ok) return r;
    const bundle = { ...empty(), collections: [collection], requests: [r.value.request] };
    return ok(preview("curl", bundle, r.value.warnings));
  }
  if (d.kind === "openapi") {
    return err({
      code: "NEEDS_WORKER",
      message: "OpenAPI documents are imported in a worker.",
      hint: "Use importTextAsync.",
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
    return r.ok ? ok(preview(d.kind, r.value.bundle, r.value.warnings)) : r;
  }
  if (d.kind === "postman-collection") {
    const r = importPostmanCollection(d.json, deps, workspaceId);
    if (!r.ok) return r;
    const { collection, folders, requests } = r.value;
    return ok(preview(d.kind, { ...empty(), collections: [collection], folders, requests }));
  }
  if (d.kind === "postman-environment") {
    const r = importPostmanEnvironment(d.json, deps, workspaceId);
    return r.ok ? ok(preview(d.kind, { ...empty(), environments: [r.value] })) : r;
  }
  const r = importPostmanGlobals(d.json, deps, workspaceId);
  return r.ok ? ok(preview(d.kind, { ...empty(), globals: r.value })) : r;
}

/**
 * Converts an OpenAPI/Swagger text off the main thread (the UI passes the worker client);
 * `refs` says where the text came from so `$ref`s to other files or URLs can be loaded.
 */
export type OpenApiImporter = (
  text: string,
  workspaceId: Id,
  refs?: RefSource,
) => Promise<Result<{ bundle: ImportBundle; warnings: string[] }>>;

/** True when `importText` answered that the input must go through {@link importTextAsync}. */
export const needsWorker = (r: Result<ImportPreview>): boolean =>
  !r.ok && r.error.code === "NEEDS_WORKER";

/** The preview of what an {@link OpenApiImporter} answered. */
export function openApiPreview(
  r: Result<{ bundle: ImportBundle; warnings: string[] }>,
): Result<ImportPreview> {
  return r.ok ? ok(preview("openapi", r.value.bundle, r.value.warnings)) : r;
}

/**
 * Like {@link importText}, with OpenAPI handed to `openapi` (a worker) and its bundle
 * summarised the same way; every other format is imported synchronously as before. `refs`
 * (the spec's URL or file name and a loader for its siblings) is passed on to `openapi`.
 */
export async function importTextAsync(
  text: string,
  deps: Deps,
  workspaceId: Id,
  openapi: OpenApiImporter,
  hint?: string,
  refs?: RefSource,
): Promise<Result<ImportPreview>> {
  const sync = importText(text, deps, workspaceId, hint);
  if (!needsWorker(sync)) return sync;
  return openApiPreview(
    await (refs ? openapi(text, workspaceId, refs) : openapi(text, workspaceId)),
  );
}
