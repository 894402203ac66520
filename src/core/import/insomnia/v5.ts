/**
 * Insomnia v5 (YAML, `type: collection.insomnia.rest/5.0`): a tree of `collection` items
 * (`children` makes a folder) and `environments` (base data + `subEnvironments`).
 */
import type { Deps } from "../../factory";
import { makeCollection, makeEnvironment, makeFolder, makeRequest } from "../../factory";
import type { Bundle, Collection, Environment, Id } from "../../model";
import type { Json } from "../postman/read";
import { at, isObject, list, object, text } from "../postman/read";
import { envVariables } from "./env";
import type { Ctx } from "./request";
import { importAuth } from "./auth";
import { importBody, importUrl, rows } from "./request";

interface Walk {
  deps: Deps;
  ctx: Ctx;
  collectionId: Id;
  out: Bundle;
}

const descriptionOf = (o: Json, path: string): string =>
  text(
    o.description ?? (isObject(o.meta) ? o.meta.description : undefined),
    at(path, "description"),
  );

function items(value: unknown, path: string, parentId: Id | null, w: Walk, depth: number): void {
  list(value, path).forEach((v, i) => {
    const p = at(path, i);
    const o = object(v, p);
    if (Array.isArray(o.children) && depth < 64) {
      const f = makeFolder(w.deps, {
        collectionId: w.collectionId,
        parentId,
        name: text(o.name, at(p, "name")),
        description: descriptionOf(o, p),
        auth: importAuth(o.authentication, at(p, "authentication"), w.ctx),
        variables: envVariables(o.environment, w.ctx.notes),
        sort: i + 1,
      });
      w.out.folders.push(f);
      items(o.children, at(p, "children"), f.id, w, depth + 1);
      return;
    }
    const settings = isObject(o.settings) ? o.settings : {};
    const req = makeRequest(w.deps, {
      collectionId: w.collectionId,
      parentId,
      name: text(o.name, at(p, "name")),
      method: (text(o.method, at(p, "method")) || "GET").toUpperCase(),
      ...importUrl(o, p, w.ctx),
      headers: rows(o.headers, at(p, "headers"), w.ctx),
      body: importBody(o.body, at(p, "body"), w.ctx),
      auth: importAuth(o.authentication, at(p, "authentication"), w.ctx),
      description: descriptionOf(o, p),
      settings:
        typeof settings.followRedirects === "boolean"
          ? { followRedirects: settings.followRedirects }
          : {},
      sort: i + 1,
    });
    w.out.requests.push(req);
  });
}

/** Base environment → collection variables (when there is a collection); sub-environments → ours. */
function environments(
  value: unknown,
  deps: Deps,
  workspaceId: Id,
  ctx: Ctx,
  c?: Collection,
): Environment[] {
  if (value === undefined || value === null) return [];
  const base = object(value, "environments");
  const baseVars = envVariables(base.data, ctx.notes);
  const subs = list(base.subEnvironments, "environments.subEnvironments").map((s, i) => {
    const p = at("environments.subEnvironments", i);
    const o = object(s, p);
    const name = text(o.name, at(p, "name")) || `Environment ${i + 1}`;
    return makeEnvironment(deps, { workspaceId, name, variables: envVariables(o.data, ctx.notes) });
  });
  if (c) {
    c.variables.push(...baseVars);
    return subs;
  }
  const name = text(base.name, "environments.name") || "Base Environment";
  return [makeEnvironment(deps, { workspaceId, name, variables: baseVars }), ...subs];
}

/** Convert a parsed v5 document (collection or environment file). Throws ImportFailure. */
export function importInsomniaV5(json: unknown, deps: Deps, workspaceId: Id, ctx: Ctx): Bundle {
  const root = object(json, "$");
  const out: Bundle = { collections: [], folders: [], requests: [], environments: [] };
  const type = text(root.type, "type");
  if (type.startsWith("environment.")) {
    out.environments = environments(root.environments, deps, workspaceId, ctx);
    return out;
  }
  const c = makeCollection(deps, {
    workspaceId,
    name: text(root.name, "name") || "Insomnia import",
    description: descriptionOf(root, "$"),
  });
  out.collections.push(c);
  items(root.collection, "collection", null, { deps, ctx, collectionId: c.id, out }, 0);
  out.environments = environments(root.environments, deps, workspaceId, ctx, c);
  return out;
}
