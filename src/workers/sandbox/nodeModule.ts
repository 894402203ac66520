/**
 * Node-only: the QuickJS WebAssembly module compiled once from node_modules, so a fresh module
 * instance (after a crash) costs only an instantiation. Loading the bytes ourselves also works
 * when a bundler picked the package's browser build (Vitest resolves the "browser" condition).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import RELEASE_SYNC from "@jitl/quickjs-wasmfile-release-sync";
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSWASMModule,
} from "quickjs-emscripten-core";

let compiled: Promise<WebAssembly.Module> | undefined;

function wasmModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const path = createRequire(import.meta.url).resolve("@jitl/quickjs-wasmfile-release-sync/wasm");
    return WebAssembly.compile(await readFile(path));
  })();
  return compiled;
}

/** A new QuickJS module instance (RELEASE_SYNC), on `memory` when given (its maximum caps it). */
export async function loadNodeQuickJs(memory?: WebAssembly.Memory): Promise<QuickJSWASMModule> {
  const module = await wasmModule();
  return newQuickJSWASMModuleFromVariant(
    newVariant(RELEASE_SYNC, { wasmModule: module, ...(memory ? { wasmMemory: memory } : {}) }),
  );
}
