/** Postman's request URL (a string, or an object of parts) → our URL text, Params and Path Variables. */
import { parseQuery, queryString, syncPathVariables } from "../../http/url";
import type { Extra, KeyValue } from "../../model";
import { at, ImportFailure, isObject, list, rest, text } from "./read";
import { keyValue, keyValues } from "./rows";

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

/** A URL object's text when it has no `raw`: scheme, host, port, path, enabled query, hash. */
function compose(o: Record<string, unknown>, path: string, params: KeyValue[]): string {
  const protocol = text(o.protocol, at(path, "protocol"));
  const host = segments(o.host, at(path, "host"), ".");
  const port = text(o.port, at(path, "port"));
  const p = segments(o.path, at(path, "path"), "/");
  const query = queryString(params);
  const hash = text(o.hash, at(path, "hash"));
  let url = protocol ? `${protocol}://${host}` : host;
  if (port) url += `:${port}`;
  if (p) url += p.startsWith("/") ? p : `/${p}`;
  if (query) url += `?${query}`;
  if (hash) url += `#${hash}`;
  return url;
}

/** Convert `request.url`; path variables come from `url.variable`, else from `:name` segments. */
export function importUrl(value: unknown, path: string): ImportedUrl {
  if (value === undefined || value === null) return { url: "", params: [], pathVariables: [] };
  if (typeof value === "string") {
    return { url: value, params: parseQuery(value), pathVariables: syncPathVariables(value, []) };
  }
  if (!isObject(value)) throw new ImportFailure(path, "expected string or object");
  const params = keyValues(value.query, at(path, "query"));
  const url = typeof value.raw === "string" ? value.raw : compose(value, path, params);
  const declared = list(value.variable, at(path, "variable")).map((v, i) => {
    const row = keyValue(v, at(at(path, "variable"), i));
    // Collection v2.0 names a path variable by `id`.
    const id = row.extra?.id;
    return row.key === "" && typeof id === "string" ? { ...row, key: id } : row;
  });
  const fromUrl = syncPathVariables(url, declared);
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
