// The embed page runs in iframes on other sites: its module graph must hold no database code, so
// it can never open (or upgrade, or block) the app's IndexedDB. Walks the source imports from the
// entry, as the bundler will, and fails on Dexie, src/db or the app host that wires them.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../../..");
const ENTRY = resolve(__dirname, "main.tsx");
/** Static, side-effect and dynamic imports; `import type` is erased and skipped. */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

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

function graph(entry: string) {
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

describe("the embed page's module graph", () => {
  const { files, packages } = graph(ENTRY);

  it("reaches the modules it needs (the walk works)", () => {
    expect(files).toContain("src/core/share/fragment.ts");
    expect(files).toContain("src/ui/transport/fetchTransport.ts");
    expect(packages).toContain("solid-js");
  });

  it("holds no Dexie, no src/db and no app host", () => {
    expect(packages).not.toContain("dexie");
    expect(files.filter((f) => f.startsWith("src/db/") || f.startsWith("src/ui/host/"))).toEqual(
      [],
    );
  });

  it("catches a database import if one creeps in", () => {
    const app = graph(resolve(ROOT, "src/ui/main.tsx"));
    expect(app.packages).toContain("dexie");
  });
});
