import { defineConfig } from "vite";
import type { Plugin } from "vite";
import solid from "vite-plugin-solid";
import { CLASSIC_LOADER } from "./src/ui/tryit/classicLoader";
import { guestLibsPlugin } from "./src/workers/sandbox/build/guestLibsPlugin";

/** Emits the classic-script loader as written (no bundler code may be added to it). */
function classicLoader(): Plugin {
  return {
    name: "satchel-try-it-classic",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "satchel-try-it.classic.js",
        source: CLASSIC_LOADER,
      });
    },
  };
}

/**
 * The `<satchel-try-it>` build (run after the app's, into dist/try-it/): one ES module entry,
 * satchel-try-it.js, with lazy chunks beside it (spec worker, YAML, transports, code generators,
 * importers, the sandbox) and the classic loader. Relative base, so the folder can be hosted
 * anywhere. Nothing in its graph touches IndexedDB.
 */
export default defineConfig({
  base: "./",
  publicDir: false,
  plugins: [solid(), guestLibsPlugin(), classicLoader()],
  build: {
    target: "es2022",
    sourcemap: false,
    outDir: "dist/try-it",
    emptyOutDir: false,
    assetsDir: "chunks",
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { "satchel-try-it": "src/ui/tryit/entry.ts" },
      preserveEntrySignatures: "exports-only",
      output: {
        entryFileNames: "[name].js",
        chunkFileNames: "chunks/[name]-[hash].js",
        assetFileNames: "chunks/[name]-[hash][extname]",
      },
    },
  },
  worker: {
    format: "es",
    plugins: () => [guestLibsPlugin()],
    rollupOptions: { output: { entryFileNames: "chunks/[name]-[hash].js" } },
  },
});
