// Initial JS+CSS bytes (gzip) the app shell loads before it is interactive: the entry script,
// every chunk it statically imports (Vite's modulepreload links) and the stylesheets linked from
// index.html. Lazy chunks (CodeMirror, QuickJS, workers) are listed separately.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { report } from "./lib/stats.mjs";

const TARGET_KB = 150;

export function measureBundle(dist = "dist") {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const refs = [
    ...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="\/?([^"]+)"[^>]+rel="(?:modulepreload|stylesheet)"/g),
  ].map((m) => m[1]);
  const initial = [...new Set(refs)].filter((f) => /\.(js|css)$/.test(f));
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const files = Object.fromEntries(initial.map((f) => [f, gz(f)]));
  const initialBytes = Object.values(files).reduce((a, b) => a + b, 0);
  const assets = readdirSync(join(dist, "assets"));
  const lazy = assets
    .filter((f) => /\.(js|css|wasm)$/.test(f) && !initial.includes(`assets/${f}`))
    .map((f) => [f, gz(`assets/${f}`)])
    .sort((a, b) => b[1] - a[1]);
  return report("bundle", {
    initialGzipBytes: initialBytes,
    initialGzipKB: +(initialBytes / 1024).toFixed(1),
    targetKB: TARGET_KB,
    withinTarget: initialBytes / 1024 < TARGET_KB,
    initialFiles: files,
    largestLazyChunksGzip: Object.fromEntries(lazy.slice(0, 8)),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) measureBundle();
