/**
 * Satchel → Postman collection v2.1, environment and globals files. Lossless with the importer:
 * Postman ids come back from `extra.postmanId`, everything else it kept from `extra`.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json
 */
import type { Collection, Environment, Folder, Globals, Id, Request } from "../model";
import type { Out } from "./postmanParts";
import {
  auth,
  compact,
  description,
  events,
  variable,
  variableList,
  without,
} from "./postmanParts";
import { requestItem } from "./postmanRequest";

/** The schema every exported collection declares. */
export const POSTMAN_V21_SCHEMA =
  "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/** A collection and everything under it, as stored. */
export interface CollectionTree {
  collection: Collection;
  folders: readonly Folder[];
  requests: readonly Request[];
}

function folderItem(f: Folder, tree: CollectionTree): Out {
  const x = f.extra ?? {};
  return compact({
    ...without(x, ["postmanId", "description", "protocolProfileBehavior"]),
    id: x.postmanId,
    name: f.name,
    description: description(f.description, x.description),
    item: items(f.id, tree),
    event: events(f.scripts),
    auth: auth(f.auth, "inherit"),
    variable: variableList(f.variables),
    protocolProfileBehavior: x.protocolProfileBehavior,
  });
}

/** The items directly under `parentId` (null: the collection), in sort order. */
function items(parentId: Id | null, tree: CollectionTree): Out[] {
  const children = [
    ...tree.folders.filter((f) => f.parentId === parentId).map((f) => ({ f, sort: f.sort })),
    ...tree.requests.filter((r) => r.parentId === parentId).map((r) => ({ r, sort: r.sort })),
  ].sort((a, b) => a.sort - b.sort);
  return children.map((c) => ("f" in c ? folderItem(c.f, tree) : requestItem(c.r)));
}

/** A collection as a Postman v2.1 document (a plain object; JSON.stringify it to save). */
export function exportPostmanCollection(tree: CollectionTree): Out {
  const c = tree.collection;
  const x = c.extra ?? {};
  const info = compact({
    _postman_id: x.postmanId,
    name: c.name,
    description: description(c.description, x.description),
    ...(x.info as Out | undefined),
  });
  info.schema = POSTMAN_V21_SCHEMA;
  return compact({
    info,
    item: items(null, tree),
    event: events(c.scripts),
    variable: variableList(c.variables),
    auth: auth(c.auth, "noauth"),
    ...without(x, ["postmanId", "info", "description"]),
  });
}

/** An environment as Postman's environment file. */
export function exportPostmanEnvironment(env: Environment): Out {
  return compact({
    id: env.extra?.postmanId,
    name: env.name,
    values: env.variables.map((v) => variable(v, true)),
    ...without(env.extra, ["postmanId"]),
  });
}

/** Globals as Postman's globals file. */
export function exportPostmanGlobals(globals: Globals): Out {
  return {
    name: "Globals",
    values: globals.variables.map((v) => variable(v, true)),
    _postman_variable_scope: "globals",
  };
}
