import Dexie from "dexie";
import type { DBCore } from "dexie";
import { describe, expect, it } from "vitest";
import { makeRequest } from "../core/factory";
import { SCHEMA_V1, makeDb } from "./db";
import { toDbError } from "./errors";
import { DbError, makeRepos } from "./repos/index";
import { fakeIdb, freshName, makeTickingDeps, setup, storeTree } from "./test/helpers";

/** Lets `fail()` make every later write to `table` fail the way a full disk does. */
function quotaSwitch(db: Dexie, table: string) {
  let full = false;
  db.use({
    stack: "dbcore",
    name: "quota",
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: (req) =>
            full
              ? Promise.reject(new DOMException("Disk full", "QuotaExceededError"))
              : inner.mutate(req),
        };
      },
    }),
  });
  return { fail: () => void (full = true) };
}

describe("toDbError", () => {
  it("finds a quota error wrapped by Dexie", () => {
    const wrapped = {
      name: "AbortError",
      message: "aborted",
      inner: { name: "QuotaExceededError" },
    };
    expect(toDbError(wrapped).code).toBe("QUOTA_EXCEEDED");
    const bulk = { name: "BulkError", failures: { 0: { name: "QuotaExceededError" } } };
    expect(toDbError(bulk).code).toBe("QUOTA_EXCEEDED");
  });

  it("maps version and open failures, and falls back otherwise", () => {
    expect(toDbError(new Dexie.VersionError("newer")).code).toBe("VERSION_CHANGED");
    expect(toDbError(new Dexie.OpenFailedError("nope")).code).toBe("OPEN_FAILED");
    expect(toDbError(new Error("boom")).code).toBe("WRITE_FAILED");
    expect(toDbError(new Error("boom"), "OPEN_FAILED").code).toBe("OPEN_FAILED");
    const own = new DbError("NOT_FOUND", "x");
    expect(toDbError(own)).toBe(own);
  });
});

describe("quota exceeded", () => {
  it("rejects with QUOTA_EXCEEDED and leaves earlier rows intact", async () => {
    const { db, deps, repos } = setup();
    const disk = quotaSwitch(db, "requests");
    const fx = await storeTree(db, deps);
    disk.fail();
    const error = await repos.tree.duplicate("folder", fx.users.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe("QUOTA_EXCEEDED");
    // The folder copies were written before the failing requests write: the transaction undid them.
    expect(await db.folders.count()).toBe(2);
    expect(await db.requests.count()).toBe(3);
    const put = repos.requests.put(makeRequest(deps, { collectionId: fx.api.id, name: "New" }));
    await expect(put).rejects.toMatchObject({ code: "QUOTA_EXCEEDED" });
    expect(await db.requests.get(fx.health.id)).toEqual(fx.health);
  });
});

describe("version changes", () => {
  it("says VERSION_CHANGED after another tab upgrades the database", async () => {
    const { db, repos } = setup();
    await repos.settings.set("a", 1);
    const newer = new Dexie(db.name, fakeIdb);
    newer.version(30).stores(SCHEMA_V1);
    await newer.open();
    await expect(repos.settings.get("a", 0)).rejects.toMatchObject({ code: "VERSION_CHANGED" });
    newer.close();
  });

  it("says UPGRADE_BLOCKED while an old tab keeps the database open", async () => {
    const name = freshName();
    const v1 = new Dexie(name, fakeIdb);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    // An old tab that ignores versionchange (Dexie 1 = native version 10).
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = fakeIdb.indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = makeDb(name, fakeIdb);
    const repos = makeRepos(db, makeTickingDeps());
    await expect(repos.settings.get("a", 0)).rejects.toMatchObject({ code: "UPGRADE_BLOCKED" });
    await expect(repos.settings.get("a", 0)).rejects.toMatchObject({ code: "UPGRADE_BLOCKED" });
    old.close();
    await db.open();
    await expect(repos.settings.get("a", 0)).resolves.toBe(0);
  });
});
