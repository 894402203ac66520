/** Postman's request URL (a string, or an object of parts) → our URL text, Params and Path Variables. */
import type { PostmanUrl } from "../../http/postmanUrl";
import { unparsePostmanUrl, unparseQueryParam } from "../../http/postmanUrl";
import { paramRow, parseQuery, postmanParam, syncPathVariables } from "../../http/url";
import type { Extra, KeyValue } from "../../model";
import { at, ImportFailure, isObject, list, object, rest, text } from "./read";
import { keyValue } from "./rows";

/** The parts of a request that come from its URL. */
export interface ImportedUrl {
  url: string;
  params: KeyValue[];
  pathVariables: KeyValue[];
  /** Unknown fields of a URL object. */
  extra?: Extra;
}

/** host or path: a string, or an array of strings / `{value}` segments. */
function segments(value: unknown, path: string, sep: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  return list(value, path)
    .map((s, i) => (isObject(s) ? text(s.value, at(at(path, i), "value")) : text(s, at(path, i))))
    .join(sep);
}

/**
 * A URL object's text when it has no `raw`, as postman-collection's `Url#toString` writes it:
 * scheme, userinfo, host, port, path, enabled query, hash.
 */
function compose(o: Record<string, unknown>, path: string, params: KeyValue[]): string {
  const parts: PostmanUrl = {};
  const protocol = text(o.protocol, at(path, "protocol"));
  if (protocol) parts.protocol = protocol;
  if (isObject(o.auth)) {
    const user = text(o.auth.user, at(at(path, "auth"), "user"));
    parts.auth = { user };
    if (typeof o.auth.password === "string") parts.auth.password = o.auth.password;
  }
  const host = segments(o.host, at(path, "host"), ".");
  if (host) parts.host = [host];
  if (o.port !== undefined && o.port !== null) parts.port = text(o.port, at(path, "port"));
  if (o.path !== undefined && o.path !== null) {
    // A string path loses one leading `/`; "" is no path and "/" the empty one (as Postman).
    const p = segments(o.path, at(path, "path"), "/");
    const trimmed = typeof o.path === "string" && p.length > 1 ? p.replace(/^\//, "") : p;
    if (Array.isArray(o.path) || trimmed !== "") parts.path = trimmed === "/" ? [""] : [trimmed];
  }
  // Every enabled row counts here, blank ones too (`{key: ""}` is Postman's `?=`).
  const enabled = params.filter((p) => p.enabled).map(postmanParam);
  let url = unparsePostmanUrl(parts);
  if (enabled.length) url += `?${enabled.map(unparseQueryParam).join("&")}`;
  if (typeof o.hash === "string") url += `#${o.hash}`;
  return url;
}

/** A query row of a URL object; a null or missing value (or key) is kept as such. */
function queryRow(value: unknown, path: string): KeyValue {
  const row = keyValue(value, path);
  const o = object(value, path);
  const nulls = paramRow({
    key: o.key === null || o.key === undefined ? null : row.key,
    value: o.value === null || o.value === undefined ? null : row.value,
  });
  return nulls.extra ? { ...row, extra: { ...row.extra, ...nulls.extra } } : row;
}

/** Convert `request.url`; path variables come from `url.variable`, else from `:name` segments. */
export function importUrl(value: unknown, path: string): ImportedUrl {
  if (value === undefined || value === null) return { url: "", params: [], pathVariables: [] };
  if (typeof value === "string") {
    // As Postman parses a URL string: each `:name` a variable without a value.
    const pathVariables = syncPathVariables(value, []).map((row) => ({
      ...row,
      extra: { valueAbsent: true },
    }));
    return { url: value, params: parseQuery(value), pathVariables };
  }
  if (!isObject(value)) throw new ImportFailure(path, "expected string or object");
  const params = list(value.query, at(path, "query")).map((q, i) =>
    queryRow(q, at(at(path, "query"), i)),
  );
  const url = typeof value.raw === "string" ? value.raw : compose(value, path, params);
  const declared = list(value.variable, at(path, "variable")).map((v, i) => {
    const row = keyValue(v, at(at(path, "variable"), i));
    // Collection v2.0 names a path variable by `id`.
    const id = row.extra?.id;
    return row.key === "" && typeof id === "string" ? { ...row, key: id } : row;
  });
  // A `:name` the object did not declare is marked, so export leaves it out while blank.
  const fromUrl = syncPathVariables(url, declared).map((row) =>
    declared.includes(row) ? row : { ...row, extra: { implicit: true } },
  );
  // Keep declared rows whose segment is gone too: nothing is dropped on import.
  const pathVariables = [...fromUrl, ...declared.filter((d) => !fromUrl.includes(d))];
  const extra = rest(value, [
    "raw",
    "protocol",
    "host",
    "port",
    "path",
    "query",
    "hash",
    "variable",
  ]);
  return extra ? { url, params, pathVariables, extra } : { url, params, pathVariables };
}
