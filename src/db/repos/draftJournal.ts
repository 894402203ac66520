/**
 * A synchronous copy of the drafts `putNow` writes on `pagehide`. IndexedDB may still drop that
 * transaction: the page can be torn down before the database commits it, and a reload right
 * after typing then loses the edit (seen once in 20 stress runs of the first-screen e2e). Web
 * Storage writes are handed to the browser before `setItem` returns, so the copy survives the
 * unload; the next start moves any row newer than the stored one into IndexedDB, and a commit
 * that did complete clears the copy.
 */
import type { StoredDraft } from "./types";

/** Where the journal lives: `localStorage` in the browser, absent in Node tests unless given. */
export type JournalStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const KEY = "satchel.draftJournal";

/** The journal over `storage` (see the module comment). */
export interface DraftJournal {
  /** Keeps `rows` (replacing what was kept); returns a token for {@link DraftJournal.clear}. */
  write(rows: readonly StoredDraft[]): string | undefined;
  /** Forgets the kept rows if they are still the ones written under `token`. */
  clear(token: string): void;
  /** The kept rows (they stay kept until `clear`). A broken entry reads as none. */
  read(): StoredDraft[];
  /** Forgets the kept rows whoever wrote them (once they are recovered). */
  clearAll(): void;
}

/** Makes the journal; every storage failure (quota, disabled storage) is swallowed. */
export function makeDraftJournal(storage: JournalStorage | undefined): DraftJournal {
  let written = 0;
  const safely = <T>(fallback: T, run: () => T): T => {
    try {
      return storage ? run() : fallback;
    } catch {
      return fallback;
    }
  };
  const parse = (): { token?: string; rows?: unknown } =>
    safely({}, () => JSON.parse(storage!.getItem(KEY) ?? "{}") as { token?: string });
  return {
    write: (rows) =>
      safely(undefined, () => {
        const token = `${rows[0]?.updatedAt ?? 0}.${++written}`;
        storage!.setItem(KEY, JSON.stringify({ token, rows }));
        return token;
      }),
    clear: (token) =>
      safely(undefined, () => {
        if (parse().token === token) storage!.removeItem(KEY);
      }),
    clearAll: () => safely(undefined, () => storage!.removeItem(KEY)),
    read: () => {
      const { rows } = parse();
      return Array.isArray(rows) ? rows.filter(isDraftRow) : [];
    },
  };
}

function isDraftRow(row: unknown): row is StoredDraft {
  const r = row as Partial<StoredDraft> | null;
  return (
    typeof r === "object" &&
    r !== null &&
    typeof r.id === "string" &&
    typeof r.updatedAt === "number" &&
    typeof r.draft === "object" &&
    r.draft !== null
  );
}
