/** The real `satchel` bin, spawned as CI would run it, against the local echo server. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEchoServer } from "../../../conformance/echoServer";
import type { EchoServer } from "../../../conformance/echoServer";
import { collectionPath, environmentFor } from "../../../conformance/fixtures";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
let server: EchoServer;
let dir: string;

beforeAll(async () => {
  server = await startEchoServer();
  dir = mkdtempSync(join(tmpdir(), "satchel-bin-"));
  writeFileSync(join(dir, "env.json"), JSON.stringify(environmentFor("runs", server.url)));
});
afterAll(() => server.close());

function satchel(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/satchel.mjs"), ...args], { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

it("runs a collection with a failing assertion: exit 1 and a Newman-shaped JSON report", async () => {
  const out = join(dir, "out.json");
  const run = await satchel([
    "run",
    collectionPath("runs", "bail"),
    "-e",
    join(dir, "env.json"),
    "-r",
    "json",
    "--reporter-json-export",
    out,
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  const report = JSON.parse(readFileSync(out, "utf8")) as {
    run: {
      stats: Record<string, { total: number; failed: number }>;
      executions: { item: { name: string }; response?: { code: number; body: string } }[];
      failures: { error: { test?: string } }[];
    };
  };
  expect(report.run.stats.requests).toMatchObject({ total: 3, failed: 0 });
  expect(report.run.stats.assertions).toMatchObject({ total: 3, failed: 1 });
  expect(report.run.executions.map((e) => e.item.name)).toEqual(["Good", "Bad", "After bail"]);
  expect(report.run.executions[1]?.response).toMatchObject({ code: 404 });
  expect(typeof report.run.executions[1]?.response?.body).toBe("string");
  expect(report.run.failures.map((f) => f.error.test)).toEqual(["is ok"]);
}, 30_000);

it("exits 0 with -x, and prints the cli summary", async () => {
  const run = await satchel([
    "run",
    collectionPath("runs", "bail"),
    "-e",
    join(dir, "env.json"),
    "--bail",
    "-x",
  ]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("→ Bad");
  expect(run.stdout).toMatch(/│ assertions\s+│\s+3 │\s+1 │/);
  expect(run.stdout).not.toContain("After bail");
}, 30_000);

it("writes a self-contained HTML report with -r html", async () => {
  const out = join(dir, "out.html");
  const run = await satchel([
    "run",
    collectionPath("runs", "bail"),
    "-e",
    join(dir, "env.json"),
    "-r",
    "html",
    "--reporter-html-export",
    out,
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr).toBe("");
  const html = readFileSync(out, "utf8");
  expect(html).toContain("<!doctype html>");
  expect(html).toMatch(/requests<\/th><td class="num">3<\/td>/);
  expect(html).toContain("is ok");
}, 30_000);
