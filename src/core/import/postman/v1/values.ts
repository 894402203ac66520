/** Small helpers with lodash's meaning, for the v1 converter (which follows lodash-based code). */
import { clean, isObject } from "../read";

export { clean, isObject };

/** A JSON object from untrusted input. */
export type V1 = Record<string, unknown>;

/** lodash `isEmpty`: null, "", [], {} and non-collections (numbers, booleans) are empty. */
export function isEmpty(value: unknown): boolean {
  if (typeof value === "string" || Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return true;
}

/** The value as an object, or an empty one. */
export const obj = (value: unknown): V1 => (isObject(value) ? value : {});

/** The value as an array, or an empty one. */
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `o` without the keys whose value is undefined (what JSON.stringify would drop). */
export function defined(o: V1): V1 {
  const out: V1 = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/** A copy of a row without `description` when it is empty (the transformer's cleanEmptyValue). */
export function withoutEmptyDescription(row: V1): V1 {
  const { description, ...rest } = row;
  return description ? { ...rest, description } : rest;
}
