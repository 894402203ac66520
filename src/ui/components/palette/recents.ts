/**
 * The palette's recent choices, newest first, kept in localStorage per device so an empty query
 * shows them first. A storage that refuses (private mode, quota) just means no recents.
 */

/** The localStorage key. */
export const RECENTS_KEY = "satchel.palette.recent";
/** How many choices are remembered. */
export const RECENTS_MAX = 8;

/** Recent palette items by key ("request:<id>", "command:tab.new"). */
export interface Recents {
  list(): string[];
  add(key: string): void;
}

/** Makes the recents over `storage` (localStorage by default). */
export function makeRecents(storage: Pick<Storage, "getItem" | "setItem"> | null = localStorage) {
  const list = (): string[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(RECENTS_KEY) ?? "[]");
      return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === "string") : [];
    } catch {
      return [];
    }
  };
  return {
    list,
    add(key: string) {
      const next = [key, ...list().filter((k) => k !== key)].slice(0, RECENTS_MAX);
      try {
        storage?.setItem(RECENTS_KEY, JSON.stringify(next));
      } catch {
        // Not remembered this time; the palette works the same.
      }
    },
  } satisfies Recents;
}
