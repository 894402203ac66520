/**
 * `satchel run` against hostile shared collections, spawned as CI would run it: a script that
 * tries to turn a later item's failure green, scripts whose failures used to vanish (exit 0), and
 * a memory bomb that must not take the process past 384 MB.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEchoServer, type EchoServer } from "../../../conformance/echoServer";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
let server: EchoServer;
let dir: string;

beforeAll(async () => {
  server = await startEchoServer();
  dir = mkdtempSync(join(tmpdir(), "satchel-hostile-"));
  // Writes the process's peak RSS (KiB) when it exits, for the memory bomb.
  writeFileSync(
    join(dir, "rss.mjs"),
    `import { writeFileSync } from "node:fs";
     process.on("exit", () => writeFileSync(${JSON.stringify(join(dir, "rss.txt"))}, String(process.resourceUsage().maxRSS)));`,
  );
});
afterAll(() => server.close());

type Item = { name: string; prerequest?: string; test?: string };

/** Writes a collection of GETs to the echo server with these scripts; returns its path. */
function collection(name: string, items: Item[]): string {
  const file = join(dir, `${name}.json`);
  const event = (listen: string, code?: string) =>
    code ? [{ listen, script: { type: "text/javascript", exec: code.split("\n") } }] : [];
  writeFileSync(
    file,
    JSON.stringify({
      info: {
        name,
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      },
      item: items.map((i) => ({
        name: i.name,
        request: { method: "GET", url: `${server.url}/get`, header: [] },
        event: [...event("prerequest", i.prerequest), ...event("test", i.test)],
      })),
    }),
  );
  return file;
}

interface Report {
  run: {
    stats: Record<string, { total: number; failed: number }>;
    failures: { error: { name: string; message: string; test?: string } }[];
  };
}

function satchel(file: string, extra: string[] = [], node: string[] = []) {
  const out = join(dir, "report.json");
  const args = [...node, join(ROOT, "bin/satchel.mjs"), "run", file, "-r", "json"];
  return new Promise<{ code: number | null; stderr: string; report: Report }>((resolve) => {
    const child = spawn(process.execPath, [...args, "--reporter-json-export", out, ...extra], {
      cwd: dir,
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) =>
      resolve({ code, stderr, report: JSON.parse(readFileSync(out, "utf8")) as Report }),
    );
  });
}

it("a pre-request script cannot turn a later item's failure green: exit 1", async () => {
  const file = collection("forge", [
    {
      name: "Attacker",
      prerequest: `JSON.stringify = () => '{"request":{}}';
Array.prototype.push = function () { return 0; };
Object.prototype.toJSON = function () { return {}; };
globalThis.pm_test_real = pm.test;`,
    },
    {
      name: "Victim",
      test: `pm.test("must fail", () => pm.expect(pm.response.code).to.equal(500));`,
    },
  ]);
  const run = await satchel(file);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  expect(run.report.run.stats.assertions).toMatchObject({ total: 1, failed: 1 });
  expect(run.report.run.failures.map((f) => f.error.test)).toEqual(["must fail"]);
}, 60_000);

it("reports scripts whose failures used to vanish, and exits 1", async () => {
  const file = collection("vanish", [
    { name: "Spin", test: `(async () => { for (;;) await null; })();` },
    { name: "Proxy", test: `throw new Proxy({}, { get() { throw new Error("trap"); } });` },
    { name: "Getter", test: `throw { get name() { throw 1; }, message: "bad name" };` },
    { name: "Symbol", test: `throw Symbol("s");` },
  ]);
  const run = await satchel(file, ["--timeout-script", "300"]);
  expect(run.stderr).not.toMatch(/Aborted|Assertion failed/);
  expect(run.code).toBe(1);
  expect(run.report.run.stats.scripts).toMatchObject({ failed: 4 });
  expect(run.report.run.failures.map((f) => f.error.message)).toEqual([
    "script timed out after 0.3 s",
    expect.stringContaining("an object that cannot be shown as text"),
    "Error: bad name",
    "Error: Symbol(s)",
  ]);
}, 60_000);

// Quiet, the bomb peaks at 190-200 MB (the same before and after this test's last change);
// under a loaded CI run once at 257 MB, from when the GC ran. Unbounded, it reached 1,553 MB.
it("keeps a memory bomb's process under 384 MB of peak RSS", async () => {
  const file = collection("bomb", [
    { name: "Arrays", test: `const a = []; for (;;) a.push(new Array(1e5).fill(a.length));` },
    { name: "Strings", test: `let s = "x"; for (;;) s += s;` },
    { name: "Console", test: `const l = "y".repeat(1 << 20); for (;;) console.log(l);` },
    { name: "After", test: `pm.test("still runs", () => {});` },
  ]);
  const run = await satchel(file, ["--timeout-script", "1500"], ["--import", join(dir, "rss.mjs")]);
  const peakMiB = Number(readFileSync(join(dir, "rss.txt"), "utf8")) / 1024;
  expect(run.code).toBe(1);
  expect(run.report.run.stats.assertions).toMatchObject({ total: 1, failed: 0 });
  expect(peakMiB).toBeGreaterThan(0);
  expect(peakMiB).toBeLessThan(384);
}, 120_000);
