/**
 * Cookies as Postman scripts see them: postman-collection's Cookie (`pm.cookies` members and the
 * results of `pm.cookies.jar()`), made from the jar's records.
 * @see node_modules/postman-collection/lib/collection/cookie.js
 * @see node_modules/postman-runtime/lib/requester/requester.js (toPostmanCookie)
 */
import type { CookieRecord, ScriptCookie } from "./types";

/** Postman's `_.ensureEncoded`: decode what is already encoded, then encode. */
export function ensureEncoded(text: string): string {
  let s = text;
  try {
    s = decodeURIComponent(s);
  } catch {
    // Not encoded (a lone "%"): encode as is.
  }
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Milliseconds of a cookie's expiry as tough-cookie computes it (Max-Age counts from the last access). */
export function expiryOf(c: CookieRecord): number {
  if (c.maxAge !== undefined && c.maxAge !== null) {
    if (c.maxAge === "Infinity") return Infinity;
    const maxAge = typeof c.maxAge === "number" ? c.maxAge : -Infinity;
    if (maxAge <= 0) return -Infinity;
    const from = Date.parse(c.lastAccessed ?? c.creation ?? "");
    return Number.isFinite(from) ? from + maxAge * 1000 : Infinity;
  }
  const at = c.expires === undefined ? NaN : Date.parse(c.expires);
  return Number.isFinite(at) ? at : Infinity;
}

/**
 * A record in Postman's script shape. `pm.cookies` (the requester's list) shows when a cookie
 * expires, Max-Age included ("list"); the jar's callbacks show only an Expires attribute ("jar").
 */
export function toScriptCookie(c: CookieRecord, view: "list" | "jar"): ScriptCookie {
  let expires: string | null = null;
  if (view === "list") {
    const at = expiryOf(c);
    expires = Number.isFinite(at) ? new Date(at).toISOString() : null;
  } else if (c.expires !== undefined) {
    const at = Date.parse(c.expires);
    expires = Number.isFinite(at) ? new Date(at).toISOString() : null;
  }
  const out: ScriptCookie = {
    name: c.key,
    expires,
    maxAge: c.maxAge === undefined ? 0 : Number(c.maxAge),
    domain: c.domain,
    path: c.path,
    secure: c.secure === true,
    httpOnly: c.httpOnly === true,
    hostOnly: c.hostOnly === true,
  };
  // postman-collection leaves an empty value out.
  if (c.value) out.value = ensureEncoded(c.value);
  return out;
}

/** A script cookie's value as `get` returns it (Postman's Cookie#valueOf: decoded). */
export function scriptValue(c: CookieRecord): string {
  if (!c.value) return "";
  const encoded = ensureEncoded(c.value);
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
