/**
 * Stores what the import funnel produced, all or nothing: every row of the bundle is written in
 * ONE read-write transaction, so a failure (quota, a bad row) leaves nothing of it behind.
 */
import type { Bundle, Globals, Variable } from "../../core/model";
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

async function addInBatches<T>(
  table: { bulkAdd(rows: readonly T[]): Promise<unknown> },
  rows: T[],
) {
  for (let i = 0; i < rows.length; i += BATCH) await table.bulkAdd(rows.slice(i, i + BATCH));
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

/** The `imports` repository. */
export function makeImportsRepo(ctx: RepoContext): Repos["imports"] {
  const { db, deps } = ctx;
  const tables = [db.collections, db.folders, db.requests, db.environments, db.globals];
  const stamp = <T extends { updatedAt: number; schemaVersion: number }>(row: T) =>
    touched(row, deps);
  /** The sort a new collection gets: after every stored one. */
  const nextSort = async () =>
    (await db.collections.toArray()).reduce((max, c) => Math.max(max, c.sort), 0) + 1;
  return {
    store: (bundle: Bundle) =>
      ctx.write(() =>
        db.transaction("rw", tables, async () => {
          const first = await nextSort();
          const collections = bundle.collections.map((c, i) => stamp({ ...c, sort: first + i }));
          await db.collections.bulkAdd(collections);
          await addInBatches(db.folders, bundle.folders.map(stamp));
          await addInBatches(db.requests, bundle.requests.map(stamp));
          await db.environments.bulkAdd(bundle.environments.map(stamp));
          const incoming = bundle.globals;
          if (incoming) {
            const found = await db.globals
              .where("workspaceId")
              .equals(incoming.workspaceId)
              .first();
            const merged: Globals = found
              ? { ...found, variables: mergeVariables(found.variables, incoming.variables) }
              : incoming;
            await db.globals.put(stamp(merged));
          }
          return [
            ...collections.map(collectionNode),
            ...bundle.folders.map(folderNode),
            ...bundle.requests.map(requestNode),
          ];
        }),
      ),
    storeStreamed: (collection, next) =>
      ctx.write(() =>
        db.transaction("rw", [db.collections, db.folders, db.requests], async () => {
          const row = stamp({ ...collection, sort: await nextSort() });
          const nodes = [collectionNode(row)];
          // Writes are not awaited one by one: IndexedDB works through a chunk while the next
          // is converted. Each is caught here so a failure (which aborts the transaction,
          // failing the writes in flight) leaves no unhandled rejection; Promise.all reports it.
          const writes: Promise<unknown>[] = [db.collections.add(row)];
          let coming = next();
          for (;;) {
            const chunk = await whileWaiting(coming, () => db.collections.get(""));
            if (!chunk) break;
            coming = next(); // asked for now, so it is here by the time this chunk is written
            if (chunk.folders.length) writes.push(db.folders.bulkAdd(chunk.folders.map(stamp)));
            writes.push(db.requests.bulkAdd(chunk.requests.map(stamp)));
            nodes.push(...chunk.folders.map(folderNode), ...chunk.requests.map(requestNode));
          }
          for (const w of writes) w.catch(() => undefined);
          await Promise.all(writes);
          return nodes;
        }),
      ),
  };
}
