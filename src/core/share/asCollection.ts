/**
 * A shared value as a Postman v2.1 collection: a collection stays as it is; a single item (an
 * object with `request` and no `info`, as a try-it panel may share) is wrapped in a collection
 * named after it, so the import funnel and the embed page read one shape.
 */

/** The schema URL of Postman collections v2.1. */
export const POSTMAN_V21_SCHEMA =
  "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `value` when it is not a lone item; else a collection holding that item. */
export function asCollection(value: unknown): unknown {
  if (!isObject(value) || "info" in value || !("request" in value)) return value;
  const name = typeof value.name === "string" && value.name.trim() ? value.name : "Shared request";
  return { info: { name, schema: POSTMAN_V21_SCHEMA }, item: [value] };
}
