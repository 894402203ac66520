/**
 * How an unsaved draft of a request meets its stored row again: which fields are the sidebar's
 * (a move or rename in storage always wins), which are the draft's content, and when a save
 * would overwrite someone else's change (another browser tab, a script, an import).
 *
 * Three copies take part: `base` (the stored row the draft started from), `draft` (the user's
 * edits) and `stored` (the row as it is now).
 */
import type { Request } from "./model";

/**
 * Fields only the sidebar changes: where the request lives and what it is called. The request
 * editor never edits them, so the stored value always wins and a move never conflicts.
 */
export const TREE_FIELDS = ["collectionId", "parentId", "sort", "name"] as const;

/** Bookkeeping every write restamps; never part of a comparison. */
const STAMP_FIELDS = new Set<string>(["id", "schemaVersion", "createdAt", "updatedAt"]);
const TREE_SET = new Set<string>(TREE_FIELDS);

/** Structural equality over JSON-like data; `undefined` properties count as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const aKeys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bKeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((k) => sameValue(ao[k], bo[k]));
}

/** Every field name of either request except the write stamps, in a stable order. */
function fieldsOf(a: Request, b: Request): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((k) => !STAMP_FIELDS.has(k)).sort();
}

const field = (r: Request, k: string) => (r as unknown as Record<string, unknown>)[k];

/** Whether two copies say the same thing (write stamps such as `updatedAt` ignored). */
export function sameContent(a: Request, b: Request): boolean {
  return fieldsOf(a, b).every((k) => sameValue(field(a, k), field(b, k)));
}

/**
 * The content fields (not the sidebar's, not the stamps) whose values differ between `a` and
 * `b`: what "Compare" lists and what "Keep mine" would overwrite.
 */
export function differingFields(a: Request, b: Request): string[] {
  return fieldsOf(a, b).filter((k) => !TREE_SET.has(k) && !sameValue(field(a, k), field(b, k)));
}

/** `draft` with the stored row's sidebar fields (a move or rename made while it was unsaved). */
export function withTreeFields(draft: Request, stored: Request): Request {
  const out: Request = { ...draft };
  for (const k of TREE_FIELDS) Object.assign(out, { [k]: stored[k] });
  return out;
}

/**
 * The content fields someone else changed since `base` where the stored value is not what the
 * draft holds: a save would silently undo those changes, so the user is asked first. Empty when
 * the stored row is unchanged (or only moved/renamed), or when both made the same change.
 */
export function conflictingFields(base: Request, draft: Request, stored: Request): string[] {
  return differingFields(base, stored).filter((k) => !sameValue(field(draft, k), field(stored, k)));
}
