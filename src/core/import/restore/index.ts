/**
 * The restore step of the one import funnel (STYLE.md point 2; after Excalidraw's
 * `data/restore.ts`): every bundle bound for storage — each import format, the demo seed, the
 * OpenAPI stream (stream.ts), any future backup — passes through here, so the rules live once.
 */
import type { Deps } from "../../factory";
import type { Bundle, Collection, Environment, Folder, Globals, Id, Request } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import type { EntityCtx } from "./entities";
import { collection, environment, folder, globals, request } from "./entities";
import { makeNotes } from "./notes";
import type { Ids } from "./references";
import { breakCycles, densify, densifyTree, makeIds, makeWorkspaceOf, within } from "./references";
import type { Json } from "./values";
import { at, idOf, objects, record, RestoreFailure, restoreFailure } from "./values";

export { UNSAFE_KEYS } from "./values";
export { makeStreamRestorer } from "./stream";
export type { StreamRestorer } from "./stream";

/** A restored bundle and what the user should know about the repairs. */
export interface Restored {
  bundle: Bundle;
  warnings: string[];
}

/** Options of {@link restoreBundle}. */
export interface RestoreOptions {
  /** Put every collection, environment and the globals in this workspace. */
  workspaceId?: Id;
}

/**
 * Restores an untrusted bundle into one `repos.imports.store` accepts. Pure; never throws.
 *
 * Guarantees of an ok result:
 * - No own key `__proto__`, `constructor` or `prototype` in any object of it (values that are
 *   such strings, e.g. a variable named `constructor`, are user data and stay).
 * - Every entity has every field src/core/model.ts requires, of the right type: defaults as in
 *   src/core/factory.ts, wrong types coerced (a number where text is needed becomes text, a
 *   missing list `[]`, an unknown auth type inherit — noauth for a collection —, an unknown
 *   body mode none); fields the model does not know are left out; kept objects (`extra`,
 *   auth values, examples' requests) are deep copies of plain data.
 * - Ids are unique across the bundle; a missing or repeated id gets a fresh one (deps' random
 *   source; `restored-N` without deps), and references follow the first holder of an old id.
 * - Every folder and request belongs to a collection of the bundle (others are dropped); its
 *   parent is a folder of the same collection, or null (a missing parent, or one in another
 *   collection, means the top of the collection); no folder is its own ancestor.
 * - Sort orders are 1…n among the collections, and among the children of each parent (folders
 *   and requests together), in the order the sidebar showed them.
 * - Restoring the result again changes nothing (idempotent).
 *
 * Errors, for what cannot be repaired: RESTORE_NOT_A_BUNDLE (not an object),
 * RESTORE_NO_WORKSPACE (an entity without a workspace and none to infer),
 * RESTORE_NEWER_SCHEMA (written by a newer Satchel), RESTORE_TOO_DEEP / RESTORE_CYCLIC_VALUE
 * (a value nested beyond 1,000 levels, or containing itself), RESTORE_NOTHING_LEFT (there were
 * entities and none could be kept), RESTORE_FAILED (a value that could not be read at all).
 *
 * Warnings say, counted, what a user would notice: skipped entries, moved items, broken folder
 * loops, reset auth or body types, ignored unsafe keys.
 */
export function restoreBundle(
  input: unknown,
  deps?: Deps,
  options: RestoreOptions = {},
): Result<Restored> {
  try {
    return ok(restore(input, deps, options));
  } catch (e) {
    return err(restoreFailure(e));
  }
}

/** Folders or requests of the bundle's collections, with their ids claimed (orphans dropped). */
function placed(
  rows: { o: Json; i: number }[],
  collectionIds: Map<Id, Id>,
  ids: Ids,
  ctx: EntityCtx,
) {
  return rows.flatMap(({ o, i }) => {
    const oldCollection = idOf(o.collectionId);
    const collectionId = oldCollection === undefined ? undefined : collectionIds.get(oldCollection);
    if (oldCollection === undefined || collectionId === undefined) {
      ctx.notes.add("orphans");
      return [];
    }
    return [{ o, i, oldCollection, collectionId, old: idOf(o.id), id: ids.claim(idOf(o.id)) }];
  });
}

function restore(input: unknown, deps: Deps | undefined, options: RestoreOptions): Restored {
  const notes = makeNotes();
  const top = record(input, notes);
  if (!top) {
    throw new RestoreFailure(
      "RESTORE_NOT_A_BUNDLE",
      "Expected a bundle: an object with collections, folders, requests and environments.",
    );
  }
  const ids = makeIds(deps);
  const ctx: EntityCtx = { notes, freshId: ids.fresh, now: deps?.clock.now() ?? 0 };
  const raw = {
    collections: objects(top.collections, notes),
    folders: objects(top.folders, notes),
    requests: objects(top.requests, notes),
    environments: objects(top.environments, notes),
  };
  const rawGlobals = record(top.globals, notes);
  if (!rawGlobals && top.globals !== undefined && top.globals !== null) notes.add("skipped");
  const workspaceOf = makeWorkspaceOf(options.workspaceId, [
    ...raw.collections.map((c) => c.o),
    ...raw.environments.map((e) => e.o),
    ...(rawGlobals ? [rawGlobals] : []),
  ]);

  // Collections: the first holder of an old id is the one references point to.
  const collectionIds = new Map<Id, Id>();
  const collections: Collection[] = raw.collections.map(({ o, i }) => {
    const path = at("collections", i);
    const old = idOf(o.id);
    const id = ids.claim(old);
    if (old !== undefined && !collectionIds.has(old)) collectionIds.set(old, id);
    return collection(o, { id, workspaceId: workspaceOf(o, path) }, ctx, path);
  });
  densify(collections);

  const folderRows = placed(raw.folders, collectionIds, ids, ctx);
  const requestRows = placed(raw.requests, collectionIds, ids, ctx);
  const folderIds = new Map<string, Id>();
  for (const f of folderRows) {
    const key = f.old === undefined ? undefined : within(f.oldCollection, f.old);
    if (key !== undefined && !folderIds.has(key)) folderIds.set(key, f.id);
  }
  /** The new id of a row's parent folder in its own collection; null when it has none there. */
  const parentOf = (o: Json, oldCollection: Id): Id | null => {
    const old = idOf(o.parentId);
    if (old === undefined) return null;
    const found = folderIds.get(within(oldCollection, old));
    if (found === undefined) notes.add("rehomed");
    return found ?? null;
  };
  const folders: Folder[] = folderRows.map((f) => {
    const place = {
      id: f.id,
      collectionId: f.collectionId,
      parentId: parentOf(f.o, f.oldCollection),
    };
    return folder(f.o, place, ctx, at("folders", f.i));
  });
  const requests: Request[] = requestRows.map((r) => {
    const place = {
      id: r.id,
      collectionId: r.collectionId,
      parentId: parentOf(r.o, r.oldCollection),
    };
    return request(r.o, place, ctx, at("requests", r.i));
  });
  breakCycles(folders, notes);
  densifyTree([...folders, ...requests]);

  const environments: Environment[] = raw.environments.map(({ o, i }) => {
    const path = at("environments", i);
    const ws = workspaceOf(o, path);
    return environment(o, { id: ids.claim(idOf(o.id)), workspaceId: ws }, ctx, path);
  });
  let restoredGlobals: Globals | undefined;
  if (rawGlobals) {
    const ws = workspaceOf(rawGlobals, "globals");
    const id = ids.claim(idOf(rawGlobals.id));
    restoredGlobals = globals(rawGlobals, { id, workspaceId: ws }, ctx, "globals");
  }

  const given =
    raw.collections.length + raw.folders.length + raw.requests.length + raw.environments.length;
  const kept = collections.length + folders.length + requests.length + environments.length;
  if (kept === 0 && !restoredGlobals && given > 0) {
    throw new RestoreFailure(
      "RESTORE_NOTHING_LEFT",
      "Nothing in the bundle could be kept: its folders and requests belong to no collection in it.",
    );
  }
  const bundle: Bundle = { collections, folders, requests, environments };
  if (restoredGlobals) bundle.globals = restoredGlobals;
  return { bundle, warnings: notes.warnings() };
}
