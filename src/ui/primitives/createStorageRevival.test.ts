// liveQuery only runs where a global indexedDB exists: install the fake one first.
import "fake-indexeddb/auto";
import Dexie from "dexie";
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCHEMA_V1, makeDb } from "../../db/db";
import { makeRepos } from "../../db/repos/index";
import { fakeIdb, freshName, makeTickingDeps } from "../../db/test/helpers";
import type { LiveQuery } from "./liveQuery";
import { createTreeNodes } from "../stores/treeNodes";
import { createLiveQuery } from "./createLiveQuery";
import { createStorageRevival } from "./createStorageRevival";

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));

/** A v1 database with one collection, held open by an "old tab" that ignores versionchange. */
async function oldTabHolding(name: string): Promise<IDBDatabase> {
  const v1 = new Dexie(name, fakeIdb);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table("collections").add({ id: "c1", name: "Kept", sort: 1, workspaceId: "ws" });
  v1.close();
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = fakeIdb.indexedDB.open(name, 10); // Dexie version 1 = native 10
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe("a schema upgrade blocked by an old tab", () => {
  it("fills the sidebar by itself once the old tab closes", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const name = freshName();
    const old = await oldTabHolding(name);
    const db = makeDb(name, fakeIdb);
    const repos = makeRepos(db, makeTickingDeps());
    const tree = createRoot((dispose) => {
      disposers.push(dispose);
      const revival = createStorageRevival(db.state.onRecovered);
      const live: LiveQuery = (query, initial) => createLiveQuery(query, initial, revival);
      return createTreeNodes(repos, live);
    });
    // While blocked every read fails with UPGRADE_BLOCKED and the tree stays empty.
    await expect(repos.tree.listNodes()).rejects.toMatchObject({ code: "UPGRADE_BLOCKED" });
    expect(tree.nodes()).toEqual([]);

    old.close();
    await vi.waitFor(() => expect(tree.nodes().map((n) => n.name)).toEqual(["Kept"]));
    db.close();
  });

  it("counts each recovery and stops listening with its owner", () => {
    const listeners = new Set<() => void>();
    const revival = createRoot((dispose) => {
      disposers.push(dispose);
      return createStorageRevival(listeners);
    });
    expect(revival()).toBe(0);
    for (const listener of listeners) listener();
    expect(revival()).toBe(1);
    disposers.splice(0).forEach((dispose) => dispose());
    expect(listeners.size).toBe(0);
  });
});
