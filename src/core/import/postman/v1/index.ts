/**
 * Postman collection format v1 (the Postman app's format until 2016, still run by Newman): told
 * apart from v2 by its top-level `requests` list, converted to v2.1 JSON as Newman converts it,
 * then imported by the v2 importer like any other collection.
 */
import type { Deps } from "../../../factory";
import type { Id } from "../../../model";
import type { Result } from "../../../result";
import type { ImportedCollection } from "../collection";
import { importPostmanCollection } from "../collection";
import { convertV1 } from "./convert";
import { isObject } from "./values";

export { convertV1 } from "./convert";

/**
 * True for a v1 collection: an object with a `requests` list and an `order` or `folders` list,
 * and no v2 `info` (Newman's own test is `name && order && requests`).
 */
export function isPostmanV1(json: unknown): json is Record<string, unknown> {
  return (
    isObject(json) &&
    !("info" in json) &&
    Array.isArray(json.requests) &&
    (Array.isArray(json.order) || Array.isArray(json.folders))
  );
}

/** Import a parsed Postman collection of any version (v1, v2.0, v2.1) into `workspaceId`. */
export function importPostmanCollectionAnyVersion(
  json: unknown,
  deps: Deps,
  workspaceId: Id,
): Result<ImportedCollection> {
  return importPostmanCollection(isPostmanV1(json) ? convertV1(json) : json, deps, workspaceId);
}
