import { describe, expect, it } from "vitest";
import { makeSeededRandom } from "../../clock";
import { SCHEMA_VERSION } from "../../model";
import { restoreBundle } from "./index";
import { deps, restored } from "./test/helpers";

describe("restoreBundle: references", () => {
  const c = (id: string) => ({ id, workspaceId: "ws", name: id });
  const f = (id: string, collectionId: string, parentId: string | null = null, name = id) => ({
    id,
    collectionId,
    parentId,
    name,
  });
  const r = (id: string, collectionId: string, parentId: string | null = null) => ({
    id,
    collectionId,
    parentId,
    name: id,
  });

  it("moves items whose parent is missing, or in another collection, to their collection's root", () => {
    const { bundle, warnings } = restored({
      collections: [c("A"), c("B")],
      folders: [f("fa", "A"), f("fb", "B", "fa"), f("fc", "B", "gone")],
      requests: [r("r1", "A", "fa"), r("r2", "A", "fb"), r("r3", "B", "nowhere")],
    });
    const parent = (id: string) =>
      [...bundle.folders, ...bundle.requests].find((x) => x.id === id)?.parentId;
    expect(["fb", "fc", "r2", "r3"].map(parent)).toEqual([null, null, null, null]);
    expect(parent("r1")).toBe("fa");
    expect(warnings).toEqual([
      "Moved 4 items whose folder is missing to the top of their collection.",
    ]);
  });

  it("drops folders and requests whose collection is not in the bundle, with a warning", () => {
    const { bundle, warnings } = restored({
      collections: [c("A")],
      folders: [f("x", "Z"), f("y", "A")],
      requests: [r("r1", "Z", "x"), r("r2", "A", "x"), { id: "r3", name: "no collection" }],
    });
    expect(bundle.folders.map((x) => x.id)).toEqual(["y"]);
    expect(bundle.requests.map((x) => [x.id, x.parentId])).toEqual([["r2", null]]);
    expect(warnings).toEqual([
      "Skipped 3 folders and requests whose collection is not in the import.",
      "Moved 1 item whose folder is missing to the top of its collection.",
    ]);
  });

  it("gives duplicate ids fresh ones and keeps each child with the copy in its own collection", () => {
    const { bundle } = restored({
      collections: [c("A"), c("B")],
      folders: [f("same", "A", null, "in A"), f("same", "B", null, "in B"), f("A", "A", "same")],
      requests: [r("same", "A", "same"), r("same", "B", "same"), r("A", "A")],
      environments: [{ id: "A", workspaceId: "ws" }],
    });
    const ids = [
      ...bundle.collections,
      ...bundle.folders,
      ...bundle.requests,
      ...bundle.environments,
    ].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const inB = bundle.folders.find((x) => x.name === "in B");
    expect(inB?.id).not.toBe("same");
    const inA = bundle.folders.find((x) => x.name === "in A");
    expect(inA?.id).toBe("same");
    const [ra, rb] = bundle.requests;
    expect(ra?.parentId).toBe("same");
    expect(rb?.parentId).toBe(inB?.id);
    expect(bundle.folders[2]?.parentId).toBe("same");
    // Fresh ids come from the injected random source, so restore is deterministic.
    expect(restored({ collections: [c("A"), c("A")] }).bundle.collections.map((x) => x.id)).toEqual(
      ["A", makeSeededRandom(7).uuid()],
    );
  });

  it("breaks folder cycles (a loop of three, and a folder that is its own parent)", () => {
    const { bundle, warnings } = restored({
      collections: [c("A")],
      folders: [f("x", "A", "z"), f("y", "A", "x"), f("z", "A", "y"), f("self", "A", "self")],
      requests: [r("in-z", "A", "z")],
    });
    const parents = Object.fromEntries(bundle.folders.map((x) => [x.id, x.parentId]));
    expect(parents).toEqual({ x: null, y: "x", z: "y", self: null });
    expect(bundle.requests[0]?.parentId).toBe("z");
    expect(warnings).toEqual([
      "Moved 2 folders that were inside themselves to the top of their collection.",
    ]);
  });

  it("makes sort orders unique and dense per parent, in the order the sidebar showed", () => {
    const { bundle } = restored({
      collections: [
        { ...c("A"), sort: 9 },
        { ...c("B"), sort: -1 },
      ],
      folders: [
        { ...f("f", "A"), sort: 2 },
        { ...f("g", "A", "f"), sort: 2 },
      ],
      requests: [
        { ...r("b", "A"), sort: 2 },
        { ...r("a", "A"), sort: 0.5 },
        { ...r("late", "A") },
        { ...r("c", "A", "f"), sort: 2, name: "a" },
        { ...r("d", "A", "f"), sort: 1e9 },
      ],
    });
    expect(bundle.collections.map((x) => [x.id, x.sort])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
    const sort = (id: string) =>
      [...bundle.folders, ...bundle.requests].find((x) => x.id === id)?.sort;
    expect(["a", "b", "f", "late"].map(sort)).toEqual([1, 2, 3, 4]);
    expect(["c", "g", "d"].map(sort)).toEqual([1, 2, 3]);
  });

  it("infers a missing workspace from the rest of the bundle, or takes the one given", () => {
    const input = {
      collections: [{ id: "A" }],
      environments: [{ id: "e", workspaceId: "w1" }],
    };
    expect(restored(input).bundle.collections[0]?.workspaceId).toBe("w1");
    const forced = restoreBundle(input, deps(), { workspaceId: "w2" });
    expect(forced.ok && forced.value.bundle.environments[0]?.workspaceId).toBe("w2");
  });

  it("works without deps: time 0 and counted ids, still deterministic", () => {
    const { bundle } = restored({ collections: [c("A"), c("A"), { workspaceId: "ws" }] }, null);
    expect(bundle.collections.map((x) => [x.id, x.createdAt])).toEqual([
      ["A", 0],
      ["restored-1", 0],
      ["restored-2", 0],
    ]);
  });
});

describe("restoreBundle: what cannot be repaired", () => {
  const code = (input: unknown) => {
    const r = restoreBundle(input, deps());
    return r.ok ? "ok" : `${r.error.code} at ${r.error.at ?? "-"}`;
  };

  it("rejects with a precise code and place", () => {
    expect(code(null)).toBe("RESTORE_NOT_A_BUNDLE at -");
    expect(code([{ collections: [] }])).toBe("RESTORE_NOT_A_BUNDLE at -");
    expect(code({ collections: [{ id: "c" }] })).toBe(
      "RESTORE_NO_WORKSPACE at collections[0].workspaceId",
    );
    expect(code({ collections: [{ workspaceId: "a" }, { workspaceId: "b" }, {}] })).toBe(
      "RESTORE_NO_WORKSPACE at collections[2].workspaceId",
    );
    expect(code({ environments: [{ workspaceId: "w", schemaVersion: SCHEMA_VERSION + 1 }] })).toBe(
      "RESTORE_NEWER_SCHEMA at environments[0].schemaVersion",
    );
    expect(code({ requests: [{ id: "r", collectionId: "gone" }] })).toBe(
      "RESTORE_NOTHING_LEFT at -",
    );
    let deep: unknown = "x";
    for (let i = 0; i < 2000; i++) deep = [deep];
    expect(code({ collections: [{ workspaceId: "w", extra: { deep } }] })).toMatch(
      /^RESTORE_TOO_DEEP at collections\[0\]\.extra\.deep(\[0\])+$/,
    );
    const loop: Record<string, unknown> = {};
    loop.self = { loop };
    expect(code({ collections: [{ workspaceId: "w", extra: loop }] })).toBe(
      "RESTORE_CYCLIC_VALUE at collections[0].extra.self.loop",
    );
    const trap = {
      workspaceId: "w",
      get name(): string {
        throw new Error("gotcha");
      },
    };
    const r = restoreBundle({ collections: [trap] }, deps());
    expect(r).toMatchObject({ ok: false, error: { code: "RESTORE_FAILED" } });
  });

  it("accepts an empty bundle, and drops values that are not data", () => {
    expect(restored({}).bundle).toEqual({
      collections: [],
      folders: [],
      requests: [],
      environments: [],
    });
    const { bundle, warnings } = restored({
      collections: [
        { workspaceId: "w", extra: { f: () => 1, d: new Date(0), n: 10n, list: [undefined] } },
      ],
    });
    expect(bundle.collections[0]?.extra).toEqual({ n: "10", list: [null] });
    expect(warnings).toEqual(["Ignored 2 values that are not data."]);
  });
});
