/**
 * Ids and references: unique ids (fresh ones from the injected random source), folder parents
 * that exist in the same collection, no folder inside itself, and sort orders that are unique
 * and dense among the children of each parent (folders and requests share one order, as in the
 * sidebar).
 */
import type { Deps } from "../../factory";
import type { Folder, Id } from "../../model";
import type { Notes } from "./notes";
import type { Json } from "./values";
import { at, idOf, RestoreFailure } from "./values";

/** The ids of one restore: each handed out once. */
export interface Ids {
  /** `want` when it is free, else a fresh id; either way it is now taken. */
  claim(want: Id | undefined): Id;
  /** A fresh id, not taken by this restore (for nested ids such as examples'). */
  fresh(): Id;
}

/** Ids from `deps.random`, or `restored-N` without deps (still pure and deterministic). */
export function makeIds(deps?: Deps): Ids {
  const used = new Set<Id>();
  let n = 0;
  const fresh = (): Id => {
    for (let tries = 0; ; tries++) {
      // A random source that keeps repeating itself (a bad test double) falls back to counting.
      const id = deps && tries < 100 ? deps.random.uuid() : `restored-${++n}`;
      if (!used.has(id)) return id;
    }
  };
  return {
    fresh,
    claim: (want) => {
      const id = want !== undefined && !used.has(want) ? want : fresh();
      used.add(id);
      return id;
    },
  };
}

/** A map key for a folder id within a collection id (ids may contain any character). */
export const within = (collectionId: Id, id: Id): string => JSON.stringify([collectionId, id]);

/**
 * Puts at the top of its collection the first folder met on each parent loop (in bundle order),
 * which breaks the loop; counts one `cycles` note per loop. Folder ids must be unique.
 */
export function breakCycles(folders: readonly Folder[], notes: Notes): void {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const state = new Map<Id, "walking" | "done">();
  for (const start of folders) {
    const walked: Folder[] = [];
    let f: Folder | undefined = start;
    while (f && !state.has(f.id)) {
      state.set(f.id, "walking");
      walked.push(f);
      f = f.parentId === null ? undefined : byId.get(f.parentId);
    }
    if (f && state.get(f.id) === "walking") {
      f.parentId = null;
      notes.add("cycles");
    }
    for (const w of walked) state.set(w.id, "done");
  }
}

interface Sortable {
  sort: number;
  name: string;
}

/**
 * Renumbers `rows` 1…n in the order the sidebar shows them (sort, then name, then position), so
 * sort values are unique and dense; a missing sort (Infinity) goes last.
 */
export function densify(rows: readonly Sortable[], first = 1): void {
  const order = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const bySort = a.row.sort === b.row.sort ? 0 : a.row.sort < b.row.sort ? -1 : 1;
      return bySort || a.row.name.localeCompare(b.row.name) || a.i - b.i;
    });
  order.forEach(({ row }, k) => (row.sort = first + k));
}

/** Densifies folders and requests per parent (their collection's root or a folder). */
export function densifyTree(
  rows: readonly (Sortable & { collectionId: Id; parentId: Id | null })[],
): void {
  const groups = new Map<string, Sortable[]>();
  for (const row of rows) {
    const key = within(row.collectionId, row.parentId ?? "");
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const group of groups.values()) densify(group);
}

/** Which workspace an entity goes to: the option, its own, or the one all others name. */
export function makeWorkspaceOf(
  forced: Id | undefined,
  entities: readonly Json[],
): (o: Json, path: string) => Id {
  const named = new Set(entities.map((o) => idOf(o.workspaceId)).filter((id) => id !== undefined));
  const only = named.size === 1 ? [...named][0] : undefined;
  return (o, path) => {
    const id = forced ?? idOf(o.workspaceId) ?? only;
    if (id !== undefined) return id;
    throw new RestoreFailure(
      "RESTORE_NO_WORKSPACE",
      "An entry has no workspace, and the bundle names none to put it in.",
      at(path, "workspaceId"),
    );
  };
}
