/**
 * Turn collected cURL options into a Satchel Request that sends what curl sends: method (its case
 * kept), URL (with `-G` data and `--url-query` appended), headers, body, auth and settings
 * (`-L`, `--max-time`; curl does not follow redirects unless told to).
 */
import type { Deps } from "../../factory";
import { makeRequest } from "../../factory";
import { parseQuery, splitUrl, joinUrl, syncPathVariables } from "../../http/url";
import type { Body, Id, Request } from "../../model";
import { authOf } from "./auth";
import { bodyOf, queryData } from "./body";
import type { CurlOptions } from "./collect";
import { dataPiece } from "./data";
import { headerRows } from "./headers";

/** `url` with `query` appended as curl appends it: after `?`, or after `&` when there is a query. */
export function appendQuery(url: string, query: string): string {
  const parts = splitUrl(url);
  parts.query = parts.query ? `${parts.query}&${query}` : query;
  return joinUrl(parts);
}

/** `--url-query`: `+` sends the rest as is, anything else is encoded like `--data-urlencode`. */
function urlQueryPiece(value: string, o: CurlOptions): string {
  if (value.startsWith("+")) return value.slice(1);
  const p = dataPiece({ kind: "data-urlencode", value });
  if ("text" in p) return p.text;
  o.warnings.push(`The query data in the file ${p.file.path} is not read; it is left out.`);
  return "";
}

/** A URL pattern curl's globbing expands into several transfers. */
const GLOB = /\{[^}]*,[^}]*\}|\[[^\]]+-[^\]]+\]/;

/** The URL curl requests. */
function urlOf(o: CurlOptions): string {
  let url = o.urls[0] ?? "";
  if (!o.globoff && GLOB.test(url.replace(/#.*$/, ""))) {
    o.warnings.push("curl would expand the URL's {a,b} or [1-3] pattern (unless -g); kept as is.");
  }
  if (o.uploadFile !== undefined && /\/$/.test(splitUrl(url).base)) {
    const name = o.uploadFile.replace(/^.*[\\/]/, "");
    const parts = splitUrl(url);
    url = joinUrl({ ...parts, base: parts.base + name });
  }
  const urlQuery = o.urlQueries.map((q) => urlQueryPiece(q, o)).filter((q) => q !== "");
  if (urlQuery.length) url = appendQuery(url, urlQuery.join("&"));
  if (o.get && o.data.length) url = appendQuery(url, queryData(o));
  return url;
}

/** The method curl uses: `-X` as written, else what the other options imply. */
function methodOf(o: CurlOptions, b: Body): string {
  if (o.method !== undefined) return o.method;
  if (o.head) return "HEAD";
  if (o.get) return "GET";
  if (o.uploadFile !== undefined) return "PUT";
  return b.mode === "none" ? "GET" : "POST";
}

/** Seconds (curl accepts fractions) as milliseconds, or undefined when not a positive number. */
function millis(seconds: string | undefined): number | undefined {
  const n = Number(seconds);
  return seconds !== undefined && Number.isFinite(n) && n > 0 ? Math.round(n * 1000) : undefined;
}

/** Build the Request; `name` defaults to the URL. */
export function buildRequest(o: CurlOptions, deps: Deps, collectionId: Id, name?: string): Request {
  if (o.urls.length > 1) o.warnings.push(`Only the first URL is used (${o.urls.length} given).`);
  const headers = headerRows(o);
  const b = bodyOf(o, headers);
  const url = urlOf(o);
  const request = makeRequest(deps, {
    collectionId,
    name: name ?? url,
    method: methodOf(o, b),
    url,
    params: parseQuery(url),
    pathVariables: syncPathVariables(url, []),
    headers: headers.rows,
    body: b,
    auth: authOf(o),
  });
  request.settings.followRedirects = o.location;
  const timeoutMs = millis(o.maxTime);
  if (timeoutMs !== undefined) request.settings.timeoutMs = timeoutMs;
  const curl: Record<string, boolean | number> = {};
  if (o.insecure) curl.insecure = true;
  if (o.compressed) curl.compressed = true;
  const connectTimeoutMs = millis(o.connectTimeout);
  if (connectTimeoutMs !== undefined) curl.connectTimeoutMs = connectTimeoutMs;
  if (Object.keys(curl).length) request.extra = { curl };
  return request;
}
