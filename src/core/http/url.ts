/**
 * The URL text and the Params / Path Variables tables, kept in step both ways. Nothing is
 * decoded or re-encoded: what the user typed (including `{{vars}}` and `%xx`) stays as typed.
 * Where the query and hash start, and how the query splits into params, follow Postman's URL
 * parser (./postmanUrl.ts): a `{{variable}}` whose name holds `#`, `?` or `&` is not cut.
 */
import type { KeyValue } from "../model";
import type { PostmanQueryParam } from "./postmanUrl";
import { maskReservedVariables, parsePostmanUrl, unparseQueryParam } from "./postmanUrl";

/** A URL cut at its first `?` and the `#` after it; query and hash exclude their markers. */
export interface UrlParts {
  base: string;
  query?: string;
  hash?: string;
}

/**
 * Split a URL into base, query and hash without touching their text: the hash at the first
 * `#`, the query at the first `?` before it, neither inside such a `{{variable}}`.
 */
export function splitUrl(url: string): UrlParts {
  const masked = maskReservedVariables(url);
  const hashAt = masked.indexOf("#");
  const end = hashAt < 0 ? url.length : hashAt;
  const queryAt = masked.slice(0, end).indexOf("?");
  const parts: UrlParts = { base: url.slice(0, queryAt < 0 ? end : queryAt) };
  if (queryAt >= 0) parts.query = url.slice(queryAt + 1, end);
  if (hashAt >= 0) parts.hash = url.slice(hashAt + 1);
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

/**
 * Markers in a row's `extra` for what a string cannot say: `valueless` is a param typed without
 * `=` (Postman's `value: null`, `?flag`), `nullKey` the empty segment of `&&` (`key: null`).
 */
const VALUELESS = "valueless";
const NULL_KEY = "nullKey";

/** A Postman query param as a table row (enabled), its nulls kept as markers. */
export function paramRow(p: PostmanQueryParam): KeyValue {
  const row: KeyValue = { key: p.key ?? "", value: p.value ?? "", enabled: true };
  if (p.value === null || p.key === null) {
    row.extra = { ...(p.value === null ? { [VALUELESS]: true } : {}) };
    if (p.key === null) row.extra[NULL_KEY] = true;
  }
  return row;
}

/** A table row as a Postman query param (the inverse of paramRow). */
export function postmanParam(row: KeyValue): PostmanQueryParam {
  return {
    key: row.key === "" && row.extra?.[NULL_KEY] === true ? null : row.key,
    value: row.value === "" && row.extra?.[VALUELESS] === true ? null : row.value,
  };
}

/**
 * The query of `url` as table rows (all enabled), in order, as Postman splits it: `?a` is a
 * value-less row, `a&&b` keeps an empty row for its empty middle, a bare `?` is one empty row.
 */
export function parseQuery(url: string): KeyValue[] {
  return (parsePostmanUrl(url).query ?? []).map(paramRow);
}

/** A row the URL leaves out: disabled, or a blank row typed in the table (not a parsed one). */
const leftOut = (p: KeyValue) =>
  !p.enabled || (p.key === "" && p.value === "" && p.extra?.[VALUELESS] !== true);

/** `params` rendered as a query string (enabled rows only, no `?`), as Postman writes it. */
export function queryString(params: readonly KeyValue[]): string {
  return params
    .filter((p) => !leftOut(p))
    .map((p) => unparseQueryParam(postmanParam(p)))
    .join("&");
}

/**
 * `url` with its query replaced by the enabled `params`; disabled rows stay in the table but
 * leave the URL. The hash is kept; no `?` is left when no row is in the URL.
 */
export function withQuery(url: string, params: readonly KeyValue[]): string {
  const parts = splitUrl(url);
  const next: UrlParts = { base: parts.base };
  if (params.some((p) => !leftOut(p))) next.query = queryString(params);
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
  // As Postman: a segment starting with `:` names a variable up to its first `.` (`:id.json`).
  const re = /\/:([^/.]+)/g;
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

/**
 * Replace `:name` segments by `valueOf(name)`; names it returns undefined or "" for stay as typed
 * (Postman fills a path variable only with a non-empty value).
 */
export function fillPathVariables(
  url: string,
  valueOf: (name: string) => string | undefined,
): string {
  const segments = pathVariableSegments(url);
  let out = url;
  for (const s of [...segments].reverse()) {
    const value = valueOf(s.name);
    if (value) out = out.slice(0, s.from) + value + out.slice(s.to);
  }
  return out;
}
