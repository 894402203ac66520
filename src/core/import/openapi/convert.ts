/**
 * A parsed OpenAPI 3.0/3.1 or Swagger 2.0 document → a collection: one folder per tag (first tag
 * of each operation; untagged operations at the top level), one request per operation, servers
 * as collection variables, the document's security as collection auth. Linear in the number of
 * operations: `$ref`s are followed lazily and generated examples are cached per schema. The
 * conversion can run a chunk of operations at a time (`startOpenApi`), so a store can write each
 * chunk while the next is converted; `surveyOpenApi` counts what it will create without it.
 */
import type { Deps } from "../../factory";
import { makeCollection, makeFolder } from "../../factory";
import type { Collection, Folder, Id, Request } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import type { ConvertContext } from "./operation";
import { buildRequest } from "./operation";
import type { Json, Resolver } from "./refs";
import { isObj, makeResolver } from "./refs";
import { makeExampleMaker } from "./schemaExample";
import { requirementAuth } from "./security";
import { operationBase, serverVariables, swagger2Servers } from "./servers";
import { upgradeOperation } from "./swagger2";

/** What one document converts to. */
export interface ConvertedOpenApi {
  collection: Collection;
  folders: Folder[];
  requests: Request[];
  warnings: string[];
}

/** Some operations' requests, and the folders they are the first to use. */
export interface ConvertedChunk {
  folders: Folder[];
  requests: Request[];
}

/** A conversion under way: the collection now, its folders and requests chunk by chunk. */
export interface OpenApiConversion {
  collection: Collection;
  /**
   * Converts the operations in document order, up to `size` per chunk. Throws on a value no rule
   * foresaw (e.g. a `toString` key): a caller storing chunks must then drop what it wrote.
   */
  chunks(size: number): Generator<ConvertedChunk>;
  /** What could not be converted; complete once `chunks` is done. */
  warnings(): string[];
}

/** What converting a document will create, counted without converting it. */
export interface OpenApiSurvey {
  title: string;
  folders: number;
  requests: number;
}

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const pointer = (...parts: string[]) =>
  "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

const bad = (message: string, at: string) =>
  err({ code: "INVALID_OPENAPI", message: `Not a valid OpenAPI document: ${message}.`, at });

/** The INVALID_OPENAPI result for a value no rule foresaw (what `chunks` may throw). */
export const conversionFailure = (e: unknown) =>
  bad(e instanceof Error ? e.message : String(e), "#");

/** Merges path-level and operation-level parameters (the operation wins by name + in). */
export function mergeParams(
  pathLevel: unknown,
  opLevel: unknown,
  deref: (n: unknown) => Json | undefined,
) {
  const byKey = new Map<string, Json>();
  for (const list of [pathLevel, opLevel]) {
    if (!Array.isArray(list)) continue;
    for (const node of list) {
      const p = deref(node);
      if (p) byKey.set(`${String(p.in)}:${String(p.name)}`, p);
    }
  }
  return [...byKey.values()];
}

type Version = { v2: boolean; version: string };

/** The version checks every entry point starts with. */
export function checkDocument(doc: unknown): Result<Version & { doc: Json }> {
  if (!isObj(doc)) return bad("the document is not an object", "#");
  const v2 = typeof doc.swagger === "string";
  const version = String(v2 ? doc.swagger : doc.openapi);
  if (v2 ? !version.startsWith("2.") : !/^3\.[01]\./.test(version)) {
    return err({
      code: "UNSUPPORTED_FORMAT",
      message: `Unsupported OpenAPI version "${version}".`,
      at: v2 ? "#/swagger" : "#/openapi",
      hint: "Swagger 2.0 and OpenAPI 3.0 and 3.1 are supported.",
    });
  }
  if (doc.paths !== undefined && !isObj(doc.paths)) return bad("paths is not an object", "#/paths");
  return ok({ doc, v2, version });
}

/** One operation, in document order. */
interface Operation {
  path: string;
  method: string;
  item: Json;
  op: Json;
}

/** The document's operations; a path item that is not an object is reported and skipped. */
function* operations(doc: Json, resolver: Resolver, warn: (w: string) => void) {
  for (const [path, node] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    const item = resolver.deref(node);
    if (!item) {
      warn(`Skipped ${pointer("paths", path)}: not an object.`);
      continue;
    }
    for (const method of METHODS) {
      const op = item[method];
      if (isObj(op)) yield { path, method, item, op } satisfies Operation;
    }
  }
}

/** An operation's folder: its first tag (untagged operations go at the top level). */
const firstTag = (op: Json) =>
  Array.isArray(op.tags) && typeof op.tags[0] === "string" ? op.tags[0] : undefined;

const titleOf = (doc: Json) => {
  const info = isObj(doc.info) ? doc.info : {};
  return typeof info.title === "string" && info.title ? info.title : "Imported API";
};

/**
 * Counts the folders and requests converting `doc` creates (the import's preview), walking
 * only the paths. Never throws, like {@link convertOpenApi}.
 */
export function surveyOpenApi(doc: unknown): Result<OpenApiSurvey> {
  try {
    const checked = checkDocument(doc);
    if (!checked.ok) return checked;
    const tags = new Set<string>();
    let requests = 0;
    for (const { op } of operations(checked.value.doc, makeResolver(doc), () => undefined)) {
      requests++;
      const tag = firstTag(op);
      if (tag !== undefined) tags.add(tag);
    }
    return ok({ title: titleOf(checked.value.doc), folders: tags.size, requests });
  } catch (e) {
    return conversionFailure(e);
  }
}

/**
 * Converts `doc` (already parsed from JSON or YAML) into a collection of `workspaceId`. Never
 * throws: a value no rule foresaw (e.g. a `toString` key) becomes an INVALID_OPENAPI result.
 */
export function convertOpenApi(
  doc: unknown,
  deps: Deps,
  workspaceId: Id,
): Result<ConvertedOpenApi> {
  try {
    const started = startOpenApi(doc, deps, workspaceId);
    if (!started.ok) return started;
    const { collection } = started.value;
    const folders: Folder[] = [];
    const requests: Request[] = [];
    for (const chunk of started.value.chunks(Infinity)) {
      folders.push(...chunk.folders);
      requests.push(...chunk.requests);
    }
    return ok({ collection, folders, requests, warnings: started.value.warnings() });
  } catch (e) {
    return conversionFailure(e);
  }
}

/**
 * Starts converting `doc`: the collection is made now, folders and requests by `chunks`. Never
 * throws itself (a failure is an INVALID_OPENAPI result), but `chunks` may.
 */
export function startOpenApi(doc: unknown, deps: Deps, workspaceId: Id): Result<OpenApiConversion> {
  try {
    const checked = checkDocument(doc);
    return checked.ok ? ok(start(checked.value, deps, workspaceId)) : checked;
  } catch (e) {
    return conversionFailure(e);
  }
}

function start(checked: Version & { doc: Json }, deps: Deps, workspaceId: Id): OpenApiConversion {
  const { doc, v2, version } = checked;
  const info = isObj(doc.info) ? doc.info : {};
  const resolver = makeResolver(doc);
  const warnings = new Set<string>();
  const components = isObj(doc.components) ? doc.components : {};
  const schemes = (v2 ? doc.securityDefinitions : components.securitySchemes) ?? {};
  const schemeMap = isObj(schemes) ? schemes : {};
  const warn = (w: string) => warnings.add(w);
  if (isObj(doc.webhooks) && Object.keys(doc.webhooks).length) {
    warn(`Not imported: the webhooks (${Object.keys(doc.webhooks).join(", ")}).`);
  }
  const collection = makeCollection(deps, {
    workspaceId,
    name: titleOf(doc),
    description: typeof info.description === "string" ? info.description : "",
    variables: serverVariables(v2 ? swagger2Servers(doc) : doc.servers),
    auth: requirementAuth(doc.security, schemeMap, resolver, warn) ?? {
      type: "noauth",
      attributes: [],
    },
    extra: { openapi: { version, infoVersion: String(info.version ?? "") } },
  });
  const ctx: ConvertContext = {
    deps,
    resolver,
    maker: makeExampleMaker(resolver),
    collectionId: collection.id,
  };
  const folders = new Map<string, Folder>();
  const tagDocs = new Map<string, string>();
  for (const t of Array.isArray(doc.tags) ? doc.tags : []) {
    if (isObj(t) && typeof t.name === "string") tagDocs.set(t.name, String(t.description ?? ""));
  }
  let fresh: Folder[] = [];
  // One order per parent for folders and requests together, as the sidebar shows them.
  const sorts = new Map<Id | null, number>();
  const nextSort = (parentId: Id | null) => {
    const sort = sorts.get(parentId) ?? 0;
    sorts.set(parentId, sort + 1);
    return sort;
  };
  const folderFor = (tag: string) => {
    let f = folders.get(tag);
    if (!f) {
      f = makeFolder(deps, {
        collectionId: collection.id,
        name: tag,
        description: tagDocs.get(tag) ?? "",
        sort: nextSort(null),
      });
      folders.set(tag, f);
      fresh.push(f);
    }
    return f;
  };
  const convertOne = ({ path, method, item, op }: Operation): Request => {
    const parameters = mergeParams(item.parameters, op.parameters, resolver.deref);
    const shaped = v2
      ? upgradeOperation(parameters, op, doc, resolver)
      : { parameters, requestBody: resolver.deref(op.requestBody), responses: op.responses };
    const tag = firstTag(op);
    const parentId = tag !== undefined ? folderFor(tag).id : null;
    const auth = requirementAuth(op.security, schemeMap, resolver, warn);
    const base = v2 ? undefined : operationBase(op.servers, item.servers);
    const request = buildRequest(
      { method, path, op, ...shaped, ...(auth ? { auth } : {}), ...(base ? { base } : {}) },
      ctx,
      parentId,
    );
    if (isObj(op.callbacks) && Object.keys(op.callbacks).length) {
      const names = Object.keys(op.callbacks).join(", ");
      warn(`Not imported: the callbacks of ${method.toUpperCase()} ${path} (${names}).`);
    }
    request.sort = nextSort(parentId);
    return request;
  };
  return {
    collection,
    *chunks(size) {
      let requests: Request[] = [];
      const flush = (): ConvertedChunk => {
        const chunk = { folders: fresh, requests };
        fresh = [];
        requests = [];
        return chunk;
      };
      for (const operation of operations(doc, resolver, warn)) {
        requests.push(convertOne(operation));
        if (requests.length >= size) yield flush();
      }
      if (requests.length || fresh.length) yield flush();
    },
    warnings: () => [...new Set([...warnings, ...resolver.problems])],
  };
}
