/** Reads of whole trees the host serves (exports and runs read a collection at a time). */
import type { Id } from "../../core/model";
import type { Repos } from "../../db/repos/types";

/** A stored collection's whole tree; undefined when it no longer exists. */
export async function loadCollectionTree(repos: Repos, id: Id) {
  const collection = await repos.collections.get(id);
  if (!collection) return undefined;
  const [folders, requests] = await Promise.all([
    repos.folders.listByCollection(id),
    repos.requests.listByCollection(id),
  ]);
  return { collection, folders, requests };
}

/** The tree a run of `target` needs (a folder runs within its collection's tree). */
export async function loadRunTree(repos: Repos, target: { kind: "collection" | "folder"; id: Id }) {
  const folder = target.kind === "folder" ? await repos.folders.get(target.id) : undefined;
  if (target.kind === "folder" && !folder) return undefined;
  const tree = await loadCollectionTree(repos, folder ? folder.collectionId : target.id);
  return tree && { ...tree, ...(folder ? { folderName: folder.name } : {}) };
}
