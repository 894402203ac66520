/** Unsaved drafts of open tabs (see `StoredDraft`): written debounced, read once at start-up. */
import type { Repos, StoredDraft } from "./types";
import type { RepoContext } from "./context";
import { toDbError } from "../errors";

/** The drafts repository. */
export function makeDraftsRepo(ctx: RepoContext): Repos["drafts"] {
  const { db, deps } = ctx;
  return {
    list: () =>
      ctx.read(async () => (await db.drafts.toArray()).sort((a, b) => a.updatedAt - b.updatedAt)),
    put: (draft) =>
      ctx.write(async () => void (await db.drafts.put({ ...draft, updatedAt: deps.clock.now() }))),
    putNow: (drafts) => {
      const now = deps.clock.now();
      const rows: StoredDraft[] = drafts.map((d) => ({ ...d, updatedAt: now }));
      if (!rows.length) return Promise.resolve();
      // Dexie reaches IndexedDB only after promise continuations; the native connection lets
      // the request be queued synchronously, and IndexedDB commits it even as the page unloads.
      if (!db.isOpen()) return ctx.write(async () => void (await db.drafts.bulkPut(rows)));
      return new Promise<void>((resolve, reject) => {
        try {
          const tx = db.backendDB().transaction("drafts", "readwrite");
          const store = tx.objectStore("drafts");
          for (const row of rows) store.put(row);
          // Commit now rather than when this task ends: on `pagehide` it never ends normally,
          // and an uncommitted transaction is dropped with the page.
          tx.commit?.();
          tx.oncomplete = () => resolve();
          tx.onabort = () => reject(toDbError(tx.error ?? new Error("Transaction aborted")));
        } catch (error) {
          reject(toDbError(error));
        }
      });
    },
    remove: (id) => ctx.write(() => db.drafts.delete(id)),
  };
}
