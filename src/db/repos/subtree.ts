/** Reading a node together with everything under it (for remove, move and duplicate). */
import type { Collection, Folder, Id, Request } from "../../core/model";
import type { SatchelDb } from "../db";
import { DbError } from "./types";
import type { TreeKind } from "../../core/tree";

/** A node and its descendants, as full rows. */
export interface Subtree {
  collections: Collection[];
  folders: Folder[];
  requests: Request[];
}

/** The table that stores nodes of `kind`. */
export function tableOf(db: SatchelDb, kind: TreeKind) {
  if (kind === "collection") return db.collections;
  if (kind === "folder") return db.folders;
  return db.requests;
}

/** Ids of `folderId` and every folder below it, walking the parentId index level by level. */
export async function folderDescendants(db: SatchelDb, folderId: Id): Promise<Folder[]> {
  const found: Folder[] = [];
  let frontier: Id[] = [folderId];
  while (frontier.length) {
    const children = await db.folders.where("parentId").anyOf(frontier).toArray();
    found.push(...children);
    frontier = children.map((f) => f.id);
  }
  return found;
}

/** Reads the node and its subtree; NOT_FOUND when the node does not exist. Call in a transaction. */
export async function readSubtree(db: SatchelDb, kind: TreeKind, id: Id): Promise<Subtree> {
  const notFound = () => new DbError("NOT_FOUND", `No ${kind} with id ${id}.`);
  if (kind === "collection") {
    const collection = await db.collections.get(id);
    if (!collection) throw notFound();
    const [folders, requests] = await Promise.all([
      db.folders.where("collectionId").equals(id).toArray(),
      db.requests.where("collectionId").equals(id).toArray(),
    ]);
    return { collections: [collection], folders, requests };
  }
  if (kind === "folder") {
    const folder = await db.folders.get(id);
    if (!folder) throw notFound();
    const folders = [folder, ...(await folderDescendants(db, id))];
    const ids = folders.map((f) => f.id);
    const requests = await db.requests.where("parentId").anyOf(ids).toArray();
    return { collections: [], folders, requests };
  }
  const request = await db.requests.get(id);
  if (!request) throw notFound();
  return { collections: [], folders: [], requests: [request] };
}
