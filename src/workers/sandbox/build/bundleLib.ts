/**
 * Node-only: bundles a guest library with esbuild into one self-contained CommonJS script that
 * the sandbox evaluates inside `(function (module, exports, require) { … })`. Node built-ins
 * become the stand-ins in ../nodeShims.ts, `buffer` the npm polyfill; nothing is fetched at run time.
 */
import type { Plugin } from "esbuild";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GUEST_LIB_NAMES, libFileName, type GuestLibName } from "../libs";
import { shimSource } from "../nodeShims";

/** Packages resolve from here (the project that holds this file), whatever the caller's root. */
const HERE = fileURLToPath(new URL(".", import.meta.url));

const BANNER = [
  "var process = { env: { NODE_ENV: 'production' }, browser: true, version: '', versions: {},",
  "  platform: 'browser', argv: [], cwd: function () { return '/'; },",
  "  nextTick: function (fn) { var a = [].slice.call(arguments, 1);",
  "    Promise.resolve().then(function () { fn.apply(null, a); }); } };",
  "var global = globalThis;",
].join("\n");

const shimPlugin: Plugin = {
  name: "satchel-node-shims",
  setup(b) {
    b.onResolve({ filter: /^satchel-inject-buffer$/ }, (args) => ({
      path: args.path,
      namespace: "satchel-shim",
    }));
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (args.path === "buffer" || args.path === "buffer/") return undefined;
      return shimSource(args.path) === undefined
        ? undefined
        : { path: args.path, namespace: "satchel-shim" };
    });
    b.onLoad({ filter: /.*/, namespace: "satchel-shim" }, (args) => ({
      contents:
        args.path === "satchel-inject-buffer"
          ? 'export { Buffer } from "buffer/";'
          : (shimSource(args.path) ?? "module.exports = {};"),
      loader: "js",
      resolveDir: HERE,
    }));
  },
};

const ENTRY: Partial<Record<GuestLibName, string>> = {
  buffer: 'module.exports = require("buffer/");',
};

/** The bundled source of one library. */
export async function bundleGuestLib(name: GuestLibName, resolveDir = HERE): Promise<string> {
  const contents = ENTRY[name] ?? `module.exports = require(${JSON.stringify(name)});`;
  // esbuild loads on first use: a run that needs no new library never pays for it.
  const { build } = await import("esbuild");
  const result = await build({
    stdin: { contents, resolveDir, loader: "js", sourcefile: `satchel-lib-${name}.js` },
    bundle: true,
    write: false,
    format: "cjs",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    banner: { js: BANNER },
    inject: ["satchel-inject-buffer"],
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [shimPlugin],
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced no output for ${name}`);
  return out.text;
}

/** Bundles every guest library into `outDir` (default dist/sandbox-libs); returns the files. */
export async function buildGuestLibs(
  outDir = join(HERE, "..", "..", "..", "..", "dist", "sandbox-libs"),
  resolveDir = HERE,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (const name of GUEST_LIB_NAMES) {
    const file = join(outDir, libFileName(name));
    await writeFile(file, await bundleGuestLib(name, resolveDir));
    files.push(file);
  }
  return files;
}
