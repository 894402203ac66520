/**
 * Reading untrusted values for the restore funnel: a deep copy of plain data without
 * `__proto__`-like keys, and lenient coercions (a number where text is needed, a missing list).
 * Problems that cannot be repaired throw a RestoreFailure, which `restoreBundle` turns into a
 * Result.
 */
import type { Extra, Id } from "../../model";
import type { Notes } from "./notes";

/** Keys that must never travel from untrusted input into our objects. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Deeper than this, a value is refused: no real collection nests so far, and recursion is bounded. */
export const MAX_DEPTH = 1000;

/** A plain object as JSON.parse or a literal makes it (any realm, or a null prototype). */
export type Json = Record<string, unknown>;

/** A problem restore cannot repair; `at` is the path in the bundle. */
export class RestoreFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly at?: string,
  ) {
    super(message);
  }
}

/** True for a plain object: not null, not an array, not a class instance (Date, Map, …). */
export function isPlain(v: unknown): v is Json {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** `v` when it is a plain object (its unsafe own keys counted, as they will be left behind). */
export function record(v: unknown, notes: Notes): Json | undefined {
  if (!isPlain(v)) return undefined;
  for (const k of Object.keys(v)) if (UNSAFE_KEYS.has(k)) notes.add("unsafeKeys");
  return v;
}

/** Join a bundle path and a key or index. */
export const at = (path: string, key: string | number): string =>
  typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;

/**
 * A deep copy of `value` as plain data: unsafe keys dropped (counted in `notes`), functions,
 * symbols and class instances dropped, bigints as text, holes and `undefined` in arrays as null.
 * `undefined` means "nothing to keep". Throws RESTORE_TOO_DEEP / RESTORE_CYCLIC_VALUE.
 */
export function data(value: unknown, notes: Notes, path: string): unknown {
  const ancestors = new Set<object>();
  const copy = (v: unknown, p: string, depth: number): unknown => {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      return v;
    }
    if (v === undefined) return undefined;
    if (typeof v === "bigint") return v.toString();
    if (typeof v !== "object" || !(Array.isArray(v) || isPlain(v))) {
      notes.add("notData");
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      throw new RestoreFailure("RESTORE_TOO_DEEP", `Values nest deeper than ${MAX_DEPTH}.`, p);
    }
    if (ancestors.has(v)) {
      throw new RestoreFailure("RESTORE_CYCLIC_VALUE", "A value contains itself.", p);
    }
    ancestors.add(v);
    let out: unknown;
    if (Array.isArray(v)) {
      out = Array.from(v, (x: unknown, i) => copy(x, at(p, i), depth + 1) ?? null);
    } else {
      const o: Json = {};
      for (const k of Object.keys(v)) {
        if (UNSAFE_KEYS.has(k)) {
          notes.add("unsafeKeys");
          continue;
        }
        const c = copy(v[k], at(p, k), depth + 1);
        if (c !== undefined) o[k] = c;
      }
      out = o;
    }
    ancestors.delete(v);
    return out;
  };
  return copy(value, path, 0);
}

/** `extra` (or any kept object): a cleaned plain object, else undefined. */
export function extraOf(value: unknown, notes: Notes, path: string): Extra | undefined {
  return isPlain(value) ? (data(value, notes, path) as Extra) : undefined;
}

/** Text: strings as they are, numbers and booleans written out, objects as JSON, else `fallback`. */
export function text(value: unknown, notes: Notes, path: string, fallback = ""): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (typeof value === "object" && value !== null) {
    const copy = data(value, notes, path);
    return copy === undefined ? fallback : JSON.stringify(copy);
  }
  return fallback;
}

/** Optional text: only strings, numbers and booleans count. */
export function maybeText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

/** A finite number (numeric text accepted), else undefined. */
export function num(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

/** A boolean ("true"/"false" accepted), else `fallback`. */
export function bool(value: unknown, fallback: boolean): boolean {
  if (typeof value === "boolean") return value;
  return value === "true" ? true : value === "false" ? false : fallback;
}

/** An id: a non-empty string, or a finite number as text; else undefined. */
export function idOf(value: unknown): Id | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

/**
 * The plain objects of a list: absent → []; anything that is not a list, and entries that are
 * not objects, are skipped and counted.
 */
export function objects(value: unknown, notes: Notes): { o: Json; i: number }[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    notes.add("notList");
    return [];
  }
  const out: { o: Json; i: number }[] = [];
  value.forEach((v: unknown, i) => {
    const o = record(v, notes);
    if (o) out.push({ o, i });
    else notes.add("skipped");
  });
  return out;
}

/** Sets `out[key] = value` unless value is undefined (optional fields stay absent). */
export function put<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) out[key] = value;
}

/** A RestoreFailure (or anything thrown while reading the input) as an AppError. */
export function restoreFailure(e: unknown) {
  if (e instanceof RestoreFailure) {
    return { code: e.code, message: e.message, ...(e.at !== undefined ? { at: e.at } : {}) };
  }
  const why = e instanceof Error ? e.message : String(e);
  return { code: "RESTORE_FAILED", message: `The data could not be read: ${why}` };
}
