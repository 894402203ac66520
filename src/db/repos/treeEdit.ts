/** Tree edits that touch a whole subtree: move (with its rules) and deep duplicate. */
import type { Folder, Id, Request } from "../../core/model";
import { SCHEMA_VERSION } from "../../core/model";
import type { SatchelDb } from "../db";
import type { Repos } from "./types";
import { DbError } from "./types";
import type { RepoContext } from "./context";
import { folderDescendants, readSubtree, tableOf } from "./subtree";

/** Sort values of the nodes sharing a parent with a folder/request (folders and requests mix). */
async function siblingSorts(db: SatchelDb, collectionId: Id, parentId: Id | null) {
  const [folders, requests] = parentId
    ? await Promise.all([
        db.folders.where("parentId").equals(parentId).toArray(),
        db.requests.where("parentId").equals(parentId).toArray(),
      ])
    : await Promise.all([
        db.folders.where("collectionId").equals(collectionId).toArray(),
        db.requests.where("collectionId").equals(collectionId).toArray(),
      ]);
  return [...folders, ...requests]
    .filter((r) => (r.parentId ?? null) === parentId)
    .map((r) => r.sort);
}

/** A sort value just after `sort` and before the next larger one among `sorts`. */
export function sortAfter(sort: number, sorts: readonly number[]): number {
  const next = Math.min(...sorts.filter((s) => s > sort));
  return Number.isFinite(next) ? (sort + next) / 2 : sort + 1;
}

/** The move and duplicate operations of the tree repository. */
export function makeTreeEditRepo(ctx: RepoContext): Pick<Repos["tree"], "move" | "duplicate"> {
  const { db, deps } = ctx;
  const treeTables = [db.collections, db.folders, db.requests];
  return {
    move: (kind, id, to) =>
      ctx.write(() =>
        db.transaction("rw", treeTables, async () => {
          const row: Folder | Request | undefined =
            kind === "folder" ? await db.folders.get(id) : await db.requests.get(id);
          if (!row) throw new DbError("NOT_FOUND", `No ${kind} with id ${id}.`);
          if (!(await db.collections.get(to.collectionId))) {
            throw new DbError("NOT_FOUND", `No collection with id ${to.collectionId}.`);
          }
          if (to.parentId !== null) {
            const parent = await db.folders.get(to.parentId);
            if (!parent) throw new DbError("NOT_FOUND", `No folder with id ${to.parentId}.`);
            if (parent.collectionId !== to.collectionId) {
              throw new DbError("INVALID_MOVE", "The target folder is in another collection.");
            }
          }
          const descendants = kind === "folder" ? await folderDescendants(db, id) : [];
          if (
            kind === "folder" &&
            (to.parentId === id || descendants.some((f) => f.id === to.parentId))
          ) {
            throw new DbError("INVALID_MOVE", "A folder cannot move inside itself.");
          }
          const now = deps.clock.now();
          await tableOf(db, kind).update(id, { ...to, updatedAt: now });
          if (kind === "folder" && row.collectionId !== to.collectionId) {
            const folderIds = [id, ...descendants.map((f) => f.id)];
            const moved = { collectionId: to.collectionId, updatedAt: now };
            await db.folders.where("id").anyOf(folderIds.slice(1)).modify(moved);
            await db.requests.where("parentId").anyOf(folderIds).modify(moved);
          }
        }),
      ),
    duplicate: (kind, id) =>
      ctx.write(() =>
        db.transaction("rw", treeTables, async () => {
          const rows = await readSubtree(db, kind, id);
          const now = deps.clock.now();
          const ids = new Map<Id, Id>();
          const newId = (old: Id) => {
            const made = ids.get(old) ?? deps.random.uuid();
            ids.set(old, made);
            return made;
          };
          const mapped = (old: Id | null) => (old !== null && ids.has(old) ? newId(old) : old);
          const fresh = { schemaVersion: SCHEMA_VERSION, createdAt: now, updatedAt: now };
          const rootId = newId(id);
          for (const row of [...rows.collections, ...rows.folders, ...rows.requests]) newId(row.id);

          const collections = rows.collections.map((c) => ({
            ...structuredClone(c),
            ...fresh,
            id: ids.get(c.id)!,
          }));
          const folders = rows.folders.map((f) => ({
            ...structuredClone(f),
            ...fresh,
            id: newId(f.id),
            collectionId: mapped(f.collectionId)!,
            parentId: f.id === id ? f.parentId : mapped(f.parentId),
          }));
          const requests = rows.requests.map((r) => ({
            ...structuredClone(r),
            ...fresh,
            id: newId(r.id),
            collectionId: mapped(r.collectionId)!,
            parentId: r.id === id ? r.parentId : mapped(r.parentId),
            examples: r.examples.map((e) => ({ ...e, id: deps.random.uuid() })),
          }));

          const root = [...collections, ...folders, ...requests].find((r) => r.id === rootId);
          const original = [...rows.collections, ...rows.folders, ...rows.requests].find(
            (r) => r.id === id,
          );
          if (!root || !original) throw new DbError("NOT_FOUND", `No ${kind} with id ${id}.`);
          const sorts =
            kind === "collection"
              ? (await db.collections.toArray()).map((c) => c.sort)
              : await siblingSorts(
                  db,
                  (original as Folder).collectionId,
                  (original as Folder).parentId ?? null,
                );
          root.name = `${original.name} copy`;
          root.sort = sortAfter(original.sort, sorts);

          await db.collections.bulkAdd(collections);
          await db.folders.bulkAdd(folders);
          await db.requests.bulkAdd(requests);
          return rootId;
        }),
      ),
  };
}
