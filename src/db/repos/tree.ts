/** The sidebar tree: light nodes, rename, and delete with undo. Move/duplicate: treeEdit.ts. */
import type { Collection, Folder, Request } from "../../core/model";
import type { Repos } from "./types";
import type { RepoContext } from "./context";
import { readSubtree, tableOf } from "./subtree";
import { DbError } from "./types";
import { makeTreeEditRepo } from "./treeEdit";
import type { TreeKind, TreeNode } from "../../core/tree";

const KINDS: readonly TreeKind[] = ["collection", "folder", "request"];

/** The tree node of a collection row (and of a folder and a request row, below). */
export const collectionNode = (c: Collection): TreeNode => ({
  kind: "collection",
  id: c.id,
  collectionId: c.id,
  parentId: null,
  name: c.name,
  sort: c.sort,
});

export const folderNode = (f: Folder): TreeNode => ({
  kind: "folder",
  id: f.id,
  collectionId: f.collectionId,
  parentId: f.parentId ?? null,
  name: f.name,
  sort: f.sort,
});

export const requestNode = (r: Request): TreeNode => ({
  kind: "request",
  id: r.id,
  collectionId: r.collectionId,
  parentId: r.parentId ?? null,
  name: r.name,
  sort: r.sort,
  method: r.method,
});

/** The tree repository (listNodes, rename, remove, restore, move, duplicate). */
export function makeTreeRepo(ctx: RepoContext): Repos["tree"] {
  const { db, deps } = ctx;
  const treeTables = [db.collections, db.folders, db.requests];
  // Read in an explicit transaction: Dexie's live-query cache (which deep-clones what it
  // returns) stays out of it, and the three kinds together are one consistent snapshot.
  const nodesOf = async (kind: TreeKind): Promise<TreeNode[]> => {
    if (kind === "collection") return (await db.collections.toArray()).map(collectionNode);
    if (kind === "folder") return (await db.folders.toArray()).map(folderNode);
    return (await db.requests.toArray()).map(requestNode);
  };

  return {
    listNodes: (kind) =>
      ctx.read(() =>
        kind
          ? db.transaction("r", tableOf(db, kind), () => nodesOf(kind))
          : db.transaction("r", treeTables, async () =>
              (await Promise.all(KINDS.map(nodesOf))).flat(),
            ),
      ),
    rename: (kind, id, name) =>
      ctx.write(async () => {
        const changed = await tableOf(db, kind).update(id, { name, updatedAt: deps.clock.now() });
        if (!changed) throw new DbError("NOT_FOUND", `No ${kind} with id ${id}.`);
      }),
    remove: (kind, id) =>
      ctx.write(() =>
        db.transaction("rw", treeTables, async () => {
          const rows = await readSubtree(db, kind, id);
          await db.requests.bulkDelete(rows.requests.map((r) => r.id));
          await db.folders.bulkDelete(rows.folders.map((f) => f.id));
          await db.collections.bulkDelete(rows.collections.map((c) => c.id));
          return { rows };
        }),
      ),
    restore: (trash) =>
      ctx.write(() =>
        db.transaction("rw", treeTables, async () => {
          await db.collections.bulkPut(trash.rows.collections);
          await db.folders.bulkPut(trash.rows.folders);
          await db.requests.bulkPut(trash.rows.requests);
        }),
      ),
    ...makeTreeEditRepo(ctx),
  };
}
