/**
 * Which `info.schema` URLs name a collection format the importer reads: v2.0 and v2.1 in every
 * spelling Postman and its tools have written (`…/json/collection/v2.1.0/collection.json`,
 * `…/collection/v2/collection.json`, `…/collection/json/v2.1.0/draft-07/…`, http or https,
 * schema.getpostman.com or schema.postman.com). v1 and unknown versions are refused.
 * @see https://schema.postman.com/
 */

const V2 = /\/collection\/(?:json\/)?v2(?:\.[01](?:\.\d+)?)?(?:\/|$)/i;
const V2_JSON_FIRST = /\/json\/collection\/v2(?:\.[01](?:\.\d+)?)?(?:\/|$)/i;

/** True when `schema` (an `info.schema` value) is a collection v2.0 / v2.1 schema URL. */
export function isSupportedCollectionSchema(schema: string): boolean {
  return V2.test(schema) || V2_JSON_FIRST.test(schema);
}
