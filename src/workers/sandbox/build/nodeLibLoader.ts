/**
 * Node-only library loader for tests and the command line. An installed package ships every
 * library prebuilt in sandbox-libs/ next to the CLI bundle (scripts/build-cli.mjs), so it needs
 * no esbuild; in a checkout a library is bundled on first use and cached in memory and in
 * node_modules/.cache/satchel-libs (keyed by the package version and BUNDLE_FORMAT).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { libFileName, type GuestLibName } from "../libs";
import { bundleGuestLib } from "./bundleLib";

/** Bump when the bundling (shims, banner, options) changes. */
export const BUNDLE_FORMAT = 1;

/** The project holding this file: its node_modules has the libraries and the cache. */
const PROJECT_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** Prebuilt libraries beside the running file: only the packed CLI bundle has them. */
const PREBUILT_DIR = fileURLToPath(new URL("./sandbox-libs/", import.meta.url));

const packageOf = (name: GuestLibName) => name.split("/")[0] ?? name;

async function versionOf(cwd: string, name: GuestLibName): Promise<string> {
  try {
    const pkg = JSON.parse(
      await readFile(join(cwd, "node_modules", packageOf(name), "package.json"), "utf8"),
    ) as { version?: string };
    return pkg.version ?? "0";
  } catch {
    return "0";
  }
}

/**
 * A `loadLib` for makeQuickJsSandbox: a prebuilt file from `prebuiltDir` when there is one,
 * else bundles with esbuild (resolving from `cwd`) and caches the result.
 */
export function makeNodeLibLoader(
  cwd = PROJECT_ROOT,
  prebuiltDir = PREBUILT_DIR,
): (name: GuestLibName) => Promise<string> {
  const memory = new Map<GuestLibName, Promise<string>>();
  const dir = join(cwd, "node_modules", ".cache", "satchel-libs");
  async function load(name: GuestLibName): Promise<string> {
    const prebuilt = await readFile(join(prebuiltDir, libFileName(name)), "utf8").catch(
      () => undefined,
    );
    if (prebuilt !== undefined) return prebuilt;
    const file = join(dir, `${await versionOf(cwd, name)}-f${BUNDLE_FORMAT}-${libFileName(name)}`);
    try {
      return await readFile(file, "utf8");
    } catch {
      const source = await bundleGuestLib(name);
      await mkdir(dir, { recursive: true });
      await writeFile(file, source).catch(() => undefined);
      return source;
    }
  }
  return (name) => {
    let found = memory.get(name);
    if (!found) {
      found = load(name);
      memory.set(name, found);
      found.catch(() => memory.delete(name));
    }
    return found;
  };
}

let shared: ((name: GuestLibName) => Promise<string>) | undefined;

/** One loader per process (bundles are shared by every sandbox). */
export function sharedNodeLibLoader(): (name: GuestLibName) => Promise<string> {
  shared ??= makeNodeLibLoader();
  return shared;
}
