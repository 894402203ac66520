/**
 * A collection → an OpenAPI 3.1 document: one operation per request (path from its URL with
 * `:vars` and `{{vars}}` as `{vars}`), parameters from params, path variables and headers,
 * request bodies from raw JSON and forms, tags from top folders, servers from a leading
 * `{{baseUrl}}` (or the URLs' origins) and responses from saved examples.
 * @see https://spec.openapis.org/oas/v3.1.0
 */
import { splitUrl } from "../http/url";
import type { Auth, Body, Example, Folder, KeyValue, Request } from "../model";
import type { CollectionTree } from "./postman";

type Out = Record<string, unknown>;

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
/** Headers OpenAPI describes elsewhere (content negotiation, auth). */
const RESERVED_HEADERS = new Set(["accept", "content-type", "authorization"]);

/** A JSON Schema for an example value (objects, arrays, primitives), depth-limited. */
function schemaOf(value: unknown, depth = 0): Out {
  if (depth > 20) return {};
  if (Array.isArray(value)) {
    return { type: "array", items: value.length ? schemaOf(value[0], depth + 1) : {} };
  }
  if (value === null) return { type: "null" };
  if (typeof value === "object") {
    const properties: Out = {};
    for (const [k, v] of Object.entries(value)) properties[k] = schemaOf(v, depth + 1);
    return { type: "object", properties };
  }
  if (typeof value === "number") return { type: Number.isInteger(value) ? "integer" : "number" };
  if (typeof value === "boolean") return { type: "boolean" };
  return { type: "string" };
}

/** Media content for a text body: parsed JSON gets a schema and example, the rest a string. */
function content(mime: string, text: string): Out {
  if (/json/i.test(mime)) {
    try {
      const value: unknown = JSON.parse(text);
      return { [mime]: { schema: schemaOf(value), example: value } };
    } catch {
      // Not JSON after all (templates, comments): described as text below.
    }
  }
  return { [mime]: { schema: { type: "string" }, ...(text ? { example: text } : {}) } };
}

const formSchema = (rows: { key: string; value: string; file?: boolean }[]): Out => ({
  type: "object",
  properties: Object.fromEntries(
    rows.map((r) => [
      r.key,
      r.file
        ? { type: "string", contentMediaType: "application/octet-stream" }
        : { type: "string", example: r.value },
    ]),
  ),
});

function requestBody(b: Body): Out | undefined {
  if (b.disabled) return undefined;
  const types: Record<string, string> = {
    json: "application/json",
    xml: "application/xml",
    html: "text/html",
    text: "text/plain",
    javascript: "application/javascript",
  };
  switch (b.mode) {
    case "raw":
      return { content: content(types[b.language] ?? "text/plain", b.raw) };
    case "urlencoded":
      return {
        content: {
          "application/x-www-form-urlencoded": {
            schema: formSchema(b.urlencoded.filter((r) => r.enabled)),
          },
        },
      };
    case "formdata": {
      const rows = b.formdata
        .filter((f) => f.enabled)
        .map((f) => ({ ...f, file: f.type === "file" }));
      return { content: { "multipart/form-data": { schema: formSchema(rows) } } };
    }
    case "graphql":
      return { content: content("application/json", JSON.stringify({ query: b.graphql.query })) };
    case "file":
      return { content: { [b.file?.contentType ?? "application/octet-stream"]: {} } };
    default:
      return undefined;
  }
}

function responses(examples: readonly Example[]): Out {
  const out: Out = {};
  for (const ex of examples) {
    const code = ex.status >= 100 && ex.status <= 599 ? String(ex.status) : "default";
    if (out[code]) continue;
    const mime = ex.headers.find((h) => h.key.toLowerCase() === "content-type")?.value;
    const res: Out = { description: ex.statusText || ex.name || "Response" };
    if (ex.body) res.content = content((mime ?? "text/plain").split(";")[0]!.trim(), ex.body);
    out[code] = res;
  }
  return Object.keys(out).length ? out : { default: { description: "Response" } };
}

/** URL → server and OpenAPI path (`/users/{id}`), with the names of path parameters. */
function splitServer(
  url: string,
  vars: Map<string, string>,
): { server: string; path: string; names: string[] } {
  const base = splitUrl(url).base;
  const lead = /^\{\{([^{}]+)\}\}/.exec(base);
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(base);
  let server: string;
  let rest: string;
  if (lead) {
    server = vars.get(lead[1]!) ?? `{${lead[1]!}}`;
    rest = base.slice(lead[0].length);
  } else if (origin) {
    server = origin[0];
    rest = base.slice(origin[0].length);
  } else {
    const slash = base.indexOf("/");
    server = slash < 0 ? base : base.slice(0, slash);
    rest = slash < 0 ? "" : base.slice(slash);
  }
  const names: string[] = [];
  const path = (rest.startsWith("/") ? rest : `/${rest}`).replace(
    /\/:([^/]+)|\{\{([^{}]+)\}\}/g,
    (m, colon: string | undefined, braces: string | undefined) => {
      const name = colon ?? braces ?? "";
      names.push(name);
      return m.startsWith("/") ? `/{${name}}` : `{${name}}`;
    },
  );
  return { server: server.replace(/\/$/, ""), path, names };
}

function parameters(r: Request, names: string[]): Out[] {
  const example = (rows: readonly KeyValue[], key: string) =>
    rows.find((v) => v.key === key)?.value;
  const path = [...new Set(names)].map((name) => {
    const value = example(r.pathVariables, name);
    const p: Out = { name, in: "path", required: true, schema: { type: "string" } };
    if (value) p.example = value;
    return p;
  });
  const query = r.params
    .filter((p) => p.enabled && p.key)
    .map((p) => ({ name: p.key, in: "query", schema: { type: "string" }, example: p.value }));
  const headers = r.headers
    .filter((h) => h.enabled && h.key && !RESERVED_HEADERS.has(h.key.toLowerCase()))
    .map((h) => ({ name: h.key, in: "header", schema: { type: "string" }, example: h.value }));
  return [...path, ...query, ...headers];
}

/** The auth a request runs with: its own, else its folders', else the collection's. */
function effectiveAuth(r: Request, tree: CollectionTree): Auth {
  if (r.auth.type !== "inherit") return r.auth;
  const seen = new Set<string>();
  for (let id = r.parentId; id && !seen.has(id);) {
    seen.add(id);
    const f = tree.folders.find((x) => x.id === id);
    if (!f) break;
    if (f.auth.type !== "inherit") return f.auth;
    id = f.parentId;
  }
  return tree.collection.auth;
}

/** A security scheme for an auth, keyed by a stable name; undefined when OpenAPI has none. */
function scheme(a: Auth): [string, Out] | undefined {
  const attr = (k: string) => a.attributes.find((x) => x.key === k)?.value;
  if (a.type === "basic") return ["basicAuth", { type: "http", scheme: "basic" }];
  if (a.type === "bearer") return ["bearerAuth", { type: "http", scheme: "bearer" }];
  if (a.type === "digest") return ["digestAuth", { type: "http", scheme: "digest" }];
  if (a.type === "oauth2") return ["oauth2", { type: "oauth2", flows: {} }];
  if (a.type !== "apikey") return undefined;
  const where = attr("in") === "query" ? "query" : "header";
  const name = typeof attr("key") === "string" ? (attr("key") as string) : "X-API-Key";
  return [`apiKey_${where}_${name}`.replace(/[^\w.-]/g, "_"), { type: "apiKey", in: where, name }];
}

/** A server entry; `{name}` placeholders get declared server variables. */
function serverObject(url: string): Out {
  const names = [...url.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
  if (!names.length) return { url };
  return { url, variables: Object.fromEntries(names.map((n) => [n, { default: "" }])) };
}

/** The top-level folder a request sits in (its tag), if any. */
function topFolder(r: Request, byId: Map<string, Folder>): Folder | undefined {
  let f = r.parentId ? byId.get(r.parentId) : undefined;
  for (let i = 0; f?.parentId && i < 100; i++) f = byId.get(f.parentId) ?? f;
  return f;
}

const camel = (s: string) =>
  s
    .replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))
    .replace(/^./, (c) => c.toLowerCase()) || "operation";

/** The collection as an OpenAPI 3.1 document (a plain object; JSON.stringify it to save). */
export function collectionToOpenApi(tree: CollectionTree): Out {
  const c = tree.collection;
  const vars = new Map(c.variables.map((v) => [v.key, String(v.value)]));
  const byId = new Map(tree.folders.map((f) => [f.id, f]));
  const paths: Record<string, Out> = {};
  const servers: string[] = [];
  const tags = new Map<string, Out>();
  const schemes: Out = {};
  const ids = new Set<string>();
  const ordered = [...tree.requests].sort((a, b) => a.sort - b.sort);
  for (const r of ordered) {
    const method = r.method.toLowerCase();
    if (!METHODS.has(method)) continue;
    const { server, path, names } = splitServer(r.url, vars);
    const item = (paths[path] ??= {});
    if (item[method]) continue;
    if (server && !servers.includes(server)) servers.push(server);
    let id = camel(r.name);
    for (let n = 2; ids.has(id); n++) id = `${camel(r.name)}${n}`;
    ids.add(id);
    const op: Out = { operationId: id, summary: r.name };
    if (r.description) op.description = r.description;
    const top = topFolder(r, byId);
    if (top) {
      op.tags = [top.name];
      if (!tags.has(top.name))
        tags.set(
          top.name,
          top.description ? { name: top.name, description: top.description } : { name: top.name },
        );
    }
    const params = parameters(r, names);
    if (params.length) op.parameters = params;
    const body = requestBody(r.body);
    if (body) op.requestBody = body;
    op.responses = responses(r.examples);
    const sec = scheme(effectiveAuth(r, tree));
    if (sec) {
      schemes[sec[0]] = sec[1];
      op.security = [{ [sec[0]]: [] }];
    }
    if (servers.length > 1 && server && server !== servers[0]) op.servers = [{ url: server }];
    item[method] = op;
  }
  const doc: Out = {
    openapi: "3.1.0",
    info: {
      title: c.name || "Untitled",
      version: "1.0.0",
      ...(c.description ? { description: c.description } : {}),
    },
  };
  if (servers.length) doc.servers = servers.map(serverObject);
  if (tags.size) doc.tags = [...tags.values()];
  doc.paths = paths;
  if (Object.keys(schemes).length) doc.components = { securitySchemes: schemes };
  return doc;
}
