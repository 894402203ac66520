/**
 * Immutable request edits that keep the URL and its tables in step both ways: the URL's query
 * is the enabled Params rows, and the Path Variables table has one row per `:name` in the URL.
 */
import { keepsBody } from "../../../core/pipeline/protocolProfile";
import type { Auth, Body, Example, KeyValue, Request } from "../../../core/model";
import { parseQuery, syncPathVariables, withQuery } from "../../../core/http/url";

/**
 * Params after the URL changed: enabled rows are replaced in order by the URL's params (keeping
 * each replaced row's description), disabled rows stay where they were, extras are appended.
 */
export function mergeParams(existing: readonly KeyValue[], url: string): KeyValue[] {
  const parsed = parseQuery(url);
  let next = 0;
  const out: KeyValue[] = [];
  for (const row of existing) {
    if (!row.enabled) {
      out.push(row);
      continue;
    }
    const fresh = parsed[next++];
    if (!fresh) continue;
    out.push(row.description ? { ...fresh, description: row.description } : fresh);
  }
  return [...out, ...parsed.slice(next)];
}

/** The request with a new URL; params re-parsed and path variables following the URL. */
export function withUrl(request: Request, url: string): Request {
  return {
    ...request,
    url,
    params: mergeParams(request.params, url),
    pathVariables: syncPathVariables(url, request.pathVariables),
  };
}

/** The request with new Params rows; the URL's query is rewritten from the enabled ones. */
export function withParams(request: Request, params: KeyValue[]): Request {
  return { ...request, params, url: withQuery(request.url, params) };
}

/**
 * A body the user gives a GET (HEAD, COPY, PURGE, UNLOCK) is meant to be sent: mark the request
 * `disableBodyPruning`, as the Postman app does, since Newman and the pipeline drop such a body
 * otherwise (src/core/pipeline/protocolProfile.ts).
 */
function keepUserBody(request: Request): Request {
  if (request.body.mode === "none" || keepsBody(request.method, {})) return request;
  const behavior = request.settings.protocolProfileBehavior ?? {};
  if (behavior.disableBodyPruning === true) return request;
  return {
    ...request,
    settings: {
      ...request.settings,
      protocolProfileBehavior: { ...behavior, disableBodyPruning: true },
    },
  };
}

/** The request with its method set (upper case; blank means GET). */
export function withMethod(request: Request, method: string): Request {
  return keepUserBody({ ...request, method: method.trim().toUpperCase() || "GET" });
}

/** The request with part of its body replaced. */
export function withBody(request: Request, patch: Partial<Body>): Request {
  return keepUserBody({ ...request, body: { ...request.body, ...patch } });
}

/** The request with new auth. */
export function withAuth(request: Request, auth: Auth): Request {
  return { ...request, auth };
}

/** An auth attribute's value as text ("" when absent or not a string). */
export function authValue(auth: Auth, key: string): string {
  const value = auth.attributes.find((a) => a.key === key)?.value;
  return typeof value === "string" ? value : value === undefined ? "" : String(value);
}

/** Auth with attribute `key` set to `value` (added when missing, with type "string"). */
export function setAuthValue(auth: Auth, key: string, value: string): Auth {
  const has = auth.attributes.some((a) => a.key === key);
  const attributes = has
    ? auth.attributes.map((a) => (a.key === key ? { ...a, value } : a))
    : [...auth.attributes, { key, value, type: "string" }];
  return { ...auth, attributes };
}

/** The request with example `id` changed by `patch` (other examples untouched). */
export function withExample(request: Request, id: string, patch: Partial<Example>): Request {
  return {
    ...request,
    examples: request.examples.map((e) => (e.id === id ? { ...e, ...patch } : e)),
  };
}

/** The request without example `id`. */
export function withoutExample(request: Request, id: string): Request {
  return { ...request, examples: request.examples.filter((e) => e.id !== id) };
}
