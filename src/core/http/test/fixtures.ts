/** Builders for http tests. */
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import { makeCollection, makeFolder, makeRequest } from "../../factory";
import type { Auth, Collection, Folder, Request } from "../../model";

export const testDeps = (): Deps => ({
  clock: makeFixedClock(1_700_000_000_000),
  random: makeSeededRandom(11),
});

export const auth = (type: Auth["type"], attrs: Record<string, unknown> = {}): Auth => ({
  type,
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value })),
});

export function tree(collectionAuth: Auth = auth("noauth"), folderAuths: Auth[] = []) {
  const deps = testDeps();
  const collection: Collection = makeCollection(deps, {
    workspaceId: "w",
    name: "C",
    auth: collectionAuth,
  });
  const folders: Folder[] = folderAuths.map((a, k) =>
    makeFolder(deps, { collectionId: collection.id, name: `F${k}`, auth: a }),
  );
  const request = (init: Partial<Request> = {}): Request =>
    makeRequest(deps, { collectionId: collection.id, name: "R", ...init });
  return { collection, folders, ancestors: { collection, folders }, request };
}
