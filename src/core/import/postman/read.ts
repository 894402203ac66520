/**
 * Typed reads from untrusted JSON with a JSON path for every complaint. Readers throw an
 * ImportFailure, which the public entry points turn into a Result (core never throws outward).
 */
import type { Extra } from "../../model";
import { UNSAFE_KEYS } from "../restore/values";

/** A JSON object parsed from untrusted input. */
export type Json = Record<string, unknown>;

/** A validation problem at a JSON path; caught by the entry points. */
export class ImportFailure extends Error {
  /** @param at JSON path of the bad value, e.g. `item[3].request.url`. */
  constructor(
    readonly at: string,
    message: string,
  ) {
    super(`${at}: ${message}`);
  }
}

/** True for a plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Join a JSON path and a key or index. */
export const at = (path: string, key: string | number): string =>
  typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;

/** The value as an object, or fail. */
export function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw new ImportFailure(path, "expected an object");
  return value;
}

/** An optional array (absent or null → []), or fail. */
export function list(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ImportFailure(path, "expected an array");
  return value;
}

/** An optional string; numbers and booleans become text; absent/null → `fallback`. */
export function text(value: unknown, path: string, fallback = ""): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new ImportFailure(path, "expected a string");
}

/** Postman's `disabled` flag → our `enabled`. */
export const enabledOf = (o: Json): boolean => o.disabled !== true;

/** A deep copy of JSON data without `__proto__`-like keys (for values kept verbatim). */
export function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) if (!UNSAFE_KEYS.has(k)) out[k] = clean(v);
  return out;
}

/** The fields of `o` not in `known`, cleaned; undefined when there are none. */
export function rest(o: Json, known: readonly string[]): Extra | undefined {
  const out: Extra = {};
  let any = false;
  for (const [k, v] of Object.entries(o)) {
    if (known.includes(k) || UNSAFE_KEYS.has(k)) continue;
    out[k] = clean(v);
    any = true;
  }
  return any ? out : undefined;
}

/** Merge extras, leaving out undefined parts; undefined when all are empty. */
export function extras(...parts: (Extra | undefined)[]): Extra | undefined {
  const out: Extra = {};
  for (const part of parts) if (part) Object.assign(out, part);
  return Object.keys(out).length ? out : undefined;
}

/** `{key: value}` when value is defined, else undefined (for building extras). */
export const maybe = (key: string, value: unknown): Extra | undefined =>
  value === undefined ? undefined : { [key]: clean(value) };
