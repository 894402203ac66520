/**
 * What `pm.cookies.jar()` does, with Postman's semantics (postman-sandbox's cookie-jar.js over
 * the run's jar): the guest sends an operation, the host runs it here against the jar and hands
 * back Postman's result, or its error message for the callback.
 * @see node_modules/postman-sandbox/lib/sandbox/cookie-jar.js
 */
import { accessDenied, hostOf } from "./access";
import { scriptValue, toScriptCookie } from "./scriptCookie";
import type { CookieJar, CookieRecord, ScriptCookie } from "./types";

/** One jar call from a script. `url` is as the script gave it (see {@link scriptUrl}). */
export type JarOp =
  | { op: "get"; url: string; name: string }
  | { op: "getAll"; url: string; http?: boolean }
  | { op: "set"; url: string; cookie: string | Partial<CookieRecord> }
  | { op: "unset"; url: string; name: string }
  | { op: "clear"; url: string };

/** What the script's callback receives: `(null, value)` or `(new Error(error))`. */
export type JarOpResult =
  | { ok: true; value: string | null | ScriptCookie | ScriptCookie[] | undefined }
  | { ok: false; error: string };

/** postman-collection's `Url#toString(true)`: a URL without a protocol gets "http://". */
export const scriptUrl = (url: string): string =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;

const OP_NAMES = new Set(["get", "getAll", "set", "unset", "clear"]);

/** The operation in `value` if it is one (the guest's JSON is checked field by field). */
export function asJarOp(value: unknown): JarOp | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.op !== "string" || !OP_NAMES.has(v.op) || typeof v.url !== "string")
    return undefined;
  const url = v.url;
  switch (v.op) {
    case "get":
    case "unset":
      return typeof v.name === "string" ? { op: v.op, url, name: v.name } : undefined;
    case "getAll":
      return { op: "getAll", url, ...(v.http === false ? { http: false } : {}) };
    case "clear":
      return { op: "clear", url };
    default: {
      const c = v.cookie;
      if (typeof c === "string") return { op: "set", url, cookie: c };
      if (!c || typeof c !== "object" || Array.isArray(c)) return undefined;
      return { op: "set", url, cookie: pickRecord(c as Record<string, unknown>) };
    }
  }
}

const FIELDS = [
  "key",
  "value",
  "expires",
  "maxAge",
  "domain",
  "path",
  "secure",
  "httpOnly",
  "hostOnly",
  "extensions",
  "sameSite",
] as const;

/** Only the fields a script may give a cookie (own properties; tough-cookie checks the types). */
function pickRecord(c: Record<string, unknown>): Partial<CookieRecord> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (Object.hasOwn(c, f) && c[f] !== undefined) out[f] = c[f];
  return out as Partial<CookieRecord>;
}

/**
 * Runs `op` against `jar`. `allow` (Postman's allow-list, see ./access.ts) must accept the URL's
 * host, and for `set` the cookie's domain; a denied call changes nothing.
 */
export function runJarOp(
  jar: CookieJar,
  op: JarOp,
  allow?: (domain: string) => boolean,
): JarOpResult {
  const url = scriptUrl(op.url);
  const host = hostOf(url);
  if (host === undefined) return { ok: false, error: `Invalid URL: ${op.url}` };
  if (allow && !allow(host)) return { ok: false, error: accessDenied(host) };
  const named = (name: string): CookieRecord | undefined =>
    jar.matching(url).find((c) => c.key === name);
  switch (op.op) {
    case "get": {
      const c = named(op.name);
      return { ok: true, value: c ? scriptValue(c) : null };
    }
    case "getAll": {
      const all = jar.matching(url).filter((c) => op.http !== false || c.httpOnly !== true);
      return { ok: true, value: all.map((c) => toScriptCookie(c, "jar")) };
    }
    case "set": {
      const r = jar.setFor(url, op.cookie, allow);
      if (!r.ok) return { ok: false, error: r.error.message };
      return { ok: true, value: r.cookie ? toScriptCookie(r.cookie, "jar") : undefined };
    }
    case "unset": {
      const c = named(op.name);
      if (c) jar.delete({ domain: c.domain, path: c.path, key: c.key });
      return { ok: true, value: undefined };
    }
    case "clear":
      for (const c of jar.matching(url)) jar.delete({ domain: c.domain, path: c.path, key: c.key });
      return { ok: true, value: undefined };
  }
}
