/**
 * What the `/embed` page shows of a shared collection: its requests in sidebar order, each with
 * the folders above it, read through the same Postman importer and restore step the import funnel
 * uses (so a hostile collection is held to the same rules), and nothing stored.
 */
import type { Deps } from "../factory";
import type { Ancestors } from "../http/auth";
import type { BuiltRequest } from "../http/buildRequest";
import { buildHttpRequest, requestUrlTemplate } from "../http/buildRequest";
import { parseQuery, syncPathVariables } from "../http/url";
import { importPostmanCollection } from "../import/postman/index";
import { restoreBundle } from "../import/restore/index";
import type { Collection, Folder, Request } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import { makeScopes } from "../variables/scopes";
import { asCollection } from "./asCollection";

/** Most requests the embed page lists; a larger collection shows its first ones and says so. */
export const EMBED_MAX_REQUESTS = 100;

/** One request of an embedded collection, with what building it needs. */
export interface EmbedRequest {
  request: Request;
  ancestors: Ancestors;
  /** Folder names from the outermost, for display ("Users / Admin"). */
  path: string[];
}

/** An embedded collection, ready to show. */
export interface EmbedCollection {
  collection: Collection;
  requests: EmbedRequest[];
  /** Repairs the restore step made and requests left out, for the reader. */
  warnings: string[];
}

/** The workspace id the embed's in-memory entities carry (never stored). */
const EMBED_WORKSPACE = "embed";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The folders above `parentId`, outermost first (a loop, impossible after restore, stops it). */
function chain(parentId: string | null, folders: ReadonlyMap<string, Folder>): Folder[] {
  const out: Folder[] = [];
  const seen = new Set<string>();
  for (let id = parentId; id !== null && !seen.has(id);) {
    seen.add(id);
    const folder = folders.get(id);
    if (!folder) break;
    out.unshift(folder);
    id = folder.parentId;
  }
  return out;
}

/**
 * Reads a Postman v2.0/v2.1 collection (or a single item) for the embed page. Refuses anything
 * else with EMBED_NOT_COLLECTION, and passes on the importer's and restore's own errors.
 */
export function readEmbedCollection(json: unknown, deps: Deps): Result<EmbedCollection> {
  const value = asCollection(json);
  if (!isObject(value) || !isObject(value.info) || !Array.isArray(value.item)) {
    return err({
      code: "EMBED_NOT_COLLECTION",
      message: "This is not a Postman collection (v2.0 or v2.1) or a single request.",
    });
  }
  const imported = importPostmanCollection(value, deps, EMBED_WORKSPACE);
  if (!imported.ok) return imported;
  const { collection, folders, requests } = imported.value;
  const bundle = { collections: [collection], folders, requests, environments: [] };
  const restored = restoreBundle(bundle, deps, { workspaceId: EMBED_WORKSPACE });
  if (!restored.ok) return restored;
  const out = restored.value.bundle;
  const top = out.collections[0];
  if (!top) return err({ code: "EMBED_NOT_COLLECTION", message: "The collection is empty." });
  const byId = new Map(out.folders.map((f) => [f.id, f]));
  const warnings = [...restored.value.warnings];
  if (out.requests.length > EMBED_MAX_REQUESTS) {
    warnings.push(
      `Showing the first ${EMBED_MAX_REQUESTS} of ${out.requests.length} requests; open the collection in Satchel for all of them.`,
    );
  }
  const list = out.requests.slice(0, EMBED_MAX_REQUESTS).map((request) => {
    const folders = chain(request.parentId, byId);
    return { request, ancestors: { collection: top, folders }, path: folders.map((f) => f.name) };
  });
  return ok({ collection: top, requests: list, warnings });
}

/** Auth types `buildHttpRequest` applies itself; others need signing the embed does not do. */
const SIMPLE_AUTH = new Set(["noauth", "inherit", "basic", "bearer", "apikey"]);

/**
 * The HttpRequest for one embedded request, with the collection's variables resolved. Warns when
 * the request has scripts or a signed auth type, which only the full app runs.
 */
export function buildEmbedRequest(entry: EmbedRequest, deps: Deps): Result<BuiltRequest> {
  const scopes = makeScopes({ collection: entry.ancestors.collection.variables });
  const built = buildHttpRequest(entry.request, entry.ancestors, scopes, deps);
  if (!built.ok) return built;
  const warnings = [...built.value.warnings];
  if (!SIMPLE_AUTH.has(built.value.auth.type)) {
    warnings.push(
      `${built.value.auth.type} auth is not applied here; open the request in Satchel to sign it.`,
    );
  }
  const scripted = [entry.request, ...entry.ancestors.folders, entry.ancestors.collection].some(
    (e) => e.scripts.prerequest.trim() !== "" || e.scripts.test.trim() !== "",
  );
  if (scripted) warnings.push("Scripts are not run here; open the request in Satchel to run them.");
  return ok({ ...built.value, warnings });
}

/** What a reader changed on an editable embed: the URL template and the raw body text. */
export interface EmbedEdits {
  url?: string;
  raw?: string;
}

/**
 * The request with the reader's edits (in memory only): a new URL brings its own query rows and
 * path variables (values of variables that stay are kept); a new raw body replaces the old one.
 */
export function withEdits(request: Request, edits: EmbedEdits): Request {
  let next = request;
  if (edits.url !== undefined && edits.url !== requestUrlTemplate(request)) {
    next = {
      ...next,
      url: edits.url,
      params: parseQuery(edits.url),
      pathVariables: syncPathVariables(edits.url, request.pathVariables),
    };
  }
  if (edits.raw !== undefined && request.body.mode === "raw") {
    next = { ...next, body: { ...next.body, raw: edits.raw } };
  }
  return next;
}
