import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Clock } from "../clock";
import { IETF_PARSER_CASES } from "./test/ietfParserCases";
import { makeToughJar } from "./toughJar";
import type { CookieJar } from "./types";

/** tough-cookie reads the system clock and the jar its Clock: both frozen and moved together. */
let t = Date.UTC(2020, 0, 1);
const clock: Clock = { now: () => t };
const advance = (ms: number) => {
  t += ms;
  vi.setSystemTime(t);
};
beforeEach(() => {
  t = Date.UTC(2020, 0, 1);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(t);
});
afterEach(() => vi.useRealTimers());

const newJar = (): CookieJar => makeToughJar({ clock });
const pairs = (jar: CookieJar, url: string) => jar.matching(url).map((c) => `${c.key}=${c.value}`);

/**
 * IETF cases whose answer differs because the jar parses loosely, as Newman's does: a Set-Cookie
 * without a name ("foo", "=bar") is a cookie with an empty name instead of nothing.
 */
const LOOSE = [
  "0004",
  "0020",
  "0021",
  "0023",
  "0024",
  "0025",
  "0026",
  "0027",
  "0028",
  "CHROMIUM0009",
  "CHROMIUM0010",
  "CHROMIUM0012",
  "CHROMIUM0018",
  "DISABLED_CHROMIUM0020",
  "MOZILLA0012",
  "MOZILLA0014",
  "MOZILLA0015",
  "MOZILLA0016",
  "MOZILLA0017",
  "NAME0017",
  "NAME0023",
  "NAME0025",
  "NAME0028",
  "NAME0029",
  "NAME0031",
  "NAME0032",
  "NAME0033",
];

describe("the IETF http-state parser tests", () => {
  const run = (c: (typeof IETF_PARSER_CASES)[number]) => {
    const jar = newJar();
    jar.store(`http://home.example.org/cookie-parser?${c.test}`, c.received);
    const to = c["sent-to"]
      ? new URL(c["sent-to"], "http://home.example.org").href
      : `http://home.example.org/cookie-parser-result?${c.test}`;
    return pairs(jar, to);
  };
  const expected = (c: (typeof IETF_PARSER_CASES)[number]) =>
    c.sent.map((s) => `${s.name}=${s.value}`);

  it("has the published cases", () => {
    expect(IETF_PARSER_CASES.length).toBe(222);
  });

  it.each(IETF_PARSER_CASES.filter((c) => !LOOSE.includes(c.test)).map((c) => [c.test, c]))(
    "%s",
    (_, c) => {
      expect(run(c)).toEqual(expected(c));
    },
  );

  it("differs only where loose parsing keeps a nameless cookie", () => {
    const loose = IETF_PARSER_CASES.filter((x) => LOOSE.includes(x.test));
    expect(loose).toHaveLength(LOOSE.length);
    for (const c of loose) expect(run(c), c.test).not.toEqual(expected(c));
  });
});

describe("RFC 6265 §3.1 examples", () => {
  it("a session cookie comes back", () => {
    const jar = newJar();
    jar.store("http://www.example.com/", ["SID=31d4d96e407aad42"]);
    expect(jar.cookiesFor("http://www.example.com/")).toBe("SID=31d4d96e407aad42");
  });

  it("Path=/ and Domain=example.com reach every subdomain and path", () => {
    const jar = newJar();
    jar.store("http://www.example.com/login", [
      "SID=31d4d96e407aad42; Path=/; Domain=example.com",
      "lang=en-US; Path=/; Domain=example.com",
    ]);
    expect(jar.cookiesFor("http://www.example.com/a/b")).toBe("SID=31d4d96e407aad42; lang=en-US");
    expect(jar.cookiesFor("http://api.example.com/")).toBe("SID=31d4d96e407aad42; lang=en-US");
    expect(jar.cookiesFor("http://example.org/")).toBe("");
  });

  it("Secure and HttpOnly: sent over https, not over http", () => {
    const jar = newJar();
    jar.store("https://www.example.com/", [
      "SID=31d4d96e407aad42; Path=/; Secure; HttpOnly",
      "lang=en-US; Path=/; Domain=example.com",
    ]);
    expect(jar.cookiesFor("https://www.example.com/")).toBe("SID=31d4d96e407aad42; lang=en-US");
    expect(jar.cookiesFor("http://www.example.com/")).toBe("lang=en-US");
  });

  it("an Expires in the past removes the cookie", () => {
    vi.setSystemTime((t = Date.UTC(2021, 5, 1)));
    const jar = newJar();
    jar.store("http://www.example.com/", [
      "SID=31d4d96e407aad42",
      "lang=en-US; Expires=Wed, 09 Jun 2021 10:18:14 GMT",
    ]);
    expect(jar.cookiesFor("http://www.example.com/")).toBe("SID=31d4d96e407aad42; lang=en-US");
    jar.store("http://www.example.com/", ["lang=; Expires=Sun, 06 Nov 1994 08:49:37 GMT"]);
    expect(jar.cookiesFor("http://www.example.com/")).toBe("SID=31d4d96e407aad42");
  });
});

describe("matching", () => {
  it("keeps a host-only cookie to its host, and a Domain cookie to the domain and below", () => {
    const jar = newJar();
    jar.store("http://api.example.com/", ["host=1", "dom=2; Domain=example.com"]);
    expect(pairs(jar, "http://api.example.com/")).toEqual(["host=1", "dom=2"]);
    expect(pairs(jar, "http://x.api.example.com/")).toEqual(["dom=2"]);
    expect(pairs(jar, "http://example.com/")).toEqual(["dom=2"]);
    expect(pairs(jar, "http://badexample.com/")).toEqual([]);
  });

  it("matches paths on segment boundaries, longer paths first", () => {
    const jar = newJar();
    jar.store("http://h.test/docs/a", ["root=1; Path=/", "docs=2; Path=/docs", "deflt=3"]);
    // deflt got the default path: the directory of /docs/a.
    expect(jar.list().find((c) => c.key === "deflt")?.path).toBe("/docs");
    expect(pairs(jar, "http://h.test/docs/x/y")).toEqual(["docs=2", "deflt=3", "root=1"]);
    expect(pairs(jar, "http://h.test/docsx")).toEqual(["root=1"]);
    expect(pairs(jar, "http://h.test/")).toEqual(["root=1"]);
  });

  it("sends a Secure cookie got over http only over https or to loopback hosts, as Newman", () => {
    const jar = newJar();
    jar.store("http://example.com/", ["s=1; Secure"]);
    jar.store("http://127.0.0.1:8080/", ["s=2; Secure"]);
    expect(jar.cookiesFor("http://example.com/")).toBe("");
    expect(jar.cookiesFor("https://example.com/")).toBe("s=1");
    expect(jar.cookiesFor("http://127.0.0.1:9999/")).toBe("s=2");
  });

  it("refuses a Domain of another site or a public suffix, and keeps IP hosts exact", () => {
    const jar = newJar();
    const kept = jar.store("http://a.example.com/", [
      "ok=1; Domain=example.com",
      "other=1; Domain=example.org",
      "suffix=1; Domain=com",
    ]);
    expect(kept).toBe(1);
    jar.store("http://x.github.io/", ["gh=1; Domain=github.io"]);
    jar.store("http://127.0.0.1/", ["ip=1; Domain=0.0.1"]);
    expect(jar.list().map((c) => c.key)).toEqual(["ok"]);
  });

  it("expires Max-Age cookies by the clock", () => {
    const jar = newJar();
    jar.store("http://h.test/", ["short=1; Max-Age=60", "none=1; Max-Age=0", "long=1"]);
    expect(pairs(jar, "http://h.test/")).toEqual(["short=1", "long=1"]);
    advance(61_000);
    expect(pairs(jar, "http://h.test/")).toEqual(["long=1"]);
  });

  it("answers nothing for a URL it cannot read", () => {
    const jar = newJar();
    expect(jar.store("not a url", ["a=1"])).toBe(0);
    expect(jar.cookiesFor("not a url")).toBe("");
    expect(jar.matching("::")).toEqual([]);
  });
});

describe("per-domain management and changes", () => {
  it("lists, gets, puts, deletes and clears by domain, recording each change once", () => {
    const jar = newJar();
    jar.store("http://a.test/", ["x=1", "y=2; Max-Age=60"]);
    jar.store("http://b.test/", ["z=3"]);
    const first = jar.takeChanges();
    expect(first.map((c) => (c.kind === "put" ? c.cookie.key : c.id.key))).toEqual(["x", "y", "z"]);
    expect(jar.takeChanges()).toEqual([]);
    expect(jar.list("a.test").map((c) => c.key)).toEqual(["x", "y"]);
    expect(jar.get({ domain: "b.test", path: "/", key: "z" })?.value).toBe("3");

    expect(jar.put({ key: "m", value: "v", domain: "b.test", path: "/p" })).toBe(true);
    expect(jar.put({ key: "bad", value: "v", domain: "", path: "/" })).toBe(false);
    expect(jar.cookiesFor("http://b.test/p/q")).toBe("m=v; z=3");
    expect(jar.delete({ domain: "b.test", path: "/", key: "z" })).toBe(true);
    expect(jar.delete({ domain: "b.test", path: "/", key: "z" })).toBe(false);
    jar.clear("a.test");
    expect(jar.list().map((c) => `${c.domain} ${c.key}`)).toEqual(["b.test m"]);
    expect(jar.takeChanges()).toEqual([
      { kind: "put", cookie: expect.objectContaining({ key: "m", domain: "b.test" }) },
      { kind: "delete", id: { domain: "b.test", path: "/", key: "z" } },
      { kind: "delete", id: { domain: "a.test", path: "/", key: "x" } },
      { kind: "delete", id: { domain: "a.test", path: "/", key: "y" } },
    ]);
  });

  it("records an expired Set-Cookie and a cookie that ran out as deletions", () => {
    const jar = newJar();
    jar.store("http://a.test/", ["x=1", "y=2; Max-Age=10"]);
    jar.takeChanges();
    jar.store("http://a.test/", ["x=; Expires=Thu, 01 Jan 1970 00:00:00 GMT"]);
    advance(11_000);
    expect(jar.list()).toEqual([]);
    expect(jar.takeChanges()).toEqual([
      { kind: "delete", id: { domain: "a.test", path: "/", key: "x" } },
      { kind: "delete", id: { domain: "a.test", path: "/", key: "y" } },
    ]);
  });

  it("serializes in Newman's form and loads it back, dropping expired cookies as deletions", () => {
    const jar = newJar();
    jar.store("http://a.test/x/y", ["s=1", "p=2; Path=/; HttpOnly", "m=3; Max-Age=100"]);
    const file = jar.serialize();
    expect(file).toMatchObject({
      version: expect.stringMatching(/^tough-cookie@/),
      storeType: "MemoryCookieStore",
      rejectPublicSuffixes: true,
      enableLooseMode: true,
    });
    expect(file.cookies.map((c) => [c.key, c.domain, c.path, c.hostOnly])).toEqual([
      ["s", "a.test", "/x", true],
      ["p", "a.test", "/", true],
      ["m", "a.test", "/x", true],
    ]);
    advance(200_000);
    const again = makeToughJar({ clock, cookies: file.cookies });
    expect(pairs(again, "http://a.test/x/z")).toEqual(["s=1", "p=2"]);
    expect(again.takeChanges()).toEqual([
      { kind: "delete", id: { domain: "a.test", path: "/x", key: "m" } },
    ]);
  });
});

describe("setFor (pm.cookies.jar().set)", () => {
  it("fills domain and path from the URL, and refuses another domain with tough-cookie's words", () => {
    const jar = newJar();
    const set = jar.setFor("http://localhost/a/", { key: "k", value: "v" });
    expect(set).toMatchObject({
      ok: true,
      cookie: { key: "k", value: "v", domain: "localhost", path: "/a", hostOnly: true },
    });
    expect(
      jar.setFor("http://other.test/p", { key: "z", value: "1", domain: "evil.test" }),
    ).toEqual({
      ok: false,
      error: {
        code: "COOKIE_REJECTED",
        message: "Cookie not in this host's domain. Cookie:evil.test Request:other.test",
      },
    });
    expect(jar.setFor("http://a.com/", "w=1; Domain=com")).toMatchObject({
      ok: false,
      error: { message: "Cookie has domain set to a public suffix" },
    });
    expect(jar.list().map((c) => c.key)).toEqual(["k"]);
  });

  it("asks the allow-list about the cookie's domain before storing it", () => {
    const jar = newJar();
    const allow = (d: string) => d === "api.a.test";
    expect(jar.setFor("http://api.a.test/", "x=1", allow)).toMatchObject({ ok: true });
    expect(jar.setFor("http://api.a.test/", "y=1; Domain=a.test", allow)).toEqual({
      ok: false,
      error: {
        code: "COOKIE_ACCESS_DENIED",
        message: 'CookieStore: programmatic access to "a.test" is denied',
      },
    });
    expect(jar.list().map((c) => c.key)).toEqual(["x"]);
  });
});
