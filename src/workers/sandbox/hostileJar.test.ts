/**
 * The cookie jar (`pm.cookies.jar()`) as a shared collection's author would attack it: reach
 * another domain's cookies, set a cookie where the URL may not, forge what the host is told, and
 * flood it with calls.
 */
import { afterAll, describe, expect, it } from "vitest";
import { makeQuickJsSandbox } from "./index";
import { makeContext, one } from "./test/fixtures";

const sandbox = makeQuickJsSandbox();
afterAll(() => sandbox.dispose());

describe("the cookie jar (pm.cookies.jar())", () => {
  const jarContext = (allowedDomains?: string[]) =>
    makeContext("prerequest", {
      cookieJar: {
        cookies: [
          { key: "bank", value: "secret", domain: "bank.test", path: "/", hostOnly: true },
          { key: "mine", value: "1", domain: "api.example.com", path: "/", hostOnly: true },
        ],
        ...(allowedDomains ? { allowedDomains } : {}),
      },
    });
  const keys = (r: {
    cookieChanges?: { kind: string; cookie?: { key: string; domain: string } }[];
  }) =>
    (r.cookieChanges ?? []).map((c) =>
      c.cookie ? `${c.kind} ${c.cookie.domain} ${c.cookie.key}` : c.kind,
    );

  it("sets a cookie only where the URL given may set it: no other domain, no public suffix", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`
const jar = pm.cookies.jar(), url = "http://api.example.com/";
const tries = [
  { name: "a", value: "1", domain: "bank.test" },
  { name: "b", value: "1", domain: "example.org", hostOnly: true },
  "c=1; Domain=bank.test",
  "d=1; Domain=com",
  { key: "e", value: "1", domain: "com" },
];
tries.forEach((c) => jar.set(url, c, (err) => console.log(err ? err.message : "stored")));
jar.set(url, "ok=1; Domain=example.com", (err) => console.log(err ? err.message : "stored"));`),
      jarContext(),
    );
    expect(r.errors).toEqual([]);
    expect(r.console.map((c) => c.args.join(" "))).toEqual([
      "Cookie not in this host's domain. Cookie:bank.test Request:api.example.com",
      "Cookie not in this host's domain. Cookie:example.org Request:api.example.com",
      "Cookie not in this host's domain. Cookie:bank.test Request:api.example.com",
      "Cookie has domain set to a public suffix",
      "Cookie has domain set to a public suffix",
      "stored",
    ]);
    expect(keys(r)).toEqual(["put example.com ok"]);
  });

  it("cannot forge what the host is told after replacing JSON, Array and the jar's prototype", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`
const jar = pm.cookies.jar();
const forged = '{"op":"set","url":"http://bank.test/","cookie":"bank=stolen"}';
JSON.stringify = () => forged;
Array.prototype.map = () => [forged];
Object.keys = () => ["op"];
const jarSet = jar.set, listGet = pm.cookies.get;
Object.getPrototypeOf(jar).set = function () {};
Object.getPrototypeOf(pm.cookies).get = () => "forged";
console.log(jar.set === jarSet, pm.cookies.get === listGet);
jar.set("http://api.example.com/", "k", "v", (err, c) => console.log(err, c && c.name));`),
      jarContext(),
    );
    expect(r.console.map((c) => c.args.join(" "))).toEqual(["true true", "null k"]);
    expect(keys(r)).toEqual(["put api.example.com k"]);
  });

  it("with an allow-list, neither reads nor changes another domain's cookies", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`
const jar = pm.cookies.jar();
jar.get("http://bank.test/", "bank", (err, v) => console.log("get", err && err.message, v));
jar.getAll("http://bank.test/", (err, list) => console.log("getAll", err && err.message, list));
jar.clear("http://bank.test/", (err) => console.log("clear", err && err.message));
jar.set("http://api.example.com/", "x=1; Domain=example.com", (err) => console.log("set", err && err.message));
jar.get("http://api.example.com/", "mine", (err, v) => console.log("own", err, v));`),
      jarContext(["api.example.com"]),
    );
    expect(r.console.map((c) => c.args.join(" "))).toEqual([
      'get CookieStore: programmatic access to "bank.test" is denied undefined',
      'getAll CookieStore: programmatic access to "bank.test" is denied undefined',
      'clear CookieStore: programmatic access to "bank.test" is denied',
      'set CookieStore: programmatic access to "example.com" is denied',
      "own null 1",
    ]);
    expect(r.cookieChanges).toBeUndefined();
  });

  it("caps jar calls per script and says so", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`
let errors = 0, last = "";
for (let i = 0; i < 1005; i++) pm.cookies.jar().get("http://a.test/", "x", (e) => { if (e) { errors++; last = e.message; } });
setTimeout(() => console.log(errors, last), 0);`),
      jarContext(),
    );
    expect(r.console.map((c) => c.args.join(" "))).toEqual([
      "5 pm.cookies.jar(): the limit of cookie jar calls per script was reached",
    ]);
  });
});
