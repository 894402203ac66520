/**
 * Walks a module graph from the source, as the bundler will: static, side-effect and dynamic
 * imports of relative files (`import type` is erased and skipped), and the packages they name.
 * For tests that keep a graph free of something (the database, in pages embedded elsewhere).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** The repository root. */
export const ROOT = resolve(__dirname, "../../..");
/** Static, side-effect and dynamic imports; `import type` is erased and skipped. */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The file an import of `spec` from `from` reaches. */
function resolveFile(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ];
  return candidates.find((c) => existsSync(c) && !c.endsWith("/") && /\.(tsx?|css)$/.test(c));
}

/** Every file and package reachable from `entry`. */
export function moduleGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith(".css")) continue;
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith(".")) {
        packages.add(
          spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!,
        );
        continue;
      }
      const target = resolveFile(file, spec);
      if (!target) throw new Error(`${relative(ROOT, file)}: cannot resolve ${spec}`);
      queue.push(target);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}
