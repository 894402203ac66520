/**
 * The CookieJar over tough-cookie (RFC 6265), the same library Newman's requester uses. The only
 * module that imports it; ./index.ts loads this file lazily (tough-cookie and its public suffix
 * list are ~57 KB gzipped), so a page that never touches cookies does not pay for it.
 *
 * Settings, each against Newman 6.2.2 (postman-request's jar over @postman/tough-cookie 4.1.3):
 * loose parsing (a Set-Cookie without "=" is a value with an empty name) and a Secure cookie
 * received over http is kept — both as Newman; it is sent only over https or to a loopback host
 * (`localhost`, 127.0.0.0/8, ::1), as Newman does. Stricter than Newman: a Domain attribute that
 * is a public suffix (`Domain=com`, `Domain=github.io`) is refused, for responses and scripts
 * alike, so nobody can plant a cookie every site under a suffix would receive.
 *
 * Time: tough-cookie reads the system clock for creation and access times (it has no clock
 * option for reads); expiry sweeps here use the injected clock, so hosts pass their real clock
 * and tests freeze both (vi.setSystemTime and a fixed Clock).
 * @see https://github.com/salesforce/tough-cookie
 */
import { canonicalDomain, Cookie, CookieJar as ToughJar, MemoryCookieStore } from "tough-cookie";
import type { Clock } from "../clock";
import type {
  CookieChange,
  CookieError,
  CookieId,
  CookieJar,
  CookieJarFile,
  CookieRecord,
} from "./types";
import { accessDenied, hostOf } from "./access";

const JAR_OPTIONS = {
  looseMode: true,
  rejectPublicSuffixes: true,
  allowSpecialUseDomain: true,
  allowSecureOnLocal: true,
  enforceSecureOriginOnStorage: false,
  prefixSecurity: "silent",
} as const;

/** Runs a callback-style memory-store call, which answers synchronously. */
function now<T>(call: (cb: (err: Error | null, value?: T) => void) => void): T {
  let out: { err: Error | null; value?: T } | undefined;
  call((err, value) => (out = { err, value }));
  if (!out) throw new Error("the cookie store did not answer synchronously");
  if (out.err) throw out.err;
  return out.value as T;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A stored tough Cookie as a record (stored cookies always have a domain and a path). Its JSON
 * leaves out an empty name or value; a record always has both.
 */
const toRecord = (c: Cookie): CookieRecord => ({
  ...(c.toJSON() as unknown as CookieRecord),
  key: c.key,
  value: c.value,
});

/** The fields tough-cookie restores from a record; anything else a caller passes is dropped. */
function fromRecord(record: Partial<CookieRecord>): Cookie | undefined {
  return Cookie.fromJSON({ ...record }) ?? undefined;
}

/** Options of {@link makeToughJar}. */
export interface ToughJarOptions {
  clock: Clock;
  /**
   * Cookies to start with (a file's, storage's): invalid ones are left out, expired ones too
   * (reported by the first `takeChanges()` as deletions).
   */
  cookies?: readonly CookieRecord[];
}

/** A jar over tough-cookie's memory store. */
export function makeToughJar(options: ToughJarOptions): CookieJar {
  const store = new MemoryCookieStore();
  const jar = new ToughJar(store, JAR_OPTIONS);
  let changes: CookieChange[] = [];
  const idOf = (c: Cookie | CookieRecord): CookieId => ({
    domain: c.domain ?? "",
    path: c.path ?? "",
    key: c.key,
  });
  const all = () => now<Cookie[]>((cb) => store.getAllCookies(cb));
  const expired = (c: Cookie) => {
    const at = c.expiryTime();
    return at !== undefined && at <= options.clock.now();
  };
  const remove = (c: Cookie) => {
    now<void>((cb) => store.removeCookie(c.domain ?? "", c.path ?? "", c.key, cb));
    changes.push({ kind: "delete", id: idOf(c) });
  };
  /** Drops expired cookies (recorded as deletions) before anything reads the jar. */
  const sweep = () => {
    for (const c of all()) if (expired(c)) remove(c);
  };
  /** Stores `cookie` for `url` (tough-cookie's checks); an expired one deletes its namesake. */
  const set = (cookie: Cookie | string, url: string, ignoreError: boolean) => {
    const stored = jar.setCookieSync(cookie, url, { ignoreError });
    if (!stored) return undefined;
    if (expired(stored)) {
      remove(stored);
      return stored;
    }
    changes.push({ kind: "put", cookie: toRecord(stored) });
    return stored;
  };
  const putRecord = (record: Partial<CookieRecord>): Cookie | undefined => {
    const c = fromRecord(record);
    if (!c || typeof c.domain !== "string" || typeof c.path !== "string" || c.domain === "")
      return undefined;
    now<void>((cb) => store.putCookie(c, cb));
    return c;
  };

  // Expired cookies are dropped at once, and the drop is a change: storage deletes their rows.
  for (const record of options.cookies ?? []) {
    const c = putRecord(record);
    if (c && expired(c)) remove(c);
  }

  return {
    cookiesFor(url) {
      sweep();
      try {
        return jar.getCookieStringSync(url);
      } catch {
        return "";
      }
    },
    matching(url) {
      sweep();
      try {
        return jar.getCookiesSync(url).map(toRecord);
      } catch {
        return [];
      }
    },
    store(url, setCookies) {
      let kept = 0;
      for (const line of setCookies) {
        try {
          if (set(line, url, true)) kept++;
        } catch {
          // An unparseable URL: nothing to store, as Newman.
        }
      }
      return kept;
    },
    setFor(url, cookie, allow) {
      try {
        const input =
          typeof cookie === "string" ? Cookie.parse(cookie, { loose: true }) : fromRecord(cookie);
        if (!input) return rejected("COOKIE_REJECTED", "Cookie failed to parse");
        const domain = input.domain ? canonicalDomain(input.domain) : hostOf(url);
        if (allow && !allow(domain ?? ""))
          return rejected("COOKIE_ACCESS_DENIED", accessDenied(domain ?? ""));
        const stored = set(input, url, false);
        return { ok: true, cookie: stored ? toRecord(stored) : undefined };
      } catch (e) {
        return rejected("COOKIE_REJECTED", messageOf(e));
      }
    },
    list(domain) {
      sweep();
      const cookies = all().map(toRecord);
      return domain === undefined ? cookies : cookies.filter((c) => c.domain === domain);
    },
    get(id) {
      const c = now<Cookie | undefined>((cb) => store.findCookie(id.domain, id.path, id.key, cb));
      return c && !expired(c) ? toRecord(c) : undefined;
    },
    put(record) {
      const c = putRecord(record);
      if (!c) return false;
      changes.push({ kind: "put", cookie: toRecord(c) });
      return true;
    },
    delete(id) {
      const c = now<Cookie | undefined>((cb) => store.findCookie(id.domain, id.path, id.key, cb));
      if (!c) return false;
      remove(c);
      return true;
    },
    clear(domain) {
      for (const c of all()) if (domain === undefined || c.domain === domain) remove(c);
    },
    serialize() {
      sweep();
      return jar.serializeSync() as unknown as CookieJarFile;
    },
    takeChanges() {
      const out = changes;
      changes = [];
      return out;
    },
  };
}

function rejected(code: CookieError["code"], message: string) {
  return { ok: false as const, error: { code, message } };
}
