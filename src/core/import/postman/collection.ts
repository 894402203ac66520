/**
 * Postman collection v2.0 / v2.1 → our Collection, Folders and Requests, losing nothing: fields
 * we do not use travel in `extra`, Postman ids in `extra.postmanId`.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json
 */
import type { Deps } from "../../factory";
import { makeCollection, makeFolder, makeRequest } from "../../factory";
import type { Collection, Extra, Folder, Id, Request, RequestSettings } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { importAuth } from "./auth";
import { importBody } from "./body";
import { importExamples } from "./examples";
import type { Json } from "./read";
import {
  at,
  clean,
  extras,
  ImportFailure,
  isObject,
  list,
  maybe,
  object,
  rest,
  text,
} from "./read";
import { description, headers, variables } from "./rows";
import { importScripts } from "./scripts";
import { importUrl } from "./url";

/** What a collection import produces, ready to store. */
export interface ImportedCollection {
  collection: Collection;
  folders: Folder[];
  requests: Request[];
}

const ITEM_KEYS = [
  "id",
  "name",
  "description",
  "event",
  "auth",
  "variable",
  "protocolProfileBehavior",
];
const REQUEST_KEYS = ["url", "method", "header", "body", "auth", "description"];

/** Where the walk is: the collection, the parent folder and the JSON path. */
interface Place {
  deps: Deps;
  collectionId: Id;
  parentId: Id | null;
  out: ImportedCollection;
}

const postmanId = (o: Json): Extra | undefined =>
  typeof o.id === "string" && o.id !== "" ? { postmanId: o.id } : undefined;

function folder(o: Json, path: string, sort: number, place: Place): void {
  const desc = description(o.description, at(path, "description"));
  const f = makeFolder(place.deps, {
    collectionId: place.collectionId,
    parentId: place.parentId,
    name: text(o.name, at(path, "name")),
    description: desc.text,
    auth: importAuth(o.auth, at(path, "auth"), "inherit"),
    scripts: importScripts(o.event, at(path, "event")),
    variables: variables(o.variable, at(path, "variable")),
    sort,
  });
  const extra = extras(
    postmanId(o),
    rest(o, [...ITEM_KEYS, "item"]),
    maybe("protocolProfileBehavior", o.protocolProfileBehavior),
    desc.extra ? { description: desc.extra } : undefined,
  );
  if (extra) f.extra = extra;
  place.out.folders.push(f);
  items(o.item, at(path, "item"), { ...place, parentId: f.id });
}

/** protocolProfileBehavior kept verbatim; its followRedirects also drives our setting. */
function settingsOf(ppb: unknown): RequestSettings {
  if (!isObject(ppb)) return {};
  const settings: RequestSettings = { protocolProfileBehavior: clean(ppb) as Extra };
  if (typeof ppb.followRedirects === "boolean") settings.followRedirects = ppb.followRedirects;
  return settings;
}

function request(o: Json, path: string, sort: number, place: Place): void {
  const reqPath = at(path, "request");
  const r: Json = typeof o.request === "string" ? { url: o.request } : object(o.request, reqPath);
  const url = importUrl(r.url, at(reqPath, "url"));
  const desc = description(r.description ?? o.description, at(reqPath, "description"));
  const ppb = o.protocolProfileBehavior;
  const req = makeRequest(place.deps, {
    collectionId: place.collectionId,
    parentId: place.parentId,
    name: text(o.name, at(path, "name")),
    method: text(r.method, at(reqPath, "method"), "GET").toUpperCase(),
    url: url.url,
    params: url.params,
    pathVariables: url.pathVariables,
    headers: headers(r.header, at(reqPath, "header")),
    body: importBody(r.body, at(reqPath, "body")),
    auth: importAuth(r.auth, at(reqPath, "auth"), "inherit"),
    scripts: importScripts(o.event, at(path, "event")),
    description: desc.text,
    examples: importExamples(o.response, at(path, "response"), place.deps),
    variables: variables(o.variable, at(path, "variable")),
    settings: settingsOf(ppb),
    sort,
  });
  const extra = extras(
    postmanId(o),
    rest(o, [...ITEM_KEYS, "request", "response"]),
    typeof o.request === "string" ? { requestAsString: true } : undefined,
    maybe("request", rest(r, REQUEST_KEYS)),
    maybe("url", url.extra),
    r.description !== undefined && o.description !== undefined
      ? { itemDescription: clean(o.description) }
      : undefined,
    desc.extra ? { description: desc.extra } : undefined,
    r.description === "" ? { emptyDescription: true } : undefined,
  );
  if (extra) req.extra = extra;
  place.out.requests.push(req);
}

/** Walk an `item` list: entries with `item` are folders, the rest requests. */
function items(value: unknown, path: string, place: Place): void {
  list(value, path).forEach((entry, i) => {
    const p = at(path, i);
    const o = object(entry, p);
    if (Array.isArray(o.item)) folder(o, p, i + 1, place);
    else if (o.request !== undefined) request(o, p, i + 1, place);
    else throw new ImportFailure(p, "expected a request or a folder (an item with `item`)");
  });
}

/** Import a parsed Postman collection (v2.0 or v2.1) into `workspaceId`. */
export function importPostmanCollection(
  json: unknown,
  deps: Deps,
  workspaceId: Id,
): Result<ImportedCollection> {
  try {
    const root = object(json, "$");
    const info = object(root.info, "info");
    const desc = description(info.description, "info.description");
    const collection = makeCollection(deps, {
      workspaceId,
      name: text(info.name, "info.name"),
      description: desc.text,
      variables: variables(root.variable, "variable"),
      auth: importAuth(root.auth, "auth", "noauth"),
      scripts: importScripts(root.event, "event"),
    });
    const infoId = info._postman_id;
    const extra = extras(
      typeof infoId === "string" && infoId !== "" ? { postmanId: infoId } : undefined,
      maybe("info", rest(info, ["name", "description", "_postman_id"])),
      rest(root, ["info", "item", "variable", "auth", "event"]),
      desc.extra ? { description: desc.extra } : undefined,
    );
    if (extra) collection.extra = extra;
    const out: ImportedCollection = { collection, folders: [], requests: [] };
    items(root.item, "item", { deps, collectionId: collection.id, parentId: null, out });
    return ok(out);
  } catch (e) {
    return err(failure(e));
  }
}

/** An ImportFailure as an AppError; anything else is reported as a bug in the input. */
export function failure(e: unknown) {
  if (e instanceof ImportFailure) {
    return { code: "INVALID_POSTMAN", message: e.message, at: e.at };
  }
  return { code: "INVALID_POSTMAN", message: e instanceof Error ? e.message : String(e) };
}
