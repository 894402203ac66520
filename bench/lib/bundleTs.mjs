// Bundles a TypeScript entry of ours into one ESM file for Node benchmarks (packages stay
// external), so benchmarks run the same source the app and tests do.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const cacheDir = join("node_modules", ".cache", "satchel-bench");

/** Bundles `entry` and imports it; returns the module namespace. */
export async function importTs(entry, name) {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  return import(join(process.cwd(), outfile));
}
