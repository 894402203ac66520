/**
 * The sandbox for Node (tests, the command line, the conformance harness): QuickJS loaded from
 * node_modules, libraries bundled on demand. The browser worker uses ./makeSandbox.ts directly
 * with a fetch-based loader (../sandbox.worker.ts); do not import this file in browser code.
 */
import type { Sandbox } from "../../core/sandbox/types";
import type { GuestLibName } from "./libs";
import { makeQuickJsSandboxWith, type QuickJsSandboxOptions } from "./makeSandbox";
import { loadNodeQuickJs } from "./nodeModule";

export type { QuickJsSandboxOptions } from "./makeSandbox";
export { makeQuickJsSandboxWith } from "./makeSandbox";
export { GUEST_LIB_NAMES, libFileName, type GuestLibName } from "./libs";

/** Options of the Node entry: everything optional (see QuickJsSandboxOptions). */
export type NodeSandboxOptions = Partial<QuickJsSandboxOptions>;

async function nodeLoader(): Promise<(name: GuestLibName) => Promise<string>> {
  const { sharedNodeLibLoader } = await import("./build/nodeLibLoader");
  return sharedNodeLibLoader();
}

/** A QuickJS sandbox for Node; libraries are bundled with esbuild on first `require`. */
export function makeQuickJsSandbox(opts: NodeSandboxOptions = {}): Sandbox & { dispose(): void } {
  return makeQuickJsSandboxWith({
    ...opts,
    loadModule: opts.loadModule ?? loadNodeQuickJs,
    loadLib: opts.loadLib ?? (async (name) => (await nodeLoader())(name)),
  });
}
