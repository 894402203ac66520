// Small statistics and result-writing helpers shared by every benchmark.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "results");

/** Median of a list of numbers (mean of the middle two for even counts). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Writes one benchmark's figures to bench/results/<name>.json and prints a summary line. */
export function report(name, figures) {
  mkdirSync(resultsDir, { recursive: true });
  const out = { name, at: new Date().toISOString(), node: process.version, ...figures };
  writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify(out, null, 2) + "\n");
  console.log(`\n# ${name}`);
  for (const [k, v] of Object.entries(figures)) {
    console.log(`  ${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`);
  }
  return out;
}
