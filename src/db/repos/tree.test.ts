import { describe, expect, it } from "vitest";
import { makeRequest } from "../../core/factory";
import { DbError } from "./index";
import { setup, storeTree } from "../test/helpers";

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("tree.listNodes", () => {
  it("returns a light node per collection, folder and request", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const nodes = await repos.tree.listNodes();
    expect(nodes).toHaveLength(7);
    expect(nodes.find((n) => n.id === fx.listAdmins.id)).toEqual({
      kind: "request",
      id: fx.listAdmins.id,
      collectionId: fx.api.id,
      parentId: fx.admins.id,
      name: "List admins",
      sort: 1,
      method: "GET",
    });
    expect(nodes.find((n) => n.id === fx.api.id)).toMatchObject({
      kind: "collection",
      collectionId: fx.api.id,
      parentId: null,
    });
  });

  it("lists the nodes of one kind alone", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const all = await repos.tree.listNodes();
    for (const kind of ["collection", "folder", "request"] as const) {
      const some = await repos.tree.listNodes(kind);
      expect(some.length).toBeGreaterThan(0);
      expect(some).toEqual(all.filter((n) => n.kind === kind));
    }
    expect((await repos.tree.listNodes("collection")).map((n) => n.id).sort()).toEqual(
      [fx.api.id, fx.other.id].sort(),
    );
  });

  it("lists 10,000 requests quickly", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeRequest(deps, { collectionId: fx.api.id, name: `r${i}`, sort: i, url: "x".repeat(200) }),
    );
    await db.requests.bulkAdd(many);
    const started = performance.now();
    const nodes = await repos.tree.listNodes();
    const elapsed = performance.now() - started;
    expect(nodes).toHaveLength(10_007);
    console.info(`listNodes over 10k requests: ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe("tree.rename", () => {
  it("renames and stamps updatedAt", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    await repos.tree.rename("folder", fx.users.id, "People");
    const folder = await repos.folders.get(fx.users.id);
    expect(folder?.name).toBe("People");
    expect(folder!.updatedAt).toBeGreaterThan(fx.users.updatedAt);
  });

  it("rejects NOT_FOUND for a missing node", async () => {
    const { repos } = setup();
    await expect(repos.tree.rename("request", "nope", "x")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("tree.remove and restore", () => {
  it("removes a folder subtree and restores it exactly", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const trash = await repos.tree.remove("folder", fx.users.id);
    expect(ids(trash.rows.folders)).toEqual(ids([fx.users, fx.admins]));
    expect(ids(trash.rows.requests)).toEqual(ids([fx.listAdmins, fx.getUser]));
    expect(ids(await db.folders.toArray())).toEqual([]);
    expect(ids(await db.requests.toArray())).toEqual([fx.health.id]);

    await repos.tree.restore(trash);
    expect(await db.folders.get(fx.admins.id)).toEqual(fx.admins);
    expect(await db.requests.get(fx.getUser.id)).toEqual(fx.getUser);
  });

  it("removes a whole collection with everything in it", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const trash = await repos.tree.remove("collection", fx.api.id);
    expect(trash.rows.collections).toEqual([fx.api]);
    expect(trash.rows.requests).toHaveLength(3);
    expect(await db.requests.count()).toBe(0);
    expect(ids(await db.collections.toArray())).toEqual([fx.other.id]);
    await repos.tree.restore(trash);
    expect(await db.requests.count()).toBe(3);
    expect(await db.folders.count()).toBe(2);
  });

  it("rejects NOT_FOUND and removes nothing for a missing node", async () => {
    const { db, deps, repos } = setup();
    await storeTree(db, deps);
    const error = await repos.tree.remove("folder", "ghost").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe("NOT_FOUND");
    expect(await db.requests.count()).toBe(3);
  });
});
