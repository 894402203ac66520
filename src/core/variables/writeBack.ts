/**
 * Writing a script's variable changes back into a stored variable list (environment, collection,
 * globals): Postman keeps each variable's type, description and position, updates the value of a
 * set key, appends new keys, and drops unset ones.
 */
import type { Variable } from "../model";

const same = (a: unknown, b: unknown) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * The stored list after a stage that turned the scope map `before` into `after`; `undefined` when
 * nothing changed (so the caller skips the write). Disabled rows are never touched.
 */
export function writeBackVariables(
  stored: readonly Variable[],
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Variable[] | undefined {
  const changed = new Set<string>();
  for (const key of Object.keys(after)) if (!same(before[key], after[key])) changed.add(key);
  const removed = new Set(Object.keys(before).filter((key) => !Object.hasOwn(after, key)));
  if (!changed.size && !removed.size) return undefined;
  const out: Variable[] = [];
  const seen = new Set<string>();
  for (const v of stored) {
    if (v.enabled === false) {
      out.push(v);
      continue;
    }
    if (removed.has(v.key)) continue;
    if (changed.has(v.key)) {
      seen.add(v.key);
      out.push({ ...v, value: toStored(after[v.key]) });
    } else out.push(v);
  }
  for (const key of changed) {
    if (!seen.has(key))
      out.push({ key, value: toStored(after[key]), type: "default", enabled: true });
  }
  return out;
}

/** Stored variable values are primitives; anything else is kept as its JSON text. */
function toStored(value: unknown): Variable["value"] {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value === undefined) return "";
  return JSON.stringify(value) ?? String(value);
}
