/**
 * Debounced writes of open tabs' unsaved drafts to storage, so a reload, a crash or an update
 * loses nothing typed. Each edit restarts its tab's wait; `flush` writes everything pending at
 * once (the host calls it on `pagehide`, when there is no time left to wait).
 */
import type { Id } from "../../core/model";
import type { Repos, StoredDraft } from "../../db/repos/index";

/** How long typing must pause before a draft is written. */
export const DRAFT_DELAY_MS = 300;

/** What the writer needs. */
export interface DraftWriterOptions {
  drafts: Repos["drafts"];
  /** The row to keep for tab `id` now, or undefined when there is nothing unsaved to keep. */
  read: (id: Id) => Omit<StoredDraft, "updatedAt"> | undefined;
  delayMs?: number;
  /** A write failed (quota, storage gone); called once per run of failures, not per keystroke. */
  onError: (error: unknown) => void;
}

/** The draft writer (see `makeDraftWriter`). */
export interface DraftWriter {
  /** Writes tab `id`'s row after the quiet period (or removes it if nothing is unsaved then). */
  schedule(id: Id): void;
  /** Writes (or removes) tab `id`'s row now, cancelling its wait. */
  settle(id: Id): Promise<void>;
  /**
   * Settles every tab still waiting, issuing the writes before it first yields (so they land
   * even when the page unloads right after); resolves once all of them are written.
   */
  flush(): Promise<void>;
  /** Cancels every wait without writing. */
  dispose(): void;
}

/** Makes a draft writer; `dispose` cancels its timers. */
export function makeDraftWriter(options: DraftWriterOptions): DraftWriter {
  const delay = options.delayMs ?? DRAFT_DELAY_MS;
  const waiting = new Map<Id, ReturnType<typeof setTimeout>>();
  let failing = false;

  const settle = async (id: Id): Promise<void> => {
    clearTimeout(waiting.get(id));
    waiting.delete(id);
    const row = options.read(id);
    try {
      await (row ? options.drafts.put(row) : options.drafts.remove(id));
      failing = false;
    } catch (error) {
      report(error);
    }
  };

  const report = (error: unknown) => {
    if (!failing) options.onError(error);
    failing = true;
  };

  return {
    schedule(id) {
      clearTimeout(waiting.get(id));
      waiting.set(
        id,
        setTimeout(() => void settle(id), delay),
      );
    },
    settle,
    async flush() {
      const ids = [...waiting.keys()];
      for (const id of ids) clearTimeout(waiting.get(id));
      waiting.clear();
      const rows = ids.flatMap((id) => options.read(id) ?? []);
      const gone = ids.filter((id) => !rows.some((r) => r.id === id));
      // The writes are issued before the first await: on `pagehide` nothing later runs.
      const writes = [options.drafts.putNow(rows), ...gone.map((id) => options.drafts.remove(id))];
      await Promise.all(writes).then(() => void (failing = false), report);
    },
    dispose() {
      for (const timer of waiting.values()) clearTimeout(timer);
      waiting.clear();
    },
  };
}
