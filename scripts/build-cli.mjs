#!/usr/bin/env node
/**
 * Builds what the published package runs (npm runs this at prepack): dist-cli/main.mjs, the
 * `satchel` command line with its npm packages left as imports (they are runtime dependencies),
 * and dist-cli/sandbox-libs/<name>.js, every guest library prebuilt, so an installed package
 * needs neither esbuild nor the libraries themselves.
 */
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist-cli");
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "error",
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  ...common,
  entryPoints: [join(root, "src/node/cli/main.ts")],
  outfile: join(out, "main.mjs"),
});

// The library builder is TypeScript: bundle it to a throwaway module, then run it.
const temp = join(root, "node_modules", ".cache", "satchel-build", `bundleLib.${process.pid}.mjs`);
await build({
  ...common,
  entryPoints: [join(root, "src/workers/sandbox/build/bundleLib.ts")],
  outfile: temp,
});
try {
  const { buildGuestLibs } = await import(pathToFileURL(temp).href);
  const files = await buildGuestLibs(join(out, "sandbox-libs"), root);
  process.stdout.write(`dist-cli: main.mjs and ${files.length} sandbox libraries\n`);
} finally {
  rmSync(temp, { force: true });
}
