/**
 * The Dockerfile's team proxy, run as its stages say, without Docker (none on CI machines): the
 * build stage's `node scripts/build-cli.mjs` over a copy of what it COPYs, the runtime stage's
 * `npm ci --omit=dev --ignore-scripts` with its package files, its bin and dist-cli, then its
 * ENTRYPOINT word for word — only the two deployment values are local (the listen address, a free
 * loopback port instead of 0.0.0.0:8080, and the token file's path) — plus the arguments the
 * Dockerfile's usage line passes. It must answer a token holder and refuse anyone else.
 */
import { execFile, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DOCKERFILE = readFileSync(join(ROOT, "Dockerfile"), "utf8");
const TOKEN = "docker-test-token-0123456789abcdef";
const ORIGIN = "https://satchel.example.com";

let dir: string | undefined;
let proxy: ChildProcess | undefined;
afterAll(() => {
  proxy?.kill("SIGKILL");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The instructions of the stage that starts at the `index`th FROM. */
function stage(index: number): string[] {
  const lines = DOCKERFILE.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"));
  const starts = lines.flatMap((l, i) => (/^FROM\s/.test(l) ? [i] : []));
  return lines.slice(starts[index], starts[index + 1]);
}

/** The source paths of a stage's COPY lines (not `--from` ones), the last word being the target. */
const copies = (lines: string[]) =>
  lines
    .filter((l) => /^COPY\s/.test(l) && !l.includes("--from"))
    .flatMap((l) => l.trim().split(/\s+/).slice(1, -1));

function run(file: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({
        code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
        out: stdout + stderr,
      });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

it("the Dockerfile's stages build and run the team proxy, which answers only a token holder", async () => {
  dir = mkdtempSync(join(tmpdir(), "satchel-docker-"));
  // Build stage: its COPYs, its RUN (the project's node_modules stand in for its `npm ci`).
  const build = join(dir, "build");
  for (const path of copies(stage(0)))
    cpSync(join(ROOT, path), join(build, path), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(build, "node_modules"), "dir");
  const buildRun = stage(0).find((l) => /^RUN node /.test(l)) ?? "";
  expect(buildRun).toBe("RUN node scripts/build-cli.mjs");
  const built = await run(process.execPath, ["scripts/build-cli.mjs"], build);
  expect(built.out + built.code).toMatch(/0$/);

  // Runtime stage: package files, production dependencies only, then bin and dist-cli.
  const app = join(dir, "app");
  mkdirSync(app);
  for (const path of copies(stage(1))) cpSync(join(ROOT, path), join(app, path));
  const install = stage(1).find((l) => /^RUN npm ci/.test(l)) ?? "";
  expect(install).toMatch(/npm ci --omit=dev --ignore-scripts/);
  const flags = ["--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"];
  const installed = await run("npm", ["ci", ...flags], app);
  expect(installed.out + installed.code).toMatch(/0$/);
  const fromBuild = stage(1).filter((l) => l.includes("--from=build"));
  expect(fromBuild.map((l) => l.trim().split(/\s+/)[2])).toEqual(["/app/bin", "/app/dist-cli"]);
  for (const path of ["bin", "dist-cli"])
    cpSync(join(build, path), join(app, path), { recursive: true });

  // ENTRYPOINT as written, with this machine's address and token file.
  const entry = /^ENTRYPOINT\s+(\[.*\])\s*$/m.exec(DOCKERFILE)?.[1];
  const words = JSON.parse(entry ?? "[]") as string[];
  expect(words.slice(0, 4)).toEqual([
    "node",
    "--max-semi-space-size=1",
    "bin/satchel.mjs",
    "agent",
  ]);
  const tokens = join(dir, "tokens");
  writeFileSync(tokens, `# team tokens\n${TOKEN}\n`);
  const port = await freePort();
  const local = words
    .slice(1)
    .map((w) =>
      w === "0.0.0.0:8080" ? `127.0.0.1:${port}` : w === "/run/secrets/satchel-tokens" ? tokens : w,
    );
  expect(local).toContain(tokens);
  proxy = spawn(
    process.execPath,
    [...local, "--allow-host", "api.example.com", "--allow-origin", ORIGIN],
    {
      cwd: app,
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  let output = "";
  proxy.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  proxy.stderr?.on("data", (d: Buffer) => (output += d.toString()));

  const hello = (token?: string) =>
    fetch(`http://127.0.0.1:${port}/v1/hello`, {
      headers: { Origin: ORIGIN, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  let answered: Response | undefined;
  for (let i = 0; i < 200 && !answered; i++) {
    answered = await hello(TOKEN).catch(() => undefined);
    if (!answered) await new Promise((r) => setTimeout(r, 50));
  }
  expect(answered?.status, output).toBe(200);
  expect(await answered?.json()).toMatchObject({ name: "satchel-agent", mode: "proxy" });
  expect((await hello()).status).toBe(401);
  expect((await hello("wrong-token-0123456789abcdef")).status).toBe(401);
}, 240_000);
