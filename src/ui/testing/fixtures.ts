/** Deterministic rows for UI tests: a small collection with a folder and three requests. */
import type { Deps } from "../../core/factory";
import { makeCollection, makeFolder, makeRequest } from "../../core/factory";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";

/** Fixed clock + seeded random. */
export const makeTestDeps = (now = 1_000): Deps => ({
  clock: makeFixedClock(now),
  random: makeSeededRandom(42),
});

/** "Demo API" { "Users" { "Get users", "Create user" }, "Health" }, "Other" {}. */
export function makeFixture(deps: Deps) {
  const collection = makeCollection(deps, { workspaceId: "ws", name: "Demo API", sort: 1 });
  const other = makeCollection(deps, { workspaceId: "ws", name: "Other", sort: 2 });
  const folder = makeFolder(deps, { collectionId: collection.id, name: "Users", sort: 1 });
  const getUsers = makeRequest(deps, {
    collectionId: collection.id,
    parentId: folder.id,
    name: "Get users",
    url: "https://example.test/users",
    sort: 1,
  });
  const createUser = makeRequest(deps, {
    collectionId: collection.id,
    parentId: folder.id,
    name: "Create user",
    method: "POST",
    sort: 2,
  });
  const health = makeRequest(deps, { collectionId: collection.id, name: "Health", sort: 2 });
  return {
    collection,
    other,
    folder,
    getUsers,
    createUser,
    health,
    seed: {
      collections: [collection, other],
      folders: [folder],
      requests: [getUsers, createUser, health],
    },
  };
}
