/**
 * Request history for the UI: the stored entries (newest first, kept current), a search query
 * filtering them in memory, and "clear". Create it only while the history panel is open, so the
 * live query does not reload entries on every send while nobody is looking.
 */
import type { Accessor } from "solid-js";
import { createMemo, createSignal } from "solid-js";
import type { HistoryEntry } from "../../core/model";
import type { Repos } from "../../db/repos/types";
import type { LiveQuery } from "../primitives/liveQuery";
import { errorText } from "../commands/errorText";
import { KEEP_CREDENTIALS_KEY, keepsCredentials } from "./historyCredentials";
import type { Notify } from "./toasts";
import { notify as defaultNotify } from "./toasts";

/** How many entries the store loads (the history repo keeps the newest 1,000). */
export const HISTORY_LOAD_LIMIT = 1000;

/** What the history store needs. */
export interface HistoryStoreDeps {
  repos: Repos;
  live: LiveQuery;
  notify?: Notify;
}

/** The history store (see {@link createHistoryStore}). */
export interface HistoryStore {
  /** Every loaded entry, newest first. */
  entries: Accessor<readonly HistoryEntry[]>;
  query: Accessor<string>;
  setQuery(query: string): void;
  /** Entries whose method, URL (typed or resolved) or name contain every word of the query. */
  filtered: Accessor<readonly HistoryEntry[]>;
  /** Deletes every entry; failures become an error toast. Resolves true when cleared. */
  clear(): Promise<boolean>;
  /** Whether new entries keep the credentials their request sent (a stored setting). */
  keepCredentials: Accessor<boolean>;
  setKeepCredentials(keep: boolean): Promise<void>;
}

/** True when `entry` matches every whitespace-separated word of `query` (case-insensitive). */
export function matchesQuery(entry: HistoryEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const text = [entry.request.method, entry.resolvedUrl, entry.request.url, entry.request.name]
    .join(" ")
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/** Creates the history store; its live query cleans up with the owner. */
export function createHistoryStore(ctx: HistoryStoreDeps): HistoryStore {
  const notify = ctx.notify ?? defaultNotify;
  const entries = ctx.live<HistoryEntry[]>(
    () => ctx.repos.history.list({ limit: HISTORY_LOAD_LIMIT }),
    [],
  );
  const [query, setQuery] = createSignal("");
  const filtered = createMemo(() => {
    const q = query();
    return q.trim() ? entries().filter((e) => matchesQuery(e, q)) : entries();
  });
  const [keepCredentials, setKeep] = createSignal(true);
  let chosen = false;
  // The stored setting, unless the user changed it before it was read.
  void keepsCredentials(ctx.repos).then((keep) => chosen || setKeep(keep));
  return {
    entries,
    query,
    setQuery,
    filtered,
    keepCredentials,
    setKeepCredentials: async (keep) => {
      chosen = true;
      setKeep(keep);
      try {
        await ctx.repos.settings.set(KEEP_CREDENTIALS_KEY, keep);
      } catch (error) {
        setKeep(!keep);
        notify({ kind: "error", message: errorText("change the setting", error) });
      }
    },
    clear: async () => {
      try {
        await ctx.repos.history.clear();
        return true;
      } catch (error) {
        notify({ kind: "error", message: errorText("clear the history", error) });
        return false;
      }
    },
  };
}
