import { describe, expect, it } from "vitest";
import { parseCookieJarFile } from "./file";

/** A file as Newman 6.2.2 writes it with --export-cookie-jar (dates shortened). */
const NEWMAN_FILE = JSON.stringify({
  version: "tough-cookie@4.1.3-postman.1",
  storeType: "MemoryCookieStore",
  rejectPublicSuffixes: false,
  enableLooseMode: true,
  allowSpecialUseDomain: true,
  prefixSecurity: "silent",
  cookies: [
    {
      key: "a",
      value: "1",
      domain: "localhost",
      path: "/",
      hostOnly: true,
      creation: "2026-12-07T11:36:16.836Z",
      lastAccessed: "2026-12-07T11:36:16.891Z",
    },
    {
      key: "c",
      value: "3",
      expires: "2099-10-21T07:28:00.000Z",
      domain: "localhost",
      path: "/x",
      hostOnly: false,
      pathIsDefault: true,
    },
  ],
});

describe("parseCookieJarFile", () => {
  it("reads Newman's export", () => {
    const r = parseCookieJarFile(NEWMAN_FILE);
    expect(r.ok && r.value.cookies.map((c) => [c.key, c.domain, c.path, c.expires])).toEqual([
      ["a", "localhost", "/", undefined],
      ["c", "localhost", "/x", "2099-10-21T07:28:00.000Z"],
    ]);
    expect(r.ok && r.value.skipped).toBe(0);
  });

  it("skips entries that are not cookies and drops unsafe keys and bad dates", () => {
    const r = parseCookieJarFile(
      '\uFEFF{"cookies":[null, 1, {"key":"a"}, {"key":"k","value":"v","domain":"","path":"/"},' +
        '{"key":"k","value":"v","domain":"d.test","path":"/","expires":"soon","__proto__":{"x":1}}]}',
    );
    expect(r).toEqual({
      ok: true,
      value: { cookies: [{ key: "k", value: "v", domain: "d.test", path: "/" }], skipped: 4 },
    });
  });

  it("says what is wrong with a file that is not a jar", () => {
    expect(parseCookieJarFile("{")).toMatchObject({
      ok: false,
      error: {
        code: "COOKIE_JAR_INVALID",
        message: expect.stringMatching(/^the cookie jar is not JSON/),
      },
    });
    expect(parseCookieJarFile('{"values":[]}')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('no "cookies" list') },
    });
  });
});
