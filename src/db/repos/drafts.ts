/** Unsaved drafts of open tabs (see `StoredDraft`): written debounced, read once at start-up. */
import type { Repos, StoredDraft } from "./types";
import type { RepoContext } from "./context";
import { toDbError } from "../errors";
import type { DraftJournal } from "./draftJournal";
import { makeDraftJournal } from "./draftJournal";

/**
 * The drafts repository. `journal` keeps a synchronous copy of what `putNow` writes, in case the
 * page is torn down before IndexedDB commits it (see ./draftJournal.ts); `list` recovers it.
 */
export function makeDraftsRepo(
  ctx: RepoContext,
  journal: DraftJournal = makeDraftJournal(undefined),
): Repos["drafts"] {
  const { db, deps } = ctx;
  /** Moves journalled rows newer than the stored ones into the table, then forgets the journal. */
  const recover = async (): Promise<void> => {
    const kept = journal.read();
    if (!kept.length) return;
    await db.transaction("rw", db.drafts, async () => {
      for (const row of kept) {
        const stored = await db.drafts.get(row.id);
        if (!stored || stored.updatedAt < row.updatedAt) await db.drafts.put(row);
      }
    });
    journal.clearAll();
  };
  return {
    list: () =>
      ctx.read(async () => {
        await recover().catch(() => undefined); // kept for the next start
        return (await db.drafts.toArray()).sort((a, b) => a.updatedAt - b.updatedAt);
      }),
    put: (draft) =>
      ctx.write(async () => void (await db.drafts.put({ ...draft, updatedAt: deps.clock.now() }))),
    putNow: (drafts) => {
      const now = deps.clock.now();
      const rows: StoredDraft[] = drafts.map((d) => ({ ...d, updatedAt: now }));
      if (!rows.length) return Promise.resolve();
      const token = journal.write(rows);
      const settled = () => token !== undefined && journal.clear(token);
      // Dexie reaches IndexedDB only after promise continuations; the native connection lets
      // the request be queued synchronously, and IndexedDB commits it even as the page unloads.
      if (!db.isOpen()) {
        return ctx.write(async () => {
          await db.drafts.bulkPut(rows);
          settled();
        });
      }
      return new Promise<void>((resolve, reject) => {
        try {
          const tx = db.backendDB().transaction("drafts", "readwrite");
          const store = tx.objectStore("drafts");
          for (const row of rows) store.put(row);
          // Commit now rather than when this task ends: on `pagehide` it never ends normally,
          // and an uncommitted transaction is dropped with the page.
          tx.commit?.();
          tx.oncomplete = () => {
            settled();
            resolve();
          };
          tx.onabort = () => reject(toDbError(tx.error ?? new Error("Transaction aborted")));
        } catch (error) {
          reject(toDbError(error));
        }
      });
    },
    remove: (id) => ctx.write(() => db.drafts.delete(id)),
  };
}
