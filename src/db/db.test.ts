import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { makeCollection, makeFolder, makeRequest } from "../core/factory";
import { makeFixedClock, makeSeededRandom } from "../core/clock";
import { SCHEMA_VERSION } from "../core/model";
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  makeDb,
} from "./db";
import { makeRepos } from "./repos/index";
import { fakeIdb, freshName } from "./test/helpers";

const deps = { clock: makeFixedClock(5), random: makeSeededRandom(3) };
const TABLES = Object.keys(SCHEMA_V7).sort();
/** The newest schema version: every upgrade below must end there. */
const LATEST = 7;

describe("schema version 1 (2026-11-30)", () => {
  it("a new database opens at the latest version with every table", async () => {
    const db = makeDb(freshName(), fakeIdb);
    await db.open();
    expect(db.verno).toBe(LATEST);
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
    expect(db.verno).toBe(LATEST);
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

describe("schema version 3 (2026-11-30): v2 → v3 upgrade", () => {
  it("moves history bodies to their own table and keeps every entry", async () => {
    const name = freshName();
    const v2 = new Dexie(name, fakeIdb);
    v2.version(2).stores(SCHEMA_V2);
    const base = { schemaVersion: 1, createdAt: 1, updatedAt: 1, workspaceId: "ws" };
    const request = { method: "GET", url: "u", params: [], headers: [], name: "n" };
    await v2.table("history").bulkAdd([
      { ...base, id: "a", request, resolvedUrl: "u", sentAt: 1, responseBody: "body a" },
      { ...base, id: "b", request, resolvedUrl: "u", sentAt: 2 },
    ]);
    v2.close();

    const db = makeDb(name, fakeIdb);
    const repos = makeRepos(db, deps);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.history.get("a")).not.toHaveProperty("responseBody");
    expect(await db.historyBodies.get("a")).toEqual({ id: "a", body: "body a" });
    expect(await repos.history.get("a")).toMatchObject({ id: "a", responseBody: "body a" });
    expect(await repos.history.get("b")).not.toHaveProperty("responseBody");
    expect((await repos.history.list()).map((e) => e.id)).toEqual(["b", "a"]);
    db.close();
  });
});

describe("schema version 4 (2026-11-30): v3 → v4 upgrade", () => {
  it("adds an empty runs table and keeps the v3 rows", async () => {
    const name = freshName();
    const v3 = new Dexie(name, fakeIdb);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table("historyBodies").add({ id: "a", body: "kept" });
    await v3.table("settings").put({ key: "theme", value: "dark", updatedAt: 1 });
    v3.close();

    const db = makeDb(name, fakeIdb);
    const repos = makeRepos(db, deps);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.runs.count()).toBe(0);
    expect(await db.historyBodies.get("a")).toEqual({ id: "a", body: "kept" });
    expect(await db.settings.get("theme")).toMatchObject({ value: "dark" });
    expect(await repos.runs.list("c1")).toEqual([]);
    db.close();
  });
});

describe("schema version 5 (2026-12-07): v4 → v5 upgrade", () => {
  it("adds an empty drafts table and keeps the v4 rows", async () => {
    const name = freshName();
    const v4 = new Dexie(name, fakeIdb);
    v4.version(4).stores(SCHEMA_V4);
    const request = makeRequest(deps, { collectionId: "c1", name: "Kept" });
    await v4.table("requests").add(request);
    await v4.table("settings").put({ key: "openTabs", value: { ids: [request.id] }, updatedAt: 1 });
    await v4.table("runs").add({ id: "r1", collectionId: "c1", startedAt: 1 });
    v4.close();

    const db = makeDb(name, fakeIdb);
    const repos = makeRepos(db, deps);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.drafts.count()).toBe(0);
    expect(await repos.drafts.list()).toEqual([]);
    expect(await db.requests.get(request.id)).toEqual(request);
    expect(await db.settings.get("openTabs")).toMatchObject({ value: { ids: [request.id] } });
    expect(await db.runs.get("r1")).toMatchObject({ collectionId: "c1" });
    // The new table works at once: a draft round-trips.
    await repos.drafts.put({ id: request.id, draft: request, base: request, isNew: false });
    expect(await repos.drafts.list()).toEqual([
      { id: request.id, draft: request, base: request, isNew: false, updatedAt: 5 },
    ]);
    db.close();
  });
});

describe("schema version 6 (2026-12-07): v5 → v6 upgrade", () => {
  it("adds an empty cookies table keyed by workspace, domain, path and name, keeping the v5 rows", async () => {
    const name = freshName();
    const v5 = new Dexie(name, fakeIdb);
    v5.version(5).stores(SCHEMA_V5);
    const request = makeRequest(deps, { collectionId: "c1", name: "Kept" });
    await v5.table("requests").add(request);
    await v5.table("drafts").add({ id: request.id, draft: request, base: request, isNew: false });
    await v5.table("settings").put({ key: "theme", value: "dark", updatedAt: 1 });
    v5.close();

    const db = makeDb(name, fakeIdb);
    const repos = makeRepos(db, deps);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.cookies.count()).toBe(0);
    expect(db.cookies.schema.primKey.keyPath).toEqual(["workspaceId", "domain", "path", "key"]);
    expect(db.cookies.schema.indexes).toEqual([]);
    expect(await db.requests.get(request.id)).toEqual(request);
    expect(await db.drafts.get(request.id)).toMatchObject({ draft: request });
    expect(await db.settings.get("theme")).toMatchObject({ value: "dark" });
    // The new table works at once: a cookie round-trips.
    const cookie = { key: "sid", value: "1", domain: "a.test", path: "/", hostOnly: true };
    await repos.cookies.put("ws", cookie);
    expect(await repos.cookies.list("ws")).toEqual([cookie]);
    db.close();
  });
});

describe("schema version 7 (2026-12-07): v6 → v7 upgrade", () => {
  it("adds an empty oauth2Tokens table indexed by collection, keeping the v6 rows", async () => {
    const name = freshName();
    const v6 = new Dexie(name, fakeIdb);
    v6.version(6).stores(SCHEMA_V6);
    const request = makeRequest(deps, { collectionId: "c1", name: "Kept" });
    await v6.table("requests").add(request);
    const cookie = { key: "sid", value: "1", domain: "a.test", path: "/", hostOnly: true };
    await v6.table("cookies").add({ ...cookie, workspaceId: "ws" });
    v6.close();

    const db = makeDb(name, fakeIdb);
    const repos = makeRepos(db, deps);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.oauth2Tokens.count()).toBe(0);
    expect(db.oauth2Tokens.schema.indexes.map((i) => i.name)).toEqual(["collectionId"]);
    expect(await db.requests.get(request.id)).toEqual(request);
    expect(await repos.cookies.list("ws")).toEqual([cookie]);
    // The new table works at once: a token round-trips.
    const token = { id: "t1", name: "Mine", accessToken: "at", createdAt: 1 };
    await repos.oauth2Tokens.put("c1", token);
    expect(await repos.oauth2Tokens.list("c1")).toEqual([token]);
    db.close();
  });
});
