import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { makeCollection, makeFolder, makeRequest } from "../core/factory";
import { makeFixedClock, makeSeededRandom } from "../core/env";
import { SCHEMA_VERSION } from "../core/model";
import { SCHEMA_V1, makeDb } from "./db";
import { fakeIdb, freshName } from "./test/helpers";

const deps = { clock: makeFixedClock(5), random: makeSeededRandom(3) };
const TABLES = Object.keys(SCHEMA_V1).sort();

describe("schema version 1 (2026-11-30)", () => {
  it("a new database opens at the latest version with every table", async () => {
    const db = makeDb(freshName(), fakeIdb);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(TABLES);
    db.close();
  });
});

describe("schema version 2 (2026-11-30): v1 → v2 upgrade", () => {
  it("keeps every row, backfills parentId and schemaVersion, and adds the parentId index", async () => {
    const name = freshName();
    const v1 = new Dexie(name, fakeIdb);
    v1.version(1).stores(SCHEMA_V1);
    const collection = makeCollection(deps, { workspaceId: "ws", name: "Old" });
    const { schemaVersion: _drop, ...unversioned } = collection;
    const folder = makeFolder(deps, { collectionId: collection.id, name: "F" });
    const { parentId: _noParent, ...orphanFolder } = folder;
    const inFolder = makeRequest(deps, {
      collectionId: collection.id,
      parentId: folder.id,
      name: "Inside",
    });
    const { parentId: _none, ...topLevel } = makeRequest(deps, {
      collectionId: collection.id,
      name: "Top",
    });
    await v1.table("collections").add(unversioned);
    await v1.table("folders").add(orphanFolder);
    await v1.table("requests").bulkAdd([inFolder, topLevel]);
    await v1.table("settings").put({ key: "theme", value: "dark", updatedAt: 1 });
    v1.close();

    const db = makeDb(name, fakeIdb);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.collections.get(collection.id)).toEqual(collection);
    expect((await db.folders.get(folder.id))?.parentId).toBeNull();
    expect((await db.requests.get(topLevel.id))?.parentId).toBeNull();
    expect(await db.requests.get(inFolder.id)).toEqual(inFolder);
    expect(await db.requests.where("parentId").equals(folder.id).toArray()).toEqual([inFolder]);
    expect(await db.settings.get("theme")).toMatchObject({ value: "dark" });
    expect((await db.folders.toArray()).every((f) => f.schemaVersion === SCHEMA_VERSION)).toBe(
      true,
    );
    db.close();
  });
});
