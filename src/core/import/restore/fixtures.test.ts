/**
 * Property: for every importer fixture, restoring what the import produced is idempotent
 * (restoring twice changes nothing) and gives a well-formed bundle.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import { startOpenApi } from "../openapi/index";
import { bundleProblems } from "../test/bundleProblems";
import { fixtureBundles, openApiFixtures } from "../test/fixtureBundles";
import { restoreBundle } from "./index";
import { makeStreamRestorer } from "./stream";

const deps = (): Deps => ({ clock: makeFixedClock(3), random: makeSeededRandom(11) });

describe("restoreBundle over every importer fixture", () => {
  for (const [name, imported] of fixtureBundles(deps)) {
    it(`${name}: restore is idempotent and well-formed`, () => {
      const once = restoreBundle(imported, deps());
      if (!once.ok) throw new Error(once.error.message);
      expect(bundleProblems(once.value.bundle, "ws")).toEqual([]);
      expect(once.value.warnings).toEqual([]);
      const twice = restoreBundle(once.value.bundle, deps());
      expect(twice.ok && isDeepStrictEqual(twice.value, once.value)).toBe(true);
      const size = (b: typeof imported) =>
        [b.collections, b.folders, b.requests, b.environments].map((l) => l.length);
      expect(size(once.value.bundle)).toEqual(size(imported));
    });
  }
});

describe("makeStreamRestorer", () => {
  for (const [name, doc] of Object.entries(openApiFixtures)) {
    it(`${name}: chunk by chunk gives what restoring the whole document gives`, () => {
      const whole = fixtureBundles(deps).find(([n]) => n === name)?.[1];
      const restoredWhole = restoreBundle(whole, deps());
      if (!restoredWhole.ok) throw new Error(restoredWhole.error.message);
      const started = startOpenApi(doc, deps(), "ws");
      if (!started.ok) throw new Error(started.error.message);
      const stream = makeStreamRestorer(started.value.collection, deps(), { workspaceId: "ws" });
      if (!stream.ok) throw new Error(stream.error.message);
      const folders = [];
      const requests = [];
      for (const chunk of started.value.chunks(2)) {
        const r = stream.value.chunk(chunk);
        if (!r.ok) throw new Error(r.error.message);
        folders.push(...r.value.folders);
        requests.push(...r.value.requests);
      }
      const { bundle } = restoredWhole.value;
      expect({ ...stream.value.collection, sort: 1 }).toEqual(bundle.collections[0]);
      expect(folders).toEqual(bundle.folders);
      expect(requests).toEqual(bundle.requests);
      expect(stream.value.warnings()).toEqual([]);
    });
  }

  it("restores hostile chunks: unsafe keys, orphans, parents that come later or never", () => {
    const d = deps();
    const stream = makeStreamRestorer({ id: "c", workspaceId: "ws", name: "c" }, d);
    if (!stream.ok) throw new Error(stream.error.message);
    const first = stream.value.chunk(
      JSON.parse(
        `{"folders":[{"id":"f","collectionId":"c","__proto__":{"x":1},"extra":{"constructor":1}},
          {"id":"g","collectionId":"c","parentId":"later"}],
          "requests":[{"id":"r","collectionId":"c","parentId":"f","headers":[{"key":"__proto__","__proto__":1}]},
          {"id":"o","collectionId":"other"}, 7]}`,
      ) as { folders: unknown[]; requests: unknown[] },
    );
    const second = stream.value.chunk({
      folders: [
        { id: "later", collectionId: "c" },
        { id: "f", collectionId: "c", parentId: "f" },
      ],
      requests: [{ id: "r", collectionId: "c", parentId: "later", sort: -5 }],
    });
    if (!first.ok || !second.ok) throw new Error("chunk failed");
    expect(first.value.folders.map((f) => [f.id, f.parentId, f.sort, f.extra])).toEqual([
      ["f", null, 1, {}],
      ["g", null, 2, undefined],
    ]);
    expect(first.value.requests.map((r) => [r.id, r.parentId, r.headers])).toEqual([
      ["r", "f", [{ key: "__proto__", value: "", enabled: true }]],
    ]);
    const [later, dup] = second.value.folders;
    expect([later?.id, later?.parentId, later?.sort]).toEqual(["later", null, 3]);
    // A repeated id gets a fresh one; its parent (the first "f") came before it.
    expect([dup?.id === "f", dup?.parentId, dup?.sort]).toEqual([false, "f", 2]);
    expect(second.value.requests.map((r) => [r.id === "r", r.parentId, r.sort])).toEqual([
      [false, "later", 1],
    ]);
    expect(stream.value.warnings()).toEqual([
      "Ignored 3 fields named __proto__, constructor or prototype.",
      "Skipped 1 entry that is not an object.",
      "Skipped 1 folder or request whose collection is not in the import.",
      "Moved 1 item whose folder is missing to the top of its collection.",
    ]);
  });

  it("rejects a collection it cannot place", () => {
    expect(makeStreamRestorer({ id: "c" })).toMatchObject({
      ok: false,
      error: { code: "RESTORE_NO_WORKSPACE", at: "collection.workspaceId" },
    });
    expect(makeStreamRestorer("c")).toMatchObject({
      ok: false,
      error: { code: "RESTORE_NOT_A_BUNDLE" },
    });
  });
});
