// The embed page runs in iframes on other sites: its module graph must hold no database code, so
// it can never open (or upgrade, or block) the app's IndexedDB. Walks the source imports from the
// entry, as the bundler will, and fails on Dexie, src/db or the app host that wires them.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, moduleGraph as graph } from "../testing/moduleGraph";

const ENTRY = resolve(__dirname, "main.tsx");

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
