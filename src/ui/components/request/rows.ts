/** Immutable edits of key/value table rows; the table's blank last row becomes a real row on edit. */
import type { KeyValue } from "../../../core/model";

/** A new, enabled, empty row. */
export const blankRow = (): KeyValue => ({ key: "", value: "", enabled: true });

/**
 * `rows` with row `index` patched; `index === rows.length` (the blank last row) appends a new
 * row made from `blank()` and the patch.
 */
export function patchRow<T extends KeyValue>(
  rows: readonly T[],
  index: number,
  patch: Partial<T>,
  blank: () => T,
): T[] {
  if (index >= rows.length) return [...rows, { ...blank(), ...patch }];
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** `rows` without row `index`. */
export function deleteRow<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** How many rows are enabled and named (for tab counts). */
export function countEnabled(rows: readonly KeyValue[]): number {
  return rows.filter((r) => r.enabled && r.key.trim() !== "").length;
}
