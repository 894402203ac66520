import { describe, expect, it } from "vitest";
import { setup, storeTree } from "../test/helpers";
import { sortAfter } from "./treeEdit";

describe("tree.move", () => {
  it("moves a request under another folder", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    await repos.tree.move("request", fx.health.id, {
      collectionId: fx.api.id,
      parentId: fx.admins.id,
      sort: 5,
    });
    expect(await db.requests.get(fx.health.id)).toMatchObject({ parentId: fx.admins.id, sort: 5 });
  });

  it("rejects INVALID_MOVE into itself or a descendant, changing nothing", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    for (const parentId of [fx.users.id, fx.admins.id]) {
      await expect(
        repos.tree.move("folder", fx.users.id, { collectionId: fx.api.id, parentId, sort: 1 }),
      ).rejects.toMatchObject({ code: "INVALID_MOVE" });
    }
    expect(await db.folders.get(fx.users.id)).toEqual(fx.users);
  });

  it("rejects INVALID_MOVE into a folder of another collection", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    await expect(
      repos.tree.move("request", fx.health.id, {
        collectionId: fx.other.id,
        parentId: fx.users.id,
        sort: 1,
      }),
    ).rejects.toMatchObject({ code: "INVALID_MOVE" });
  });

  it("moving a folder to another collection carries all descendants along", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    await repos.tree.move("folder", fx.users.id, {
      collectionId: fx.other.id,
      parentId: null,
      sort: 3,
    });
    expect(await db.folders.get(fx.users.id)).toMatchObject({
      collectionId: fx.other.id,
      parentId: null,
      sort: 3,
    });
    expect((await db.folders.get(fx.admins.id))?.collectionId).toBe(fx.other.id);
    expect((await db.requests.get(fx.listAdmins.id))?.collectionId).toBe(fx.other.id);
    expect((await db.requests.get(fx.getUser.id))?.collectionId).toBe(fx.other.id);
    expect((await db.requests.get(fx.health.id))?.collectionId).toBe(fx.api.id);
  });

  it("rejects NOT_FOUND for a missing node or target", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const to = { collectionId: fx.api.id, parentId: null, sort: 1 };
    await expect(repos.tree.move("request", "ghost", to)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      repos.tree.move("request", fx.health.id, { ...to, collectionId: "ghost" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("tree.duplicate", () => {
  it("deep-copies a folder subtree with new ids, named copy, sorted just after", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const copyId = await repos.tree.duplicate("folder", fx.users.id);
    const copy = await db.folders.get(copyId);
    expect(copy).toMatchObject({ name: "Users copy", parentId: null, collectionId: fx.api.id });
    // Next sibling at the root of "API" is "Health" (sort 2): the copy goes between.
    expect(copy?.sort).toBe(1.5);

    const innerFolders = await db.folders.where("parentId").equals(copyId).toArray();
    expect(innerFolders.map((f) => f.name)).toEqual(["Admins"]);
    expect(innerFolders[0]?.id).not.toBe(fx.admins.id);
    const innerRequests = await db.requests.where("parentId").equals(copyId).toArray();
    expect(innerRequests.map((r) => r.name)).toEqual(["Get user"]);
    expect(innerRequests[0]?.examples[0]?.id).not.toBe("ex1");
    const deep = await db.requests.where("parentId").equals(innerFolders[0]!.id).toArray();
    expect(deep.map((r) => r.name)).toEqual(["List admins"]);
    // The original is untouched.
    expect(await db.folders.count()).toBe(4);
    expect(await db.requests.get(fx.getUser.id)).toEqual(fx.getUser);
  });

  it("duplicates a collection and all its rows into the copy", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const copyId = await repos.tree.duplicate("collection", fx.api.id);
    expect(await db.collections.get(copyId)).toMatchObject({ name: "API copy", sort: 1.5 });
    expect(await db.folders.where("collectionId").equals(copyId).count()).toBe(2);
    expect(await db.requests.where("collectionId").equals(copyId).count()).toBe(3);
    expect(await db.requests.where("collectionId").equals(fx.api.id).count()).toBe(3);
  });

  it("duplicates a last request to sort + 1", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const copyId = await repos.tree.duplicate("request", fx.health.id);
    expect(await db.requests.get(copyId)).toMatchObject({ name: "Health copy", sort: 3 });
  });
});

describe("sortAfter", () => {
  it("goes halfway to the next larger sort, or +1 at the end", () => {
    expect(sortAfter(1, [0, 1, 4, 2])).toBe(1.5);
    expect(sortAfter(4, [1, 4])).toBe(5);
  });
});
