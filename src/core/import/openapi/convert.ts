/**
 * A parsed OpenAPI 3.0/3.1 or Swagger 2.0 document → a collection: one folder per tag (first tag
 * of each operation; untagged operations at the top level), one request per operation, servers
 * as collection variables, the document's security as collection auth. Linear in the number of
 * operations: `$ref`s are followed lazily and generated examples are cached per schema.
 */
import type { Deps } from "../../factory";
import { makeCollection, makeFolder } from "../../factory";
import type { Collection, Folder, Id, Request } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import type { ConvertContext } from "./operation";
import { buildRequest } from "./operation";
import type { Json } from "./refs";
import { isObj, makeResolver } from "./refs";
import { makeExampleMaker } from "./schemaExample";
import { requirementAuth } from "./security";
import { serverVariables, swagger2Servers } from "./servers";
import { upgradeOperation } from "./swagger2";

/** What one document converts to. */
export interface ConvertedOpenApi {
  collection: Collection;
  folders: Folder[];
  requests: Request[];
  warnings: string[];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const pointer = (...parts: string[]) =>
  "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

const bad = (message: string, at: string) =>
  err({ code: "INVALID_OPENAPI", message: `Not a valid OpenAPI document: ${message}.`, at });

/** Merges path-level and operation-level parameters (the operation wins by name + in). */
function mergeParams(
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
    return convert(doc, deps, workspaceId);
  } catch (e) {
    return bad(e instanceof Error ? e.message : String(e), "#");
  }
}

function convert(doc: unknown, deps: Deps, workspaceId: Id): Result<ConvertedOpenApi> {
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
  const info = isObj(doc.info) ? doc.info : {};
  const resolver = makeResolver(doc);
  const warnings = new Set<string>();
  const components = isObj(doc.components) ? doc.components : {};
  const schemes = (v2 ? doc.securityDefinitions : components.securitySchemes) ?? {};
  const schemeMap = isObj(schemes) ? schemes : {};
  const warn = (w: string) => warnings.add(w);
  const collection = makeCollection(deps, {
    workspaceId,
    name: typeof info.title === "string" && info.title ? info.title : "Imported API",
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
  const folderFor = (tag: string) => {
    let f = folders.get(tag);
    if (!f) {
      f = makeFolder(deps, {
        collectionId: collection.id,
        name: tag,
        description: tagDocs.get(tag) ?? "",
        sort: folders.size,
      });
      folders.set(tag, f);
    }
    return f;
  };
  const requests: Request[] = [];
  const sorts = new Map<Id | null, number>();
  for (const [path, node] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    const item = resolver.deref(node);
    if (!item) {
      warn(`Skipped ${pointer("paths", path)}: not an object.`);
      continue;
    }
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const parameters = mergeParams(item.parameters, op.parameters, resolver.deref);
      const shaped = v2
        ? upgradeOperation(parameters, op, doc, resolver)
        : { parameters, requestBody: resolver.deref(op.requestBody), responses: op.responses };
      const tag = Array.isArray(op.tags) && typeof op.tags[0] === "string" ? op.tags[0] : undefined;
      const parentId = tag ? folderFor(tag).id : null;
      const auth = requirementAuth(op.security, schemeMap, resolver, warn);
      const request = buildRequest(
        { method, path, op, ...shaped, ...(auth ? { auth } : {}) },
        ctx,
        parentId,
      );
      const sort = sorts.get(parentId) ?? 0;
      sorts.set(parentId, sort + 1);
      request.sort = sort;
      requests.push(request);
    }
  }
  for (const p of resolver.problems) warnings.add(p);
  return ok({ collection, folders: [...folders.values()], requests, warnings: [...warnings] });
}
