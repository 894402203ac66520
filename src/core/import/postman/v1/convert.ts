/**
 * A Postman collection v1 (`requests`, `folders`, `order`, `folders_order`) → the v2.1 JSON that
 * postman-collection-transformer 4.1.8 makes of it for Newman (`{inputVersion: "1.0.0",
 * outputVersion: "2.1.0"}`), which our v2 importer then reads. Folders come first (in
 * `folders_order`, else their listed order; a folder another lists in its `folders_order` sits
 * there), then the root requests in `order`; in a folder, subfolders before requests. Requests
 * and folders no order names are left out, as in Newman. Ids are not carried over (Newman drops
 * them too), so `setNextRequest` finds v1 requests by name. Pure: no clock, no random ids.
 * @see node_modules/postman-collection-transformer/lib/converters/v1.0.0/converter-v1-to-v2.js
 */
import { auth } from "./auth";
import { body, header, url } from "./request";
import type { V1 } from "./values";
import { arr, clean, defined, isObject, obj } from "./values";

const SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

const lines = (code: unknown): unknown =>
  typeof code === "string" ? code.split("\n") : clean(code);

/** `events` (when there are no legacy `tests`/`preRequestScript`), else those two as events. */
export function events(entity: V1): unknown[] | undefined {
  const legacy = Boolean(entity.tests || entity.preRequestScript);
  const listed = arr(entity.events);
  if (!legacy && listed.length) {
    return listed.filter(isObject).map((e) => {
      const { id: _id, ...event } = clean(e) as V1;
      if (!event.listen) event.listen = "test";
      if (isObject(event.script)) {
        const { id: _scriptId, ...script } = event.script;
        if (!script.type) script.type = "text/javascript";
        if (typeof script.exec === "string") script.exec = script.exec.split("\n");
        event.script = script;
      }
      return event;
    });
  }
  const out: V1[] = [];
  const script = (code: unknown) => ({ type: "text/javascript", exec: lines(code) });
  if (entity.tests) out.push({ listen: "test", script: script(entity.tests) });
  if (entity.preRequestScript)
    out.push({ listen: "prerequest", script: script(entity.preRequestScript) });
  return out.length ? out : undefined;
}

/** `variables` (or `variable`): key (else id), value, type (`text` → `string`), disabled. */
export function variables(entity: V1): V1[] | undefined {
  const source = entity.variables || entity.variable;
  const out = arr(source)
    .filter(isObject)
    .map((v) =>
      defined({
        key: v.key || v.id,
        value: clean(v.value),
        type: v.type ? (v.type === "text" ? "string" : v.type) : undefined,
        disabled: v.disabled ? true : undefined,
        description: v.description ? clean(v.description) : undefined,
      }),
    );
  return out.length ? out : undefined;
}

/** protocolProfileBehavior when it is a non-empty object. */
const behaviour = (entity: V1) => {
  const ppb = entity.protocolProfileBehavior;
  return isObject(ppb) && Object.keys(ppb).length ? clean(ppb) : undefined;
};

/** A v1 request's v2.1 `request` object. */
function request(r: V1): V1 {
  return defined({
    auth: auth(r),
    method: r.method,
    header: header(r),
    body: body(r),
    url: url(r),
    description: r.description ? clean(r.description) : undefined,
  });
}

/** A saved response's request: an object, JSON text, or the id of a request in the collection. */
function savedRequest(resp: V1, byId: Map<string, V1>): V1 | undefined {
  let id: string | undefined;
  for (const value of [resp.requestObject, resp.request]) {
    if (!value) continue;
    if (isObject(value)) return value;
    if (typeof value === "string") {
      try {
        const parsed = JSON.parse(value) as unknown;
        if (isObject(parsed)) return parsed;
      } catch {
        id = value;
      }
    }
  }
  return id === undefined ? undefined : byId.get(id);
}

/** Saved responses, in `responses_order` when it names any. */
function responses(r: V1, byId: Map<string, V1>): V1[] {
  const list = arr(r.responses).filter(isObject);
  const cache = new Map(list.map((x) => [String(x.id), x]));
  const named = arr(r.responses_order).filter((id) => cache.has(String(id)));
  const order = named.length ? named.map(String) : list.map((x) => String(x.id));
  return order.flatMap((id) => {
    const resp = cache.get(id);
    if (!resp) return [];
    const saved = savedRequest(resp, byId);
    const code = obj(resp.responseCode);
    return [
      defined({
        name: resp.name || "response",
        originalRequest: saved ? request(saved) : undefined,
        status: code.name || undefined,
        code: Number(code.code) || undefined,
        _postman_previewlanguage: resp.language,
        _postman_previewtype: resp.previewType,
        header: clean(resp.headers),
        cookie: arr(resp.cookies)
          .filter(isObject)
          .map((c) =>
            defined({
              expires:
                typeof c.expirationDate === "number"
                  ? new Date(c.expirationDate * 1000).toUTCString()
                  : undefined,
              hostOnly: c.hostOnly,
              httpOnly: c.httpOnly,
              domain: c.domain,
              path: c.path,
              secure: c.secure,
              session: c.session,
              value: c.value,
              key: c.name,
            }),
          ),
        responseTime: resp.time,
        body: resp.text,
      }),
    ];
  });
}

/** A v1 request as a v2.1 item. */
function item(r: V1, byId: Map<string, V1>): V1 {
  const variable = variables(r);
  return defined({
    name: r.name || "",
    event: events(r),
    protocolProfileBehavior: behaviour(r),
    request: request(r),
    response: responses(r, byId),
    variable,
  });
}

/** Convert a parsed v1 collection to v2.1 JSON (see the file header). */
export function convertV1(collection: V1): V1 {
  const requests = arr(collection.requests).filter(isObject);
  const byId = new Map(requests.map((r) => [String(r.id), r]));
  const folders = arr(collection.folders).filter(isObject);
  const folderById = new Map(folders.map((f) => [String(f.id), f]));
  const nested = new Set<string>();
  for (const f of folders) for (const id of arr(f.folders_order)) nested.add(String(id));
  // Each folder is placed once (its first place): a folder listed inside itself, or in two
  // parents, would otherwise make a cycle or repeat a whole subtree.
  const placed = new Set<string>();
  const group = (id: string): V1 | undefined => {
    const f = folderById.get(id);
    if (!f || placed.has(id)) return undefined;
    placed.add(id);
    const children: V1[] = [];
    for (const sub of arr(f.folders_order)) {
      const g = group(String(sub));
      if (g) children.push(g);
    }
    for (const rid of arr(f.order)) {
      const r = byId.get(String(rid));
      if (r) children.push(item(r, byId));
    }
    const a = auth(f);
    return defined({
      name: f.name,
      item: children,
      description: f.description ? clean(f.description) : undefined,
      auth: a === undefined ? undefined : a,
      event: events(f),
      variable: variables(f),
      protocolProfileBehavior: behaviour(f),
    });
  };
  const rootFolders = Array.isArray(collection.folders_order)
    ? collection.folders_order.map(String)
    : folders.map((f) => String(f.id));
  const items: V1[] = [];
  for (const id of new Set(rootFolders)) {
    if (nested.has(id)) continue;
    const g = group(id);
    if (g) items.push(g);
  }
  // The root order is deduplicated (the transformer takes lodash's `intersection` of it).
  for (const rid of new Set(arr(collection.order).map(String))) {
    const r = byId.get(rid);
    if (r) items.push(item(r, byId));
  }
  const info = defined({
    _postman_id: typeof collection.id === "string" && collection.id ? collection.id : undefined,
    name: collection.name,
    description: collection.description ? clean(collection.description) : undefined,
    schema: SCHEMA,
  });
  return defined({
    info,
    item: items,
    auth: auth(collection, true) ?? undefined,
    event: events(collection),
    variable: variables(collection),
    protocolProfileBehavior: behaviour(collection),
  });
}
