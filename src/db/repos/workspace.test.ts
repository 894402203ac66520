import { describe, expect, it, vi } from "vitest";
import { makeCollection, makeEnvironment, makeRequest } from "../../core/factory";
import type { Bundle, Id } from "../../core/model";
import { makeRepos } from "./index";
import { freshDb, makeTickingDeps, setup } from "../test/helpers";

function seedFor(deps: ReturnType<typeof makeTickingDeps>) {
  return vi.fn((workspaceId: Id): Bundle => {
    const collection = makeCollection(deps, { workspaceId, name: "Demo" });
    return {
      collections: [collection],
      folders: [],
      requests: [makeRequest(deps, { collectionId: collection.id, name: "Hello" })],
      environments: [makeEnvironment(deps, { workspaceId, name: "Local" })],
    };
  });
}

describe("workspace.ensureDefault", () => {
  it("creates the workspace and seeds it once", async () => {
    const { db, deps, repos } = setup();
    const seed = seedFor(deps);
    expect(await repos.workspace.current()).toBeUndefined(); // a read creates nothing
    const first = await repos.workspace.ensureDefault(seed);
    expect(await repos.workspace.current()).toEqual(first);
    expect(first.name).toBe("My workspace");
    const again = await repos.workspace.ensureDefault(seed);
    expect(again).toEqual(first);
    expect(seed).toHaveBeenCalledTimes(1);
    expect(seed).toHaveBeenCalledWith(first.id);
    expect((await db.collections.toArray()).map((c) => c.workspaceId)).toEqual([first.id]);
    expect(await db.requests.count()).toBe(1);
    expect(await db.environments.count()).toBe(1);
  });

  it("seeds once when two tabs call it at the same time", async () => {
    const db = freshDb();
    const name = db.name;
    const tabA = makeRepos(db, makeTickingDeps(1_000, 1));
    const tabB = makeRepos(freshDb(name), makeTickingDeps(1_000, 2));
    const seedA = seedFor(makeTickingDeps(1_000, 3));
    const seedB = seedFor(makeTickingDeps(1_000, 4));
    const [a, b] = await Promise.all([
      tabA.workspace.ensureDefault(seedA),
      tabB.workspace.ensureDefault(seedB),
    ]);
    expect(a.id).toBe(b.id);
    expect(seedA.mock.calls.length + seedB.mock.calls.length).toBe(1);
    expect(await db.workspaces.count()).toBe(1);
    expect(await db.collections.count()).toBe(1);
  });

  it("without a seed just creates the workspace", async () => {
    const { db, repos } = setup();
    await repos.workspace.ensureDefault();
    expect(await db.workspaces.count()).toBe(1);
    expect(await db.collections.count()).toBe(0);
  });
});

describe("globals", () => {
  it("creates an empty row on first read, then returns the stored one", async () => {
    const { repos } = setup();
    const first = await repos.globals.get("ws");
    expect(first).toMatchObject({ workspaceId: "ws", variables: [] });
    await repos.globals.put({
      ...first,
      variables: [{ key: "a", value: "1", type: "default", enabled: true }],
    });
    const again = await repos.globals.get("ws");
    expect(again.id).toBe(first.id);
    expect(again.variables).toHaveLength(1);
    expect(again.updatedAt).toBeGreaterThan(first.updatedAt);
  });
});
