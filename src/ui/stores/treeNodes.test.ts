import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeCollection, makeRequest } from "../../core/factory";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeTestDeps } from "../testing/fixtures";
import { onceQuery, refreshOnceQueries, resetOnceQueries } from "../testing/onceQuery";
import { createTreeNodes } from "./treeNodes";
import type { TreeNode } from "../../core/tree";

/** Lets the fake live queries' promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  resetOnceQueries();
  vi.useRealTimers();
});

function setup() {
  const deps = makeTestDeps();
  const fake = makeFakeRepos(deps);
  const collection = makeCollection(deps, { workspaceId: "ws", name: "Imported" });
  const request = makeRequest(deps, { collectionId: collection.id, name: "Get pets" });
  const bundle = { collections: [collection], folders: [], requests: [request], environments: [] };
  let dispose = () => {};
  const tree = createRoot((d) => {
    dispose = d;
    return createTreeNodes(fake.repos, onceQuery);
  });
  const names = () => tree.nodes().map((n: TreeNode) => n.name);
  return { fake, bundle, tree, names, dispose, collection };
}

describe("createTreeNodes", () => {
  it("shows revealed nodes before the live queries read them, then only the stored ones", async () => {
    const { fake, bundle, tree, names, dispose, collection } = setup();
    await settle();
    expect(names()).toEqual([]);
    const nodes = await fake.repos.imports.store(bundle);
    tree.reveal(nodes);
    expect(names()).toEqual(["Imported", "Get pets"]);
    refreshOnceQueries();
    await settle();
    expect(names()).toEqual(["Imported", "Get pets"]);
    // Read back, the revealed nodes are gone: a later delete is not undone by them.
    await fake.repos.tree.remove("collection", collection.id);
    refreshOnceQueries();
    await settle();
    expect(names()).toEqual([]);
    dispose();
  });

  it("drops revealed nodes that are never read back after a while", async () => {
    vi.useFakeTimers();
    const { tree, names, dispose, bundle } = setup();
    await vi.advanceTimersByTimeAsync(0);
    tree.reveal([
      {
        kind: "collection",
        id: bundle.collections[0]!.id,
        collectionId: "x",
        parentId: null,
        name: "Ghost",
        sort: 1,
      },
    ]);
    expect(names()).toEqual(["Ghost"]);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(names()).toEqual(["Ghost"]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(names()).toEqual([]);
    dispose();
  });
});
