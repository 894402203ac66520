import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { domainAllowList } from "./access";
import { asJarOp, runJarOp, scriptUrl } from "./scriptJar";
import { toScriptCookie } from "./scriptCookie";
import { makeToughJar } from "./toughJar";

const T = Date.UTC(2026, 0, 1);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T);
});
afterEach(() => vi.useRealTimers());
const jarWith = (...lines: string[]) => {
  const jar = makeToughJar({ clock: { now: () => T } });
  jar.store("http://localhost/x/y", lines);
  return jar;
};

describe("Postman's cookie shapes (checked against Newman 6.2.2's output)", () => {
  it("pm.cookies shows when a Max-Age cookie expires; the jar shows only Expires", () => {
    const [b, c] = jarWith(
      "b=2; Path=/x; HttpOnly; Max-Age=3600",
      "c=3; Expires=Wed, 21 Oct 2099 07:28:00 GMT; Domain=localhost",
    ).matching("http://localhost/x/y");
    expect(JSON.stringify(toScriptCookie(b!, "list"))).toBe(
      '{"name":"b","expires":"2026-01-01T01:00:00.000Z","maxAge":3600,"domain":"localhost",' +
        '"path":"/x","secure":false,"httpOnly":true,"hostOnly":true,"value":"2"}',
    );
    expect(toScriptCookie(b!, "jar")).toMatchObject({ expires: null, maxAge: 3600 });
    expect(JSON.stringify(toScriptCookie(c!, "jar"))).toBe(
      '{"name":"c","expires":"2099-10-21T07:28:00.000Z","maxAge":0,"domain":"localhost",' +
        '"path":"/x","secure":false,"httpOnly":false,"hostOnly":false,"value":"3"}',
    );
  });

  it("percent-encodes the value as postman-collection does, and leaves an empty one out", () => {
    const [sp, empty] = jarWith("sp=a b%", "empty=").matching("http://localhost/x/");
    expect(toScriptCookie(sp!, "jar").value).toBe("a%20b%25");
    expect("value" in toScriptCookie(empty!, "jar")).toBe(false);
  });
});

describe("runJarOp", () => {
  it("get: the value, or null", () => {
    const jar = jarWith("a=1; Path=/", "b=hello%20world; Path=/x");
    expect(runJarOp(jar, { op: "get", url: "http://localhost/x/", name: "b" })).toEqual({
      ok: true,
      value: "hello world",
    });
    expect(runJarOp(jar, { op: "get", url: "localhost/", name: "b" })).toEqual({
      ok: true,
      value: null,
    });
  });

  it("getAll: the cookies for the URL in header order, HttpOnly ones unless http is false", () => {
    const jar = jarWith("a=1; Path=/", "h=2; Path=/x; HttpOnly");
    const all = runJarOp(jar, { op: "getAll", url: "http://localhost/x/" });
    expect(all.ok && (all.value as { name: string }[]).map((c) => c.name)).toEqual(["h", "a"]);
    const some = runJarOp(jar, { op: "getAll", url: "http://localhost/x/", http: false });
    expect(some.ok && (some.value as { name: string }[]).map((c) => c.name)).toEqual(["a"]);
  });

  it("set: name and value, an object or a Set-Cookie string; errors in tough-cookie's words", () => {
    const jar = jarWith();
    expect(
      runJarOp(jar, { op: "set", url: "http://localhost/", cookie: { key: "k", value: "v" } }),
    ).toEqual({
      ok: true,
      value: {
        name: "k",
        expires: null,
        maxAge: 0,
        domain: "localhost",
        path: "/",
        secure: false,
        httpOnly: false,
        hostOnly: true,
        value: "v",
      },
    });
    expect(
      runJarOp(jar, { op: "set", url: "http://localhost/", cookie: "s=1; Path=/p; Secure" }),
    ).toMatchObject({ ok: true, value: { name: "s", path: "/p", secure: true } });
    expect(
      runJarOp(jar, {
        op: "set",
        url: "http://other.test/p",
        cookie: { key: "z", value: "1", domain: "evil.test" },
      }),
    ).toEqual({
      ok: false,
      error: "Cookie not in this host's domain. Cookie:evil.test Request:other.test",
    });
    expect(jar.list().map((c) => c.key)).toEqual(["k", "s"]);
  });

  it("unset removes the named cookie the URL would get; clear every one of them", () => {
    const jar = jarWith("a=1; Path=/", "b=2; Path=/x", "c=3; Path=/x");
    expect(runJarOp(jar, { op: "unset", url: "http://localhost/x/", name: "b" })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(runJarOp(jar, { op: "unset", url: "http://localhost/x/", name: "nope" }).ok).toBe(true);
    expect(jar.list().map((c) => c.key)).toEqual(["a", "c"]);
    runJarOp(jar, { op: "clear", url: "http://localhost/" });
    expect(jar.list().map((c) => c.key)).toEqual(["c"]);
  });

  it("with an allow-list, denies other hosts as Postman words it and changes nothing", () => {
    const jar = jarWith("a=1; Path=/");
    const allow = domainAllowList(["example.com"]);
    expect(runJarOp(jar, { op: "clear", url: "http://localhost/" }, allow)).toEqual({
      ok: false,
      error: 'CookieStore: programmatic access to "localhost" is denied',
    });
    expect(
      runJarOp(jar, { op: "set", url: "http://api.example.com/", cookie: "x=1" }, allow).ok,
    ).toBe(true);
    expect(jar.list().map((c) => `${c.domain} ${c.key}`)).toEqual([
      "localhost a",
      "api.example.com x",
    ]);
  });

  it("says which URL it could not read", () => {
    expect(runJarOp(jarWith(), { op: "get", url: "http://", name: "a" })).toEqual({
      ok: false,
      error: "Invalid URL: http://",
    });
  });
});

describe("asJarOp (the guest's JSON, checked)", () => {
  it("keeps known operations with fields of the right types only", () => {
    expect(asJarOp({ op: "get", url: "u", name: "n", extra: 1 })).toEqual({
      op: "get",
      url: "u",
      name: "n",
    });
    expect(asJarOp({ op: "get", url: "u", name: 1 })).toBeUndefined();
    expect(asJarOp({ op: "drop", url: "u" })).toBeUndefined();
    expect(asJarOp({ op: "clear" })).toBeUndefined();
    expect(asJarOp(null)).toBeUndefined();
    const set = asJarOp(
      JSON.parse('{"op":"set","url":"u","cookie":{"key":"k","__proto__":{"x":1},"creation":"1"}}'),
    );
    expect(set).toEqual({ op: "set", url: "u", cookie: { key: "k" } });
    expect(asJarOp({ op: "set", url: "u", cookie: ["x"] })).toBeUndefined();
  });

  it("adds http:// to a URL without a protocol, as postman-collection does", () => {
    expect(scriptUrl("localhost/x")).toBe("http://localhost/x");
    expect(scriptUrl("https://a.test")).toBe("https://a.test");
  });
});
