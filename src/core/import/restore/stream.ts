/**
 * Restore for a collection that arrives in chunks (the OpenAPI import: the worker converts a
 * chunk while the page writes the last one, so the whole bundle never exists at once). Each
 * chunk's rows get the same field rules as {@link restoreBundle}; references hold by order:
 * a folder or request may only name a parent folder that arrived before it (in an earlier chunk
 * or earlier in its own), so every parent is already stored and no loop can form; anything
 * else goes to the top of the collection. Sort orders continue per parent across chunks.
 */
import type { Deps } from "../../factory";
import type { Collection, Folder, Id, Request } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import type { EntityCtx } from "./entities";
import { collection as restoreCollection, folder, request } from "./entities";
import type { RestoreOptions } from "./index";
import { makeNotes } from "./notes";
import { densify, makeIds, makeWorkspaceOf } from "./references";
import type { Json } from "./values";
import { at, idOf, objects, record, RestoreFailure, restoreFailure } from "./values";

/** Rows of one chunk, as a converter produced them. */
export interface RawChunk {
  folders: readonly unknown[];
  requests: readonly unknown[];
}

/** Restores one streamed collection, chunk by chunk, in arrival order. */
export interface StreamRestorer {
  /** The restored collection (store it first). */
  collection: Collection;
  /** The next chunk's rows, restored; an error when a row cannot be repaired. */
  chunk(chunk: RawChunk): Result<{ folders: Folder[]; requests: Request[] }>;
  /** What the user should know about the repairs so far (complete after the last chunk). */
  warnings(): string[];
}

/**
 * Starts restoring a streamed collection: `collection` now, its rows by `chunk`. Pure apart from
 * its own state; never throws. Errors as {@link restoreBundle}'s.
 */
export function makeStreamRestorer(
  collection: unknown,
  deps?: Deps,
  options: RestoreOptions = {},
): Result<StreamRestorer> {
  const notes = makeNotes();
  const ids = makeIds(deps);
  const ctx: EntityCtx = { notes, freshId: ids.fresh, now: deps?.clock.now() ?? 0 };
  let restored: Collection;
  let oldId: Id | undefined;
  try {
    const o = record(collection, notes);
    if (!o) throw new RestoreFailure("RESTORE_NOT_A_BUNDLE", "Expected a collection object.");
    oldId = idOf(o.id);
    const workspaceId = makeWorkspaceOf(options.workspaceId, [o])(o, "collection");
    restored = restoreCollection(o, { id: ids.claim(oldId), workspaceId }, ctx, "collection");
    restored.sort = 1;
  } catch (e) {
    return err(restoreFailure(e));
  }
  const folderIds = new Map<Id, Id>();
  const lastSort = new Map<Id | null, number>();
  let n = 0;

  /** A row's collection and parent, or undefined when it belongs to another collection. */
  const place = (o: Json) => {
    if (oldId === undefined || idOf(o.collectionId) !== oldId) {
      notes.add("orphans");
      return undefined;
    }
    const old = idOf(o.parentId);
    const parentId = old === undefined ? null : (folderIds.get(old) ?? null);
    if (old !== undefined && parentId === null) notes.add("rehomed");
    return { id: ids.claim(idOf(o.id)), collectionId: restored.id, parentId };
  };

  return ok({
    collection: restored,
    warnings: () => notes.warnings(),
    chunk: (chunk) => {
      try {
        const base = n++;
        const folders: Folder[] = [];
        for (const { o, i } of objects(chunk.folders, notes)) {
          const p = place(o);
          if (!p) continue;
          folders.push(folder(o, p, ctx, at(`chunks[${base}].folders`, i)));
          const old = idOf(o.id);
          if (old !== undefined && !folderIds.has(old)) folderIds.set(old, p.id);
        }
        const requests = objects(chunk.requests, notes).flatMap(({ o, i }) => {
          const p = place(o);
          return p ? [request(o, p, ctx, at(`chunks[${base}].requests`, i))] : [];
        });
        // Sort orders: this chunk's children of each parent go after those of earlier chunks.
        const groups = new Map<Id | null, (Folder | Request)[]>();
        for (const row of [...folders, ...requests]) {
          const group = groups.get(row.parentId);
          if (group) group.push(row);
          else groups.set(row.parentId, [row]);
        }
        for (const [parent, rows] of groups) {
          const first = (lastSort.get(parent) ?? 0) + 1;
          densify(rows, first);
          lastSort.set(parent, first + rows.length - 1);
        }
        return ok({ folders, requests });
      } catch (e) {
        return err(restoreFailure(e));
      }
    },
  });
}
