/** Plain get/put/list repositories for collections, folders, requests and environments. */
import type { Repos } from "./types";
import type { RepoContext } from "./context";
import { touched } from "./stamp";

const bySort = <T extends { sort: number; name: string }>(a: T, b: T) =>
  a.sort - b.sort || a.name.localeCompare(b.name);

/** Collections, in sidebar order. */
export function makeCollectionsRepo(ctx: RepoContext): Repos["collections"] {
  const { db, deps } = ctx;
  return {
    list: () => ctx.read(async () => (await db.collections.toArray()).sort(bySort)),
    get: (id) => ctx.read(() => db.collections.get(id)),
    put: (collection) =>
      ctx.write(async () => void (await db.collections.put(touched(collection, deps)))),
  };
}

/** Folders, listed per collection in sort order. */
export function makeFoldersRepo(ctx: RepoContext): Repos["folders"] {
  const { db, deps } = ctx;
  return {
    get: (id) => ctx.read(() => db.folders.get(id)),
    put: (folder) => ctx.write(async () => void (await db.folders.put(touched(folder, deps)))),
    list: () => ctx.read(() => db.folders.toArray()),
    listByCollection: (collectionId) =>
      ctx.read(async () =>
        (await db.folders.where("collectionId").equals(collectionId).toArray()).sort(bySort),
      ),
  };
}

/** Requests, listed per collection in sort order. */
export function makeRequestsRepo(ctx: RepoContext): Repos["requests"] {
  const { db, deps } = ctx;
  return {
    get: (id) => ctx.read(() => db.requests.get(id)),
    put: (request) => ctx.write(async () => void (await db.requests.put(touched(request, deps)))),
    listByCollection: (collectionId) =>
      ctx.read(async () =>
        (await db.requests.where("collectionId").equals(collectionId).toArray()).sort(bySort),
      ),
  };
}

/** Environments, by name. */
export function makeEnvironmentsRepo(ctx: RepoContext): Repos["environments"] {
  const { db, deps } = ctx;
  return {
    list: () =>
      ctx.read(async () =>
        (await db.environments.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
      ),
    get: (id) => ctx.read(() => db.environments.get(id)),
    put: (environment) =>
      ctx.write(async () => void (await db.environments.put(touched(environment, deps)))),
    remove: (id) => ctx.write(() => db.environments.delete(id)),
  };
}
