/** Strip order: moving between tabs ("Next tab" / "Previous tab", wrapping) and inserting one. */
import type { Id } from "../../core/model";

/**
 * The id `by` steps from `active` in `ids`, wrapping around; with no active tab, "next" is the
 * first and "previous" the last. Undefined when there are no tabs.
 */
export function stepTab(ids: readonly Id[], active: Id | null, by: number): Id | undefined {
  const n = ids.length;
  if (!n) return undefined;
  const at = active === null ? -1 : ids.indexOf(active);
  if (at < 0) return by > 0 ? ids[0] : ids[n - 1];
  return ids[(((at + by) % n) + n) % n];
}

/** `items` with `item` inserted at `index` (clamped), or appended when `index` is undefined. */
export function insertAt<T>(items: readonly T[], item: T, index?: number): T[] {
  const at = index === undefined ? items.length : Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}
