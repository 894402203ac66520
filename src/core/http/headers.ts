/**
 * Request headers a browser will not let a page set, and the ones it adds by itself.
 * @see https://fetch.spec.whatwg.org/#forbidden-request-header
 */
import type { KeyValue } from "../model";
import type { HttpRequest } from "./transport";
import { splitUrl } from "./url";

/** Fetch's forbidden request header names, lower case. */
export const FORBIDDEN_HEADER_NAMES: ReadonlySet<string> = new Set([
  "accept-charset",
  "accept-encoding",
  "access-control-request-headers",
  "access-control-request-method",
  "access-control-request-private-network",
  "connection",
  "content-length",
  "cookie",
  "cookie2",
  "date",
  "dnt",
  "expect",
  "host",
  "keep-alive",
  "origin",
  "referer",
  "set-cookie",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "via",
]);

/** Fetch's forbidden prefixes, lower case. */
export const FORBIDDEN_HEADER_PREFIXES: readonly string[] = ["proxy-", "sec-"];

/** Whether a browser page may not set this header name. */
export function isForbiddenHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return (
    FORBIDDEN_HEADER_NAMES.has(lower) || FORBIDDEN_HEADER_PREFIXES.some((p) => lower.startsWith(p))
  );
}

/** Names (as typed, once each) of enabled headers the browser will refuse to send. */
export function forbiddenHeaders(
  headers: readonly KeyValue[] | readonly [string, string][],
): string[] {
  const names = headers.flatMap((h) =>
    Array.isArray(h) ? [h[0]] : (h as KeyValue).enabled ? [(h as KeyValue).key] : [],
  );
  const seen = new Set<string>();
  return names.filter((n) => {
    const lower = n.toLowerCase();
    if (!isForbiddenHeader(n) || seen.has(lower)) return false;
    seen.add(lower);
    return true;
  });
}

/** The value of header `name` (case-insensitive), first match. */
export function headerValue(
  headers: readonly [string, string][],
  name: string,
): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}

/** `scheme://host[:port]` of a URL, or undefined when it has none. */
export function originOf(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(splitUrl(url).base);
  return m?.[1]?.toLowerCase();
}

const hostOf = (url: string) => originOf(url)?.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");

/**
 * Headers the browser adds on its own, for the read-only list under the user's headers:
 * `[name, value or a description in parentheses]`.
 */
export function browserAddedHeaders(req: HttpRequest, pageOrigin: string): [string, string][] {
  const out: [string, string][] = [];
  const host = hostOf(req.url);
  if (host) out.push(["Host", host]);
  out.push(["Connection", "keep-alive"]);
  out.push(["User-Agent", "(this browser's user agent)"]);
  if (!headerValue(req.headers, "accept")) out.push(["Accept", "*/*"]);
  out.push(["Accept-Encoding", "gzip, deflate, br, zstd"]);
  out.push(["Accept-Language", "(this browser's languages)"]);
  const method = req.method.toUpperCase();
  const crossOrigin = originOf(req.url) !== pageOrigin.toLowerCase();
  if (crossOrigin || (method !== "GET" && method !== "HEAD")) out.push(["Origin", pageOrigin]);
  out.push(["Referer", `${pageOrigin}/`]);
  if (req.body) out.push(["Content-Length", "(computed from the body)"]);
  if (req.body?.kind === "multipart" && !headerValue(req.headers, "content-type")) {
    out.push(["Content-Type", "multipart/form-data; boundary=(chosen by the browser)"]);
  }
  out.push(["Sec-Fetch-Mode", crossOrigin ? "cors" : "same-origin"]);
  return out;
}
