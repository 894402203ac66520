/** Test helpers: a fresh fake-indexeddb database per test, a ticking clock, seeded ids. */
import { IDBKeyRange, indexedDB } from "fake-indexeddb";
import type { Deps } from "../../core/factory";
import { makeCollection, makeFolder, makeRequest } from "../../core/factory";
import { makeSeededRandom } from "../../core/clock";
import type { SatchelDb } from "../db";
import { makeDb } from "../db";
import { makeRepos } from "../repos/index";

let counter = 0;

/** A unique database name, so tests never share state. */
export const freshName = () => `satchel-test-${++counter}-${Date.now()}`;

/** The fake IndexedDB to hand to Dexie. */
export const fakeIdb = { indexedDB, IDBKeyRange };

/** A new, empty app database on fake-indexeddb. */
export const freshDb = (name = freshName()): SatchelDb => makeDb(name, fakeIdb);

/** Deps whose clock moves forward 1 ms per read, starting at `start`. */
export function makeTickingDeps(start = 1_000, seed = 7): Deps {
  let t = start;
  return { clock: { now: () => t++ }, random: makeSeededRandom(seed) };
}

/** Fresh db + repos + deps. */
export function setup() {
  const db = freshDb();
  const deps = makeTickingDeps();
  return { db, deps, repos: makeRepos(db, deps) };
}

/**
 * Collection "API" { "Users" { "Admins" { "List admins" }, "Get user" }, "Health" } plus
 * collection "Other" {}.
 */
export function treeFixture(deps: Deps) {
  const api = makeCollection(deps, { workspaceId: "ws", name: "API", sort: 1 });
  const other = makeCollection(deps, { workspaceId: "ws", name: "Other", sort: 2 });
  const users = makeFolder(deps, { collectionId: api.id, name: "Users", sort: 1 });
  const admins = makeFolder(deps, {
    collectionId: api.id,
    parentId: users.id,
    name: "Admins",
    sort: 1,
  });
  const listAdmins = makeRequest(deps, {
    collectionId: api.id,
    parentId: admins.id,
    name: "List admins",
    sort: 1,
  });
  const getUser = makeRequest(deps, {
    collectionId: api.id,
    parentId: users.id,
    name: "Get user",
    sort: 2,
    examples: [{ id: "ex1", name: "ok", status: 200, statusText: "OK", headers: [], body: "{}" }],
  });
  const health = makeRequest(deps, { collectionId: api.id, name: "Health", sort: 2 });
  return {
    api,
    other,
    users,
    admins,
    listAdmins,
    getUser,
    health,
    collections: [api, other],
    folders: [users, admins],
    requests: [listAdmins, getUser, health],
  };
}

/** Stores the tree fixture directly (bypassing repos) and returns it. */
export async function storeTree(db: SatchelDb, deps: Deps) {
  const fx = treeFixture(deps);
  await db.collections.bulkAdd(fx.collections);
  await db.folders.bulkAdd(fx.folders);
  await db.requests.bulkAdd(fx.requests);
  return fx;
}
