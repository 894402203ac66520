/**
 * The shapes Newman accepts for `-e` and `-g` files, brought to the one the Postman importers
 * read (`{name?, values: [...]}`): an environment or globals export; the same wrapped as the
 * Postman API returns it (`{environment: {...}}`, `{globals: {...}}`); a bare array of variables;
 * an object without `values` (no variables, as Newman loads it). Anything else is an error.
 * @see node_modules/newman/lib/run/options.js (extractModel, loadScopes)
 */
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `json` (a parsed `-e` or `-g` file) as `{…, values: [...]}`, or the error Newman gives. */
export function scopeFileShape(
  json: unknown,
  type: "environment" | "globals",
): Result<Record<string, unknown>> {
  let source: unknown = isObject(json) && json[type] ? json[type] : json;
  if (isObject(source) && !source.values && isObject(source[type])) source = source[type];
  if (Array.isArray(source)) return ok({ values: source });
  if (!isObject(source)) return err({ code: "BAD_SCOPE_FILE", message: `could not load ${type}` });
  return ok(Array.isArray(source.values) ? source : { ...source, values: [] });
}
