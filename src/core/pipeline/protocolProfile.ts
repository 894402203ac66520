/**
 * Postman's protocolProfileBehavior: settings on a request, a folder or the collection, the
 * innermost one winning key by key (postman-collection's Item#getProtocolProfileBehaviorResolved),
 * and what they mean for a send — the SendOptions fields transports honour, whether a body goes
 * out with a GET, and whether the jar takes part.
 * @see node_modules/postman-runtime/lib/requester/core.js (getRequestOptions, getRequestBody)
 */
import { withCookieHeader } from "../cookies/index";
import type { CookieJar } from "../cookies/types";
import type { Ancestors } from "../http/auth";
import { headerValue } from "../http/headers";
import type { HttpRequest, RedirectCookies, SendOptions } from "../http/transport";
import type { Request } from "../model";

/** The behaviours Satchel acts on, merged and type-checked (anything else is ignored). */
export interface ProtocolProfile {
  followRedirects?: boolean;
  followOriginalHttpMethod?: boolean;
  followAuthorizationHeader?: boolean;
  removeRefererHeaderOnRedirect?: boolean;
  maxRedirects?: number;
  /** Send a body with GET, HEAD, COPY, PURGE and UNLOCK (Newman drops it otherwise). */
  disableBodyPruning?: boolean;
  /** Check the server's certificate (false: accept any, like `--insecure`). */
  strictSSL?: boolean;
  insecureHTTPParser?: boolean;
  /** Neither send the jar's cookies nor keep the response's. */
  disableCookies?: boolean;
}

const BOOLEANS = [
  "followRedirects",
  "followOriginalHttpMethod",
  "followAuthorizationHeader",
  "removeRefererHeaderOnRedirect",
  "disableBodyPruning",
  "strictSSL",
  "insecureHTTPParser",
  "disableCookies",
] as const;

/** Methods whose body Newman prunes unless disableBodyPruning (postman-runtime's list). */
const METHODS_WITHOUT_BODY = new Set(["GET", "COPY", "HEAD", "PURGE", "UNLOCK"]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The behaviours of one level that have the right type. */
function readLevel(raw: unknown): ProtocolProfile {
  if (!isRecord(raw)) return {};
  const out: ProtocolProfile = {};
  for (const key of BOOLEANS) {
    const v = raw[key];
    if (typeof v === "boolean") out[key] = v;
  }
  const max = raw.maxRedirects;
  if (typeof max === "number" && Number.isInteger(max) && max >= 0) out.maxRedirects = max;
  return out;
}

/**
 * The behaviour that applies to `request`: the collection's, then each folder's (outer to inner),
 * then the request's own, a later level overriding an earlier one key by key. The request's
 * followRedirects setting (the one the app edits) counts as its own.
 */
export function resolveProtocolProfile(
  request: Pick<Request, "settings">,
  ancestors: Ancestors,
): ProtocolProfile {
  const levels = [
    ancestors.collection.extra?.protocolProfileBehavior,
    ...ancestors.folders.map((f) => f.extra?.protocolProfileBehavior),
    request.settings.protocolProfileBehavior,
  ];
  const merged: ProtocolProfile = {};
  for (const level of levels) Object.assign(merged, readLevel(level));
  if (typeof request.settings.followRedirects === "boolean") {
    merged.followRedirects = request.settings.followRedirects;
  }
  return merged;
}

/**
 * The SendOptions fields `profile` sets (only those it has an opinion on). `strictSSL` becomes
 * `tls.verify`; merge it over any TLS settings of the send.
 */
export function profileSendOptions(profile: ProtocolProfile): SendOptions {
  const out: SendOptions = {};
  if (profile.followRedirects !== undefined) out.followRedirects = profile.followRedirects;
  if (profile.maxRedirects !== undefined) out.maxRedirects = profile.maxRedirects;
  if (profile.followOriginalHttpMethod) out.followOriginalHttpMethod = true;
  if (profile.followAuthorizationHeader) out.followAuthorizationHeader = true;
  if (profile.removeRefererHeaderOnRedirect) out.removeRefererHeaderOnRedirect = true;
  if (profile.insecureHTTPParser) out.insecureHTTPParser = true;
  if (profile.strictSSL !== undefined) out.tls = { verify: profile.strictSSL };
  return out;
}

/** Whether a `method` request keeps its body under `profile` (Newman prunes GET bodies). */
export function keepsBody(method: string, profile: ProtocolProfile): boolean {
  return profile.disableBodyPruning === true || !METHODS_WITHOUT_BODY.has(method.toUpperCase());
}

/**
 * `http` as Newman sends it under `profile`: a GET (HEAD, COPY, PURGE, UNLOCK) without its body
 * unless disableBodyPruning, and then without the Content-Type the body implied — a Content-Type
 * among the stored request's own enabled headers stays, as in Newman.
 */
export function pruneBody(
  http: HttpRequest,
  request: Pick<Request, "headers">,
  profile: ProtocolProfile,
): HttpRequest {
  if (!http.body || keepsBody(http.method, profile)) return http;
  const own = request.headers.some(
    (h) => h.enabled && h.key.trim().toLowerCase() === "content-type",
  );
  const { body: _pruned, ...rest } = http;
  if (own || headerValue(http.headers, "content-type") === undefined) return rest;
  return { ...rest, headers: http.headers.filter(([k]) => k.toLowerCase() !== "content-type") };
}

/**
 * The jar as SendOptions.cookies, for the hops after the first: each hop's Cookie header is the
 * user's own Cookie header (from `headers`, the request before the jar's cookies were added) then
 * the jar's cookies for the hop's URL — "user; jar", as the first request's and as Newman's
 * requester sends them — and each redirect response's Set-Cookie goes into the jar at once.
 */
export function redirectCookies(
  jar: Pick<CookieJar, "cookiesFor" | "store">,
  headers: readonly [string, string][],
): RedirectCookies {
  return {
    header: (url) => headerValue(withCookieHeader(headers, jar.cookiesFor(url)), "cookie"),
    store: (url, lines) => void jar.store(url, lines),
  };
}
