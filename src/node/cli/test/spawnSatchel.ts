/**
 * The real `satchel` bin, spawned as an installed command runs: this Node, with the Node flags
 * of the bin's shebang (the first run in a checkout bundles the sources).
 */
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const BIN = join(ROOT, "bin/satchel.mjs");

/** `--max-semi-space-size=1` and the like, from `#!/usr/bin/env -S node <flags>`. */
const SHEBANG_FLAGS = (readFileSync(BIN, "utf8").split("\n")[0] ?? "")
  .replace(/^#!.*?\bnode\b/, "")
  .trim()
  .split(/\s+/)
  .filter((f) => f.startsWith("--"));

/** Start `satchel <args>` in `cwd`. */
export const spawnSatchel = (args: string[], cwd: string): ChildProcessWithoutNullStreams =>
  spawn(process.execPath, [...SHEBANG_FLAGS, BIN, ...args], { cwd });

/** Run `satchel <args>` in `cwd` to its end. */
export function runSatchel(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnSatchel(args, cwd);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
