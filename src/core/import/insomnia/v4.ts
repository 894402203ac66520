/**
 * Insomnia export format v4 (`_type: "export"`): a flat `resources` list linked by `parentId`.
 * Workspaces become collections, request groups folders, base environments collection
 * variables and their sub-environments environments.
 */
import type { Deps } from "../../factory";
import { makeCollection, makeEnvironment, makeFolder, makeRequest } from "../../factory";
import type { Bundle, Collection, Environment, Folder, Id, Request } from "../../model";
import type { Json } from "../postman/read";
import { at, ImportFailure, list, object, text } from "../postman/read";
import { envVariables } from "./env";
import type { Ctx } from "./request";
import { importAuth } from "./auth";
import { importBody, importUrl, rows } from "./request";

interface Walk {
  deps: Deps;
  workspaceId: Id;
  ctx: Ctx;
  byId: Map<string, { o: Json; path: string }>;
  collections: Map<string, Collection>;
  folders: Map<string, Folder>;
  fallback: () => Collection;
}

const idOf = (o: Json): string => (typeof o._id === "string" ? o._id : "");
const parentOf = (o: Json): string => (typeof o.parentId === "string" ? o.parentId : "");
const sortOf = (o: Json, i: number): number =>
  typeof o.metaSortKey === "number" && Number.isFinite(o.metaSortKey) ? o.metaSortKey : i;

/** Where an item goes: its collection and parent folder (null at the top). */
function placeOf(
  o: Json,
  w: Walk,
  seen: Set<string>,
): { collection: Collection; parent: Folder | null } {
  const pid = parentOf(o);
  const ws = w.collections.get(pid);
  if (ws) return { collection: ws, parent: null };
  const group = w.byId.get(pid);
  if (group && group.o._type === "request_group" && !seen.has(pid)) {
    const f = folderFor(group.o, group.path, w, seen);
    const collection = [...w.collections.values()].find((c) => c.id === f.collectionId);
    return { collection: collection ?? w.fallback(), parent: f };
  }
  return { collection: w.fallback(), parent: null };
}

/** The folder of a request group, created once (parents first; cycles end at the top). */
function folderFor(o: Json, path: string, w: Walk, seen = new Set<string>()): Folder {
  const id = idOf(o);
  const known = w.folders.get(id);
  if (known) return known;
  seen.add(id);
  const { collection, parent } = placeOf(o, w, seen);
  const f = makeFolder(w.deps, {
    collectionId: collection.id,
    parentId: parent?.id ?? null,
    name: text(o.name, at(path, "name")),
    description: text(o.description, at(path, "description")),
    auth: importAuth(o.authentication, at(path, "authentication"), w.ctx),
    variables: envVariables(o.environment, w.ctx.notes),
    sort: sortOf(o, 0),
  });
  w.folders.set(id, f);
  return f;
}

function request(o: Json, path: string, i: number, w: Walk): Request {
  const { collection, parent } = placeOf(o, w, new Set());
  const url = importUrl(o, path, w.ctx);
  const follow = o.settingFollowRedirects;
  return makeRequest(w.deps, {
    collectionId: collection.id,
    parentId: parent?.id ?? null,
    name: text(o.name, at(path, "name")),
    method: (text(o.method, at(path, "method")) || "GET").toUpperCase(),
    ...url,
    headers: rows(o.headers, at(path, "headers"), w.ctx),
    body: importBody(o.body, at(path, "body"), w.ctx),
    auth: importAuth(o.authentication, at(path, "authentication"), w.ctx),
    description: text(o.description, at(path, "description")),
    settings: follow === "on" || follow === "off" ? { followRedirects: follow === "on" } : {},
    sort: sortOf(o, i),
  });
}

/** Convert a parsed v4 export. Throws ImportFailure (the caller turns it into a Result). */
export function importInsomniaV4(json: unknown, deps: Deps, workspaceId: Id, ctx: Ctx): Bundle {
  const root = object(json, "$");
  const resources = list(root.resources, "resources").map((r, i) => ({
    o: object(r, at("resources", i)),
    path: at("resources", i),
  }));
  const byId = new Map(resources.map((r) => [idOf(r.o), r]));
  const collections = new Map<string, Collection>();
  const environments: Environment[] = [];
  let fallback: Collection | undefined;
  const w: Walk = {
    deps,
    workspaceId,
    ctx,
    byId,
    collections,
    folders: new Map(),
    fallback: () => {
      fallback ??=
        [...collections.values()][0] ??
        makeCollection(deps, { workspaceId, name: "Insomnia import" });
      return fallback;
    },
  };
  for (const { o, path } of resources) {
    if (o._type !== "workspace") continue;
    const c = makeCollection(deps, {
      workspaceId,
      name: text(o.name, at(path, "name")),
      description: text(o.description, at(path, "description")),
      sort: collections.size,
    });
    collections.set(idOf(o), c);
  }
  const requests: Request[] = [];
  const skipped = new Map<string, number>();
  resources.forEach(({ o, path }, i) => {
    if (o._type === "request_group") folderFor(o, path, w);
    else if (o._type === "request") requests.push(request(o, path, i, w));
    else if (o._type === "environment") {
      const parent = collections.get(parentOf(o));
      const vars = envVariables(o.data, ctx.notes);
      if (parent) parent.variables.push(...vars);
      else {
        const name = text(o.name, at(path, "name")) || "Environment";
        environments.push(makeEnvironment(deps, { workspaceId, name, variables: vars }));
      }
    } else if (o._type !== "workspace") {
      const t = text(o._type, at(path, "_type")) || "unknown";
      skipped.set(t, (skipped.get(t) ?? 0) + 1);
    }
  });
  for (const [t, n] of skipped) ctx.warnings.push(`Skipped ${n} ${t} resource(s).`);
  const all = [...collections.values()];
  if (fallback && !all.includes(fallback)) all.push(fallback);
  if (!all.length && !environments.length)
    throw new ImportFailure("resources", "expected a workspace or a request");
  return { collections: all, folders: [...w.folders.values()], requests, environments };
}
