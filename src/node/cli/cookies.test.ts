/**
 * `satchel run` keeps one cookie jar across the run, as Newman does: `--cookie-jar` starts it from
 * a file (Newman's export format), Set-Cookie from each response is sent on later requests, and
 * `--export-cookie-jar` writes it at the end in a form Newman's own tough-cookie reads back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseRunArgs } from "./args";
import { runCommand } from "./run";

/** What the server saw: each request's path and Cookie header. */
const seen: { path: string; cookie: string }[] = [];
let server: http.Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    seen.push({ path, cookie: req.headers.cookie ?? "" });
    if (path === "/login") {
      res.setHeader("Set-Cookie", [
        "session=s1; Path=/; HttpOnly",
        "scoped=p; Path=/account",
        "gone=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
      ]);
    }
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ cookie: req.headers.cookie ?? "" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), "satchel-cookies-"));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A collection of GETs to these paths; the last one's test checks its Cookie header. */
function collection(paths: string[], expectCookie: string): string {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
  const test = [
    `pm.test("cookie", () => pm.expect(pm.response.json().cookie).to.equal(${JSON.stringify(expectCookie)}));`,
  ];
  writeFileSync(
    file,
    JSON.stringify({
      info: {
        name: "cookies",
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      },
      item: paths.map((p, i) => ({
        name: p,
        request: { method: "GET", url: `${base}${p}`, header: [] },
        event: i === paths.length - 1 ? [{ listen: "test", script: { exec: test } }] : [],
      })),
    }),
  );
  return file;
}

async function satchelRun(argv: string[]) {
  const args = parseRunArgs(argv);
  if (!args.ok) throw new Error(args.error.message);
  let out = "";
  let err = "";
  const code = await runCommand(args.value, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    errIsTty: false,
  });
  return { code, out, err };
}

it("starts from --cookie-jar, keeps Set-Cookie across requests and writes --export-cookie-jar", async () => {
  seen.length = 0;
  const jarIn = join(dir, "in.json");
  // As Newman 6.2.2 writes it (a cookie for the server's host, saved by an earlier run).
  writeFileSync(
    jarIn,
    JSON.stringify({
      version: "tough-cookie@4.1.3-postman.1",
      storeType: "MemoryCookieStore",
      rejectPublicSuffixes: false,
      enableLooseMode: true,
      cookies: [{ key: "saved", value: "1", domain: "127.0.0.1", path: "/", hostOnly: true }],
    }),
  );
  const jarOut = join(dir, "out.json");
  const run = await satchelRun([
    collection(["/first", "/login", "/account/me"], "scoped=p; saved=1; session=s1"),
    "--cookie-jar",
    jarIn,
    "--export-cookie-jar",
    jarOut,
    "-r",
    "json",
    "--reporter-json-export",
    join(dir, "report.json"),
  ]);
  expect(run.err).toBe("");
  // The last request's test checked the Cookie header the server echoed.
  expect(run.code).toBe(0);
  expect(seen.map((s) => `${s.path} ${s.cookie}`)).toEqual([
    "/first saved=1",
    "/login saved=1",
    // RFC 6265 order: longer paths first, then older first.
    "/account/me scoped=p; saved=1; session=s1",
  ]);
  const written = JSON.parse(readFileSync(jarOut, "utf8")) as {
    version: string;
    cookies: { key: string; httpOnly?: boolean }[];
  };
  expect(written.version).toMatch(/^tough-cookie@/);
  expect(written.cookies.map((c) => [c.key, c.httpOnly === true])).toEqual([
    ["saved", false],
    ["session", true],
    ["scoped", false],
  ]);
  // Newman's own jar (postman-request's tough-cookie fork) reads what we wrote.
  const { CookieJar } = createRequire(import.meta.url)("@postman/tough-cookie") as {
    CookieJar: { fromJSON(s: string): { getCookieStringSync(url: string): string } };
  };
  expect(
    CookieJar.fromJSON(readFileSync(jarOut, "utf8")).getCookieStringSync(`${base}/account/x`),
  ).toBe("scoped=p; saved=1; session=s1");
});

it("starts empty without --cookie-jar and exits 1 with a message for a file that is not a jar", async () => {
  seen.length = 0;
  const ok = await satchelRun([
    collection(["/first"], ""),
    "-r",
    "json",
    "--reporter-json-export",
    join(dir, "r2.json"),
  ]);
  expect(ok.code).toBe(0);
  expect(seen).toEqual([{ path: "/first", cookie: "" }]);

  const bad = join(dir, "bad.json");
  writeFileSync(bad, '{"values": []}');
  const failed = await satchelRun([collection(["/first"], ""), "--cookie-jar", bad]);
  expect(failed.code).toBe(1);
  expect(failed.err).toBe(
    `error: ${bad}: the cookie jar has no "cookies" list (expected Newman's --export-cookie-jar format)\n`,
  );
  const missing = await satchelRun([
    collection(["/first"], ""),
    "--cookie-jar",
    join(dir, "nope.json"),
  ]);
  expect(missing.code).toBe(1);
  expect(missing.err).toMatch(/^error: unable to read the cookie jar file ".*nope\.json"/);
});
