/**
 * The published package works on its own: `npm pack` (prepack builds dist-cli), install the
 * tarball with --omit=dev into a fresh project, then run its `satchel` bin against a local server
 * with a script that requires lodash — which only the prebuilt sandbox-libs can provide there.
 * Packing happens in a copy of the project, so no dist-cli appears in the checkout.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const COPIED = ["package.json", "README.md", "tsconfig.json", "bin", "scripts", "src/core"];
const COPIED_TOO = ["src/node", "src/workers"];

let dir: string;
let server: http.Server;
let url: string;

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; resolves with its exit code and output whatever the code. */
function run(file: string, args: string[], cwd: string): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "satchel-pack-"));
  server = http.createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ items: [1, 2, 3] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/items`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

it("installs from the packed tarball without devDependencies and runs a collection", async () => {
  const project = join(dir, "project");
  for (const path of [...COPIED, ...COPIED_TOO]) {
    cpSync(join(ROOT, path), join(project, path), {
      recursive: true,
      filter: (src) => !src.endsWith(".test.ts"),
    });
  }
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  const packs = join(dir, "packs");
  mkdirSync(packs);
  const pack = await run("npm", ["pack", "--json", "--pack-destination", packs], project);
  expect(pack.stderr + pack.code).toMatch(/0$/);
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as {
    filename: string;
    files: { path: string }[];
  }[];
  const paths = packed?.files.map((f) => f.path) ?? [];
  expect(paths).toContain("dist-cli/main.mjs");
  expect(paths).toContain("dist-cli/sandbox-libs/lodash.js");
  expect(paths.some((p) => p.startsWith("src/"))).toBe(false);

  const app = join(dir, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
  const tarball = join(packs, packed?.filename ?? "missing.tgz");
  const flags = ["--no-audit", "--no-fund", "--omit=dev", "--prefer-offline"];
  const install = await run("npm", ["install", ...flags, tarball], app);
  expect(install.stderr + install.code).toMatch(/0$/);

  const script = [
    'const _ = require("lodash");',
    'pm.test("lodash sums the items", () => {',
    "  pm.expect(_.sum(pm.response.json().items)).to.equal(6);",
    "});",
  ];
  const collection = {
    info: { name: "Packed", schema: "https://schema.getpostman.com/json/collection/v2.1.0/" },
    item: [
      {
        name: "Items",
        request: { method: "GET", url },
        event: [{ listen: "test", script: { type: "text/javascript", exec: script } }],
      },
    ],
  };
  writeFileSync(join(app, "collection.json"), JSON.stringify(collection));
  const satchel = await run(
    join(app, "node_modules/.bin/satchel"),
    ["run", "collection.json"],
    app,
  );
  expect(satchel.stderr).toBe("");
  expect(satchel.stdout).toContain("lodash sums the items");
  expect(satchel.stdout).toMatch(/│ assertions\s+│\s+1 │\s+0 │/);
  expect(satchel.code).toBe(0);
}, 180_000);
