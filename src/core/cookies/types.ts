/**
 * The cookie jar seam: one interface over an RFC 6265 jar (./toughJar.ts wraps tough-cookie), used
 * by the pipeline (Cookie header, Set-Cookie), the sandbox (`pm.cookies.jar()`), `satchel run`
 * (`--cookie-jar`, `--export-cookie-jar`) and storage (one row per cookie).
 * @see https://www.rfc-editor.org/rfc/rfc6265
 */

/**
 * One stored cookie, exactly as Newman's `--export-cookie-jar` file (tough-cookie's serialized
 * form) writes it: the same record in files, in IndexedDB and in sandbox snapshots, so nothing
 * is lost between them. `key` is the cookie's name. Dates are ISO strings.
 */
export interface CookieRecord {
  key: string;
  value: string;
  domain: string;
  path: string;
  /** Absent: a session cookie (tough-cookie's "Infinity"). */
  expires?: string;
  /** Seconds; tough-cookie writes "Infinity"/"-Infinity" for those values. */
  maxAge?: number | "Infinity" | "-Infinity";
  secure?: boolean;
  httpOnly?: boolean;
  /** No Domain attribute: sent to this exact host only. */
  hostOnly?: boolean;
  pathIsDefault?: boolean;
  sameSite?: string;
  /** Unknown attributes, as written (e.g. "Priority=High"). */
  extensions?: string[];
  creation?: string;
  lastAccessed?: string;
}

/** Which cookie a record is: the jar keeps one per (domain, path, key). */
export interface CookieId {
  domain: string;
  path: string;
  key: string;
}

/**
 * Newman's `--export-cookie-jar` / `--cookie-jar` file: tough-cookie's `CookieJar.toJSON()`.
 * Newman 6.2.2 writes `version: "tough-cookie@4.1.3-postman.1"`; Satchel writes its own
 * tough-cookie version. Each reads the other's (see ./cookies.test.ts).
 */
export interface CookieJarFile {
  version: string;
  storeType: string;
  rejectPublicSuffixes: boolean;
  enableLooseMode?: boolean;
  allowSpecialUseDomain?: boolean;
  prefixSecurity?: string;
  cookies: CookieRecord[];
}

/** What changed in a jar since the last `takeChanges()`: for storage to apply row by row. */
export type CookieChange = { kind: "put"; cookie: CookieRecord } | { kind: "delete"; id: CookieId };

/**
 * A cookie as Postman's scripts see it (postman-collection's Cookie, in `pm.cookies` and the
 * results of `pm.cookies.jar()`), in the order Postman's JSON lists its fields. `expires` is an
 * ISO string or null (a session cookie); `maxAge` is 0 when the cookie has none, as in Postman.
 */
export interface ScriptCookie {
  name: string;
  expires: string | null;
  maxAge: number;
  domain: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  hostOnly: boolean;
  /** Percent-encoded as postman-collection stores it; absent when empty. */
  value?: string;
}

/** Why a jar refused a cookie or an operation, in tough-cookie's words. */
export interface CookieError {
  code: "COOKIE_REJECTED" | "COOKIE_ACCESS_DENIED" | "INVALID_URL";
  message: string;
}

/** The jar. Synchronous: tough-cookie's memory store is, once the module is loaded. */
export interface CookieJar {
  /** The Cookie header value for a request to `url` ("" when none): RFC 6265 §5.4 order. */
  cookiesFor(url: string): string;
  /** The cookies a request to `url` would carry, in header order. */
  matching(url: string): CookieRecord[];
  /**
   * Stores the Set-Cookie header values of a response from `url`. Invalid or refused ones are
   * skipped, as Newman does; an expired one removes the stored cookie. Returns how many were kept.
   */
  store(url: string, setCookies: readonly string[]): number;
  /**
   * Sets a cookie as if `url` had sent it (Postman's `jar.set`): a Set-Cookie string, or a record
   * whose domain must domain-match the URL's host and is not a public suffix. `allow`, when
   * given, must accept the cookie's domain (Postman's allow-list for scripts).
   */
  setFor(
    url: string,
    cookie: string | Partial<CookieRecord>,
    allow?: (domain: string) => boolean,
  ): { ok: true; cookie: CookieRecord | undefined } | { ok: false; error: CookieError };
  /** Every unexpired cookie, optionally only those whose domain is `domain` (exactly). */
  list(domain?: string): CookieRecord[];
  get(id: CookieId): CookieRecord | undefined;
  /**
   * Puts a record as is, without the checks a server's cookie gets (the cookie manager's add and
   * edit; storage's load). False when it is not a cookie (no key, domain or path).
   */
  put(cookie: CookieRecord): boolean;
  delete(id: CookieId): boolean;
  /** Removes every cookie, or those whose domain is `domain` (exactly). */
  clear(domain?: string): void;
  /** Newman's file form. */
  serialize(): CookieJarFile;
  /** The changes made since the last call (or since the jar was made), oldest first. */
  takeChanges(): CookieChange[];
}
