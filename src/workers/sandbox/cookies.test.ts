/**
 * `pm.cookies` and `pm.cookies.jar()` in the QuickJS sandbox, called directly. Expected shapes
 * and words are Newman 6.2.2's (see core/cookies/scriptJar.test.ts); the conformance fixture
 * conformance/fixtures/scripts/cookie-jar.postman_collection.json runs them against Newman.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { CookieRecord, ScriptCookie } from "../../core/cookies/types";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import type { SandboxContext } from "../../core/sandbox/types";
import { makeQuickJsSandbox } from "./index";
import { makeContext, one } from "./test/fixtures";

const sent: HttpRequest[] = [];
const transport: Transport = {
  name: "fake",
  capabilities: {
    anyHeader: true,
    seesSetCookie: true,
    controlsRedirects: true,
    timingPhases: false,
    tlsOptions: false,
    privateNetwork: true,
  },
  send(request): Promise<SendResult> {
    sent.push(request);
    return Promise.resolve({
      ok: true,
      response: {
        status: 200,
        statusText: "OK",
        headers: [["Set-Cookie", "fromSend=1; Path=/"]],
        body: new Uint8Array(),
        timeMs: 1,
        url: request.url,
        redirected: false,
      },
    });
  },
};
const sandbox = makeQuickJsSandbox({ transport });
afterAll(() => sandbox.dispose());

const record = (key: string, value: string, extra: Partial<CookieRecord> = {}): CookieRecord => ({
  key,
  value,
  domain: "api.example.com",
  path: "/",
  hostOnly: true,
  ...extra,
});
const scriptCookie = (name: string, value: string, extra: Partial<ScriptCookie> = {}) => ({
  name,
  expires: null,
  maxAge: 0,
  domain: "api.example.com",
  path: "/",
  secure: false,
  httpOnly: false,
  hostOnly: true,
  value,
  ...extra,
});

const withJar = (
  kind: "prerequest" | "test",
  cookies: CookieRecord[],
  over: Partial<SandboxContext> = {},
): SandboxContext => makeContext(kind, { cookieJar: { cookies }, ...over });
const lines = (r: { console: { args: string[] }[] }) => r.console.map((c) => c.args.join(" "));

describe("pm.cookies", () => {
  it("lists what the host gives, by name without case, values decoded", async () => {
    const r = await sandbox.run(
      "test",
      one(`
console.log(pm.cookies.get("SID"), pm.cookies.has("sid"), pm.cookies.has("nope"), pm.cookies.count());
console.log(JSON.stringify(pm.cookies.toObject()), pm.cookies.get("greeting"));
console.log(JSON.stringify(pm.cookies.one("sid")), pm.cookies.all().length);
console.log(pm.cookies.map((c) => c.name).join(","), pm.cookies.filter((c) => c.httpOnly).length);
const seen = []; pm.cookies.each((c) => seen.push(c.name)); console.log(seen.join(","));`),
      makeContext("test", {
        cookies: [
          scriptCookie("sid", "abc", { httpOnly: true }),
          scriptCookie("Greeting", "hello%20world"),
        ],
      }),
    );
    expect(r.errors).toEqual([]);
    expect(lines(r)).toEqual([
      "abc true false 2",
      '{"sid":"abc","greeting":"hello world"} hello world',
      `${JSON.stringify(scriptCookie("sid", "abc", { httpOnly: true }))} 2`,
      "sid,Greeting 1",
      "sid,Greeting",
    ]);
  });

  it("without a jar, lists the response's Set-Cookie headers", async () => {
    const r = await sandbox.run(
      "test",
      one(`console.log(pm.cookies.get("session"));`),
      makeContext("test"),
    );
    expect(lines(r)).toEqual(["abc"]);
  });
});

describe("pm.cookies.jar()", () => {
  it("sets, gets, lists, unsets and clears with Postman's callbacks, reporting each change", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`
const jar = pm.cookies.jar();
jar.set("http://api.example.com/", "k", "v", (err, cookie) => {
  console.log("set", err, JSON.stringify(cookie));
  jar.get("api.example.com", "k", (err, value) => {
    console.log("get", err, value);
    jar.getAll("http://api.example.com/", (err, list) => {
      console.log("getAll", err, list.count(), JSON.stringify(list.toObject()));
      jar.unset("http://api.example.com/", "old", (err, res) => {
        console.log("unset", err, res);
        jar.clear("http://other.example.com/", (err) => console.log("clear", err));
      });
    });
  });
});`),
      withJar("prerequest", [
        record("old", "1"),
        record("elsewhere", "2", { domain: "other.example.com" }),
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(lines(r)).toEqual([
      `set null ${JSON.stringify(scriptCookie("k", "v"))}`,
      "get null v",
      'getAll null 2 {"old":"1","k":"v"}',
      "unset null undefined",
      "clear null",
    ]);
    expect(
      r.cookieChanges?.map((c) =>
        c.kind === "put" ? `put ${c.cookie.key}` : `delete ${c.id.key}`,
      ),
    ).toEqual(["put k", "delete old", "delete elsewhere"]);
  });

  it("answers an error through the callback: another domain, no jar", async () => {
    const r = await sandbox.run(
      "test",
      one(`
pm.cookies.jar().set("http://other.test/p", { name: "z", value: "1", domain: "evil.test" }, (err, c) => {
  console.log(err instanceof Error, err.message, c);
});`),
      withJar("test", []),
    );
    expect(lines(r)).toEqual([
      "true Cookie not in this host's domain. Cookie:evil.test Request:other.test undefined",
    ]);
    expect(r.cookieChanges).toBeUndefined();
    const none = await sandbox.run(
      "test",
      one(`pm.cookies.jar().get("http://a.test/", "x", (err) => console.log(err.message));`),
      makeContext("test"),
    );
    expect(lines(none)).toEqual([
      "pm.cookies.jar(): there is no cookie jar here (the request's transport keeps none)",
    ]);
  });

  it("throws Postman's TypeErrors for bad arguments at once", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`
const jar = pm.cookies.jar();
for (const call of [() => jar.get("", "a", () => {}), () => jar.get("http://a.test", "a"),
  () => jar.get("http://a.test", 1, () => {}), () => jar.getAll("http://a.test", 5, () => {}),
  () => jar.set("http://a.test", 7), () => jar.unset("http://a.test"), () => jar.clear(null)]) {
  try { call(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); }
}`),
      withJar("prerequest", []),
    );
    expect(lines(r)).toEqual([
      "TypeError: CookieJar.get() requires a valid url",
      "TypeError: CookieJar.get() requires a callback function",
      "TypeError: CookieJar.get() requires cookie name to be a string",
      "TypeError: CookieJar.getAll() requires options to be an object",
      "TypeError: CookieJar.set() requires a valid set cookie arguments",
      "TypeError: CookieJar.unset() requires cookie name to be a string",
      "TypeError: CookieJar.clear() requires a valid url",
    ]);
  });

  it("carries the stage's jar from one script to the next", async () => {
    const r = await sandbox.run(
      "prerequest",
      [
        { location: "collection", code: `pm.cookies.jar().set("http://a.test/", "c=1; Path=/");` },
        {
          location: "request",
          code: `pm.cookies.jar().get("http://a.test/x", "c", (e, v) => console.log(v));`,
        },
      ],
      withJar("prerequest", []),
    );
    expect(lines(r)).toEqual(["1"]);
  });

  it("sends a script's request with the jar's cookies and keeps what it sets", async () => {
    sent.length = 0;
    const r = await sandbox.run(
      "test",
      one(`pm.sendRequest({ url: "http://api.example.com/x", header: { Cookie: "mine=0" } }, () => {
  pm.cookies.jar().get("http://api.example.com/", "fromSend", (e, v) => console.log(v));
});`),
      withJar("test", [record("sid", "abc")]),
    );
    expect(sent[0]?.headers).toContainEqual(["Cookie", "mine=0; sid=abc"]);
    expect(lines(r)).toEqual(["1"]);
    expect(r.cookieChanges).toEqual([
      {
        kind: "put",
        cookie: expect.objectContaining({ key: "fromSend", domain: "api.example.com" }),
      },
    ]);
  });
});
