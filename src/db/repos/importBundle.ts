/**
 * The one write path of imports, all or nothing: the rows of every chunk an import hands out
 * (a whole bundle, or an OpenAPI collection arriving from the import worker) are written in ONE
 * read-write transaction, so a failure (quota, a bad row, a chunk that never comes) leaves
 * nothing of it behind.
 */
import type { Bundle, Globals, Id, Variable } from "../../core/model";
import type { TreeNode } from "../../core/tree";
import type { RepoContext } from "./context";
import { touched } from "./stamp";
import { collectionNode, folderNode, requestNode } from "./tree";
import type { Repos } from "./types";

/** Imported globals win over stored ones with the same key; new keys are appended. */
function mergeVariables(stored: readonly Variable[], incoming: readonly Variable[]): Variable[] {
  const keys = new Set(incoming.map((v) => v.key));
  return [...stored.filter((v) => !keys.has(v.key)), ...incoming];
}

/**
 * Rows per `bulkAdd`: IndexedDB clones each call's rows in one task, so a 1,200-request spec in a
 * single call blocks the page for a quarter of a second; batches keep each task short while the
 * transaction still makes the whole import all or nothing. Each batch also costs a round trip to
 * the browser's database: GitHub's spec (1,223 requests, 6 MB) stored in ~580 ms in batches of
 * 100, ~415 ms in batches of 400 and ~390 ms in one call, so 400 it is.
 */
const BATCH = 400;

/**
 * Adds `rows` in batches, each issued once the last is written, so each task clones at most one
 * batch; the write of all of them (undefined when there are none). Chained with the database's
 * own `then`, not `await`, so each batch runs inside the transaction even while other chunks'
 * writes are under way.
 */
function addInBatches<T>(
  table: { bulkAdd(rows: readonly T[]): Promise<unknown> },
  rows: readonly T[],
): Promise<unknown> | undefined {
  let write: Promise<unknown> | undefined;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    write = write ? write.then(() => table.bulkAdd(batch)) : table.bulkAdd(batch);
  }
  return write;
}

/**
 * Waits for `pending` (a chunk coming from a worker) while keeping the transaction alive:
 * IndexedDB commits a transaction as soon as it has no request left when a task ends, and a
 * worker's message arrives in a task of its own, so until `pending` settles a cheap read is kept
 * in flight (queued behind the writes, so it polls no faster than they complete). The value is
 * then taken in that read's callback, where the transaction is active again.
 */
async function whileWaiting<T>(pending: Promise<T>, keepAlive: () => Promise<unknown>): Promise<T> {
  let settled: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  pending.then(
    (value) => (settled = { ok: true, value }),
    (error: unknown) => (settled = { ok: false, error }),
  );
  // One microtask turn lets an already-available value through without a read.
  await Promise.resolve();
  while (!settled) await keepAlive();
  if (!settled.ok) throw settled.error;
  return settled.value;
}

/** Hands out `bundle` as the only chunk. */
function oneChunk(bundle: Bundle): () => Promise<Bundle | undefined> {
  let given = false;
  return () => {
    const chunk = given ? undefined : bundle;
    given = true;
    return Promise.resolve(chunk);
  };
}

/** The `imports` repository. */
export function makeImportsRepo(ctx: RepoContext): Repos["imports"] {
  const { db, deps } = ctx;
  const tables = [db.collections, db.folders, db.requests, db.environments, db.globals];
  const stamp = <T extends { updatedAt: number; schemaVersion: number }>(row: T) =>
    touched(row, deps);
  /** The sort a new collection gets: after every stored one. */
  const nextSort = async () =>
    (await db.collections.toArray()).reduce((max, c) => Math.max(max, c.sort), 0) + 1;
  /** Merges what the import brought into each workspace's globals row (created if none). */
  const mergeGlobals = async (incoming: Map<Id, Globals>) => {
    for (const globals of incoming.values()) {
      const found = await db.globals.where("workspaceId").equals(globals.workspaceId).first();
      const merged: Globals = found
        ? { ...found, variables: mergeVariables(found.variables, globals.variables) }
        : globals;
      await db.globals.put(stamp(merged));
    }
  };
  const storeStreamed: Repos["imports"]["storeStreamed"] = (next) =>
    ctx.write(() =>
      db.transaction("rw", tables, async () => {
        let sort = await nextSort();
        const nodes: TreeNode[] = [];
        const globals = new Map<Id, Globals>();
        // A chunk's writes are not awaited by this loop: IndexedDB works through a chunk while
        // the next is converted. Each is caught at once so a failure (which aborts the
        // transaction, failing the writes in flight) leaves no unhandled rejection;
        // Promise.all reports it.
        const writes: Promise<unknown>[] = [];
        const track = (write: Promise<unknown> | undefined) => {
          if (!write) return;
          write.catch(() => undefined);
          writes.push(write);
        };
        let coming = next();
        for (;;) {
          const chunk = await whileWaiting(coming, () => db.collections.get(""));
          if (!chunk) break;
          coming = next(); // asked for now, so it is here by the time this chunk is written
          const collections = chunk.collections.map((c) => stamp({ ...c, sort: sort++ }));
          const folders = chunk.folders.map(stamp);
          const requests = chunk.requests.map(stamp);
          track(addInBatches(db.collections, collections));
          track(addInBatches(db.folders, folders));
          track(addInBatches(db.requests, requests));
          track(addInBatches(db.environments, chunk.environments.map(stamp)));
          const g = chunk.globals;
          if (g) {
            const known = globals.get(g.workspaceId);
            const variables = known ? mergeVariables(known.variables, g.variables) : g.variables;
            globals.set(g.workspaceId, { ...(known ?? g), variables });
          }
          nodes.push(
            ...collections.map(collectionNode),
            ...folders.map(folderNode),
            ...requests.map(requestNode),
          );
        }
        await Promise.all(writes);
        await mergeGlobals(globals);
        return nodes;
      }),
    );
  return { storeStreamed, store: (bundle) => storeStreamed(oneChunk(bundle)) };
}
