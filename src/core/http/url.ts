/**
 * The URL text and the Params / Path Variables tables, kept in step both ways. Nothing is
 * decoded or re-encoded: what the user typed (including `{{vars}}` and `%xx`) stays as typed.
 */
import type { KeyValue } from "../model";

/** A URL cut at its first `?` and the `#` after it; query and hash exclude their markers. */
export interface UrlParts {
  base: string;
  query?: string;
  hash?: string;
}

/** Split a URL into base, query and hash without touching their text. */
export function splitUrl(url: string): UrlParts {
  const hashAt = url.indexOf("#");
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? undefined : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf("?");
  const parts: UrlParts = { base: queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt) };
  if (queryAt >= 0) parts.query = beforeHash.slice(queryAt + 1);
  if (hash !== undefined) parts.hash = hash;
  return parts;
}

/** Join parts back; the inverse of splitUrl. */
export function joinUrl(parts: UrlParts): string {
  let url = parts.base;
  if (parts.query !== undefined) url += `?${parts.query}`;
  if (parts.hash !== undefined) url += `#${parts.hash}`;
  return url;
}

/** Add `http://` when the URL names no scheme, as Postman does. */
export function ensureScheme(url: string): string {
  const trimmed = url.trim();
  if (trimmed === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  return `http://${trimmed}`;
}

/** A param typed without `=` (`?flag`) is marked so it is written back the same way. */
const VALUELESS = "valueless";

/** The query of `url` as table rows (all enabled), in order. Empty `&&` segments are dropped. */
export function parseQuery(url: string): KeyValue[] {
  const { query } = splitUrl(url);
  if (!query) return [];
  return query
    .split("&")
    .filter((segment) => segment !== "")
    .map((segment) => {
      const eq = segment.indexOf("=");
      if (eq < 0) return { key: segment, value: "", enabled: true, extra: { [VALUELESS]: true } };
      return { key: segment.slice(0, eq), value: segment.slice(eq + 1), enabled: true };
    });
}

/** Escape only what would change the query's structure. */
const escapeKey = (s: string) => s.replace(/[&=#]/g, (c) => encodeURIComponent(c));
const escapeValue = (s: string) => s.replace(/[&#]/g, (c) => encodeURIComponent(c));

/** One `key=value` (or `key` for a value-less row). */
function queryPair(p: KeyValue): string {
  if (p.value === "" && p.extra?.[VALUELESS] === true) return escapeKey(p.key);
  return `${escapeKey(p.key)}=${escapeValue(p.value)}`;
}

/** `params` rendered as a query string (enabled rows only, no `?`). */
export function queryString(params: readonly KeyValue[]): string {
  return params
    .filter((p) => p.enabled && (p.key !== "" || p.value !== ""))
    .map(queryPair)
    .join("&");
}

/**
 * `url` with its query replaced by the enabled `params`; disabled rows stay in the table but
 * leave the URL. The hash is kept; no `?` is left when nothing is enabled.
 */
export function withQuery(url: string, params: readonly KeyValue[]): string {
  const parts = splitUrl(url);
  const query = queryString(params);
  const next: UrlParts = { base: parts.base };
  if (query !== "") next.query = query;
  if (parts.hash !== undefined) next.hash = parts.hash;
  return joinUrl(next);
}

/** Where the path starts in a base URL: after `scheme://host[:port]`, or after the first segment. */
function pathStart(masked: string): number {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(masked);
  const hostFrom = scheme ? scheme[0].length : 0;
  const slash = masked.indexOf("/", hostFrom);
  return slash < 0 ? masked.length : slash;
}

/** Blank out `{{…}}` tokens (same length) so their insides never look like URL syntax. */
const maskTokens = (s: string) => s.replace(/\{\{[^{}]*\}\}/g, (m) => "_".repeat(m.length));

/** `:name` path segments of `url` with their positions (not ports, not inside `{{ }}`). */
export function pathVariableSegments(url: string): { name: string; from: number; to: number }[] {
  const { base } = splitUrl(url);
  const masked = maskTokens(base);
  const start = pathStart(masked);
  const out: { name: string; from: number; to: number }[] = [];
  const re = /\/:([^/]+)/g;
  re.lastIndex = start;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const from = m.index + 1;
    const to = from + m[0].length - 1;
    out.push({ name: base.slice(from + 1, to), from, to });
  }
  return out;
}

/** Names of the `:name` path variables in `url`, in order, without duplicates. */
export function pathVariableNames(url: string): string[] {
  return [...new Set(pathVariableSegments(url).map((s) => s.name))];
}

/** The Path Variables table for `url`: one row per name, keeping rows of names that remain. */
export function syncPathVariables(url: string, existing: readonly KeyValue[]): KeyValue[] {
  return pathVariableNames(url).map(
    (name) => existing.find((row) => row.key === name) ?? { key: name, value: "", enabled: true },
  );
}

/** Replace `:name` segments by `valueOf(name)`; names it returns undefined for stay as typed. */
export function fillPathVariables(
  url: string,
  valueOf: (name: string) => string | undefined,
): string {
  const segments = pathVariableSegments(url);
  let out = url;
  for (const s of [...segments].reverse()) {
    const value = valueOf(s.name);
    if (value !== undefined) out = out.slice(0, s.from) + value + out.slice(s.to);
  }
  return out;
}
