// The try-it element runs inside other sites' docs pages: its module graph (lazy parts included)
// must hold no database code, so it can never open the app's IndexedDB on that origin.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleGraph } from "../testing/moduleGraph";

describe("the try-it element's module graph", () => {
  const { files, packages } = moduleGraph(resolve(__dirname, "entry.ts"));

  it("reaches the modules it needs, lazy ones included (the walk works)", () => {
    expect(files).toContain("src/core/tryit/buildRequest.ts");
    expect(files).toContain("src/ui/transport/fetchTransport.ts");
    expect(files.some((f) => f.startsWith("src/core/codegen/"))).toBe(true);
  });

  it("holds no Dexie, no src/db and no app host", () => {
    expect(packages).not.toContain("dexie");
    expect(files.filter((f) => f.startsWith("src/db/") || f.startsWith("src/ui/host/"))).toEqual(
      [],
    );
  });
});
