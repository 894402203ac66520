/**
 * A console entry's text as the view shows it: its arguments joined by spaces, cut at a length
 * a row can draw at once. One 50 MB argument is never joined or copied whole for a row.
 */
import type { ConsoleEntry } from "../../../core/sandbox/types";

/** Characters of an entry shown before "Show all". */
export const ENTRY_PREVIEW_CHARS = 2_000;

/** The entry's text, cut to at most `limit` characters; `cut` says whether anything was left out. */
export function consoleText(
  entry: ConsoleEntry,
  limit = ENTRY_PREVIEW_CHARS,
): { text: string; cut: boolean; length: number } {
  const length = entry.args.reduce((n, a) => n + a.length, Math.max(0, entry.args.length - 1));
  if (length <= limit) return { text: entry.args.join(" "), cut: false, length };
  let text = "";
  for (const arg of entry.args) {
    text += (text ? " " : "") + arg.slice(0, limit - text.length);
    if (text.length >= limit) break;
  }
  return { text: text.slice(0, limit), cut: true, length };
}
