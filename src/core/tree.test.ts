import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  flattenTree,
  isInSubtree,
  placementForDrop,
  sortBetween,
  sortForStep,
} from "./tree";
import type { Collection, Folder } from "./model";
import type { TreeNode } from "./tree";

const c = (id: string, sort = 0, name = id): TreeNode => ({
  kind: "collection",
  id,
  collectionId: id,
  parentId: null,
  name,
  sort,
});
const f = (id: string, col: string, parent: string | null, sort = 0, name = id): TreeNode => ({
  kind: "folder",
  id,
  collectionId: col,
  parentId: parent,
  name,
  sort,
});
const r = (id: string, col: string, parent: string | null, sort = 0, name = id): TreeNode => ({
  kind: "request",
  id,
  collectionId: col,
  parentId: parent,
  name,
  sort,
  method: "GET",
});

// C1 { F1 { R1 "Get users", R2 "Create user" }, R3 "Health" }, C2 { R4 "Login" }
const nodes: TreeNode[] = [
  c("C2", 2),
  c("C1", 1),
  f("F1", "C1", null, 1),
  r("R3", "C1", null, 2, "Health"),
  r("R2", "C1", "F1", 2, "Create user"),
  r("R1", "C1", "F1", 1, "Get users"),
  r("R4", "C2", null, 1, "Login"),
];
const ids = (rows: { node: TreeNode }[]) => rows.map((row) => row.node.id);

describe("flattenTree", () => {
  it("shows only roots when nothing is expanded, sorted by sort", () => {
    expect(ids(flattenTree(nodes, new Set()))).toEqual(["C1", "C2"]);
  });

  it("walks expanded parents depth-first with levels and positions", () => {
    const rows = flattenTree(nodes, new Set(["C1", "F1"]));
    expect(ids(rows)).toEqual(["C1", "F1", "R1", "R2", "R3", "C2"]);
    expect(rows.map((row) => row.level)).toEqual([1, 2, 3, 3, 2, 1]);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: true, posInSet: 1, setSize: 2 });
    expect(rows[2]).toMatchObject({ parentId: "F1", posInSet: 1, setSize: 2, hasChildren: false });
    expect(rows[5]).toMatchObject({ expanded: false, hasChildren: true });
  });

  it("breaks sort ties by name", () => {
    const tied = [c("b", 0, "Beta"), c("a", 0, "Alpha")];
    expect(ids(flattenTree(tied, new Set()))).toEqual(["a", "b"]);
  });

  it("accepts a predicate for expansion", () => {
    const rows = flattenTree(nodes, (n) => n.kind === "collection");
    expect(ids(rows)).toEqual(["C1", "F1", "R3", "C2", "R4"]);
  });

  it("filters by name case-insensitively, keeping and expanding ancestors", () => {
    const rows = flattenTree(nodes, new Set(), "USER");
    expect(ids(rows)).toEqual(["C1", "F1", "R1", "R2"]);
    expect(rows.slice(0, 2).every((row) => row.expanded)).toBe(true);
    expect(rows[0]).toMatchObject({ setSize: 1 });
  });

  it("returns nothing when the filter matches nothing", () => {
    expect(flattenTree(nodes, new Set(["C1"]), "zzz")).toEqual([]);
  });
});

describe("sort maths", () => {
  it("sortBetween picks a value strictly between neighbours", () => {
    expect(sortBetween(1, 2)).toBe(1.5);
    expect(sortBetween(undefined, 2)).toBe(1);
    expect(sortBetween(3, undefined)).toBe(4);
    expect(sortBetween(undefined, undefined)).toBe(1);
  });

  it("sortForStep moves one place among siblings and stops at the ends", () => {
    const r2 = nodes.find((n) => n.id === "R2")!;
    const r1 = nodes.find((n) => n.id === "R1")!;
    expect(sortForStep(nodes, r2, -1)).toBe(0); // before R1 (sort 1)
    expect(sortForStep(nodes, r1, 1)).toBe(3); // after R2 (sort 2)
    expect(sortForStep(nodes, r1, -1)).toBeUndefined();
  });

  it("detects a node inside another's subtree", () => {
    expect(
      isInSubtree(
        nodes,
        nodes.find((n) => n.id === "R1")!,
        "C1",
      ),
    ).toBe(true);
    expect(
      isInSubtree(
        nodes,
        nodes.find((n) => n.id === "R4")!,
        "C1",
      ),
    ).toBe(false);
  });
});

describe("placementForDrop", () => {
  const get = (id: string) => nodes.find((n) => n.id === id)!;

  it("drops inside a folder after its last child", () => {
    expect(placementForDrop(nodes, get("R4"), get("F1"), "inside")).toEqual({
      collectionId: "C1",
      parentId: "F1",
      sort: 3,
    });
  });

  it("treats a drop beside a collection as into it", () => {
    expect(placementForDrop(nodes, get("R1"), get("C2"), "before")).toEqual({
      collectionId: "C2",
      parentId: null,
      sort: 2,
    });
  });

  it("reorders between neighbours", () => {
    expect(placementForDrop(nodes, get("R4"), get("R3"), "before")).toEqual({
      collectionId: "C1",
      parentId: null,
      sort: 1.5, // between F1 (1) and R3 (2)
    });
    expect(placementForDrop(nodes, get("R2"), get("R1"), "before")?.sort).toBe(0);
  });

  it("refuses drops into the dragged node's own subtree or onto a request", () => {
    expect(placementForDrop(nodes, get("F1"), get("R1"), "after")).toBeUndefined();
    expect(placementForDrop(nodes, get("F1"), get("F1"), "inside")).toBeUndefined();
    expect(placementForDrop(nodes, get("R4"), get("R1"), "inside")).toBeUndefined();
  });

  it("only reorders collections among collections", () => {
    expect(placementForDrop(nodes, get("C2"), get("C1"), "before")?.sort).toBe(0);
    expect(placementForDrop(nodes, get("C2"), get("F1"), "before")).toBeUndefined();
  });
});

describe("ancestorsOf", () => {
  const collection = { id: "c" } as Collection;
  const outer = { id: "f1", parentId: null } as Folder;
  const inner = { id: "f2", parentId: "f1" } as Folder;
  const rows = new Map<string, Collection | Folder>([
    ["c", collection],
    ["f1", outer],
    ["f2", inner],
  ]);
  const find = {
    collection: (id: string) => (id === "c" ? collection : undefined),
    folder: (id: string) => rows.get(id) as Folder | undefined,
  };

  it("walks a nested request up to its collection, outermost folder first", () => {
    expect(ancestorsOf({ collectionId: "c", parentId: "f2" }, find)).toEqual({
      collection,
      folders: [outer, inner],
      complete: true,
    });
  });

  it("says when a row it names is not found", () => {
    expect(ancestorsOf({ collectionId: "c", parentId: "gone" }, find).complete).toBe(false);
    expect(ancestorsOf({ collectionId: "x", parentId: null }, find).complete).toBe(false);
  });

  it("ends a folder cycle in hostile data", () => {
    const loop = { id: "l", parentId: "l" } as Folder;
    const r = ancestorsOf({ collectionId: "c", parentId: "l" }, { ...find, folder: () => loop });
    expect(r.folders.length).toBe(64);
  });
});
