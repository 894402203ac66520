/**
 * Cookie jar files cross between Newman 6.2.2 and Satchel both ways: a jar Newman exports
 * (`--export-cookie-jar`) loads into ours and sends the same cookies, and a jar we write
 * (`satchel run --export-cookie-jar`) is one Newman's `--cookie-jar` accepts and sends from.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadCookieJar, parseCookieJarFile } from "../src/core/cookies/index";
import { nodeDeps } from "../src/node/cli/deps";
import type { EchoServer } from "./echoServer";
import { startEchoServer } from "./echoServer";

interface NewmanModule {
  run(
    options: Record<string, unknown>,
    done: (
      err: unknown,
      summary: { run: { executions: { response: { stream: Buffer } }[] } },
    ) => void,
  ): void;
}
const newman = createRequire(import.meta.url)("newman") as NewmanModule;

let server: EchoServer;
let dir: string;
beforeAll(async () => {
  server = await startEchoServer();
  dir = mkdtempSync(join(tmpdir(), "satchel-jarfile-"));
});
afterAll(() => server.close());

const collection = (paths: string[]) => ({
  info: {
    name: "jar",
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  },
  item: paths.map((p) => ({ name: p, request: { method: "GET", url: `${server.url}${p}` } })),
});

/** Runs Newman; resolves to each response body, parsed. */
const runNewman = (options: Record<string, unknown>) =>
  new Promise<unknown[]>((resolve, reject) =>
    newman.run({ reporters: [], ...options }, (err, summary) =>
      err
        ? reject(err instanceof Error ? err : new Error(String(err)))
        : resolve(
            summary.run.executions.map((e) => JSON.parse(e.response.stream.toString()) as unknown),
          ),
    ),
  );

const setPath = (lines: string[]) =>
  `/cookies/raw?${lines.map((l) => `c=${encodeURIComponent(l)}`).join("&")}`;

it("loads a jar Newman exported and sends what Newman would", async () => {
  const file = join(dir, "from-newman.json");
  await runNewman({
    collection: collection([
      setPath(["a=1; Path=/", "b=2; Path=/cookies; HttpOnly", "c=3; Max-Age=3600; Path=/"]),
    ]),
    exportCookieJar: file,
  });
  const parsed = parseCookieJarFile(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.message);
  expect(parsed.value.skipped).toBe(0);
  const jar = await loadCookieJar({ clock: nodeDeps.clock, cookies: parsed.value.cookies });
  const [sent] = await runNewman({ collection: collection(["/cookies"]), cookieJar: file });
  expect(sent).toEqual({ cookies: { b: "2", a: "1", c: "3" } });
  expect(jar.cookiesFor(`${server.url}/cookies`)).toBe("b=2; a=1; c=3");
});

it("writes a jar Newman's --cookie-jar reads and sends from", async () => {
  const jar = await loadCookieJar({ clock: nodeDeps.clock });
  jar.store(`${server.url}/cookies/x`, ["ours=1; Path=/", "deep=2", "old=3; Max-Age=0"]);
  const file = join(dir, "from-satchel.json");
  writeFileSync(file, JSON.stringify(jar.serialize(), null, 2));
  const [sent] = await runNewman({ collection: collection(["/cookies/y"]), cookieJar: file });
  expect(sent).toEqual({ cookies: { deep: "2", ours: "1" } });
});
