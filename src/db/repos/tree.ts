/** The sidebar tree: light nodes, rename, and delete with undo. Move/duplicate: treeEdit.ts. */
import type { Collection, Folder, Request } from "../../core/model";
import type { Repos, TreeNode } from "./types";
import type { RepoContext } from "./context";
import { readSubtree, tableOf } from "./subtree";
import { DbError } from "./types";
import { makeTreeEditRepo } from "./treeEdit";

const collectionNode = (c: Collection): TreeNode => ({
  kind: "collection",
  id: c.id,
  collectionId: c.id,
  parentId: null,
  name: c.name,
  sort: c.sort,
});

const folderNode = (f: Folder): TreeNode => ({
  kind: "folder",
  id: f.id,
  collectionId: f.collectionId,
  parentId: f.parentId ?? null,
  name: f.name,
  sort: f.sort,
});

const requestNode = (r: Request): TreeNode => ({
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
  return {
    listNodes: () =>
      ctx.read(() =>
        db.transaction("r", treeTables, async () => {
          const [collections, folders, requests] = await Promise.all([
            db.collections.toArray(),
            db.folders.toArray(),
            db.requests.toArray(),
          ]);
          const nodes: TreeNode[] = new Array(
            collections.length + folders.length + requests.length,
          );
          let i = 0;
          for (const c of collections) nodes[i++] = collectionNode(c);
          for (const f of folders) nodes[i++] = folderNode(f);
          for (const r of requests) nodes[i++] = requestNode(r);
          return nodes;
        }),
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
