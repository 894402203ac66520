/**
 * Every importer fixture under src/core/import/**\/test, imported: what the property tests of
 * restoreBundle (core) and of `repos.imports.store` (db) run over. OpenAPI goes through its
 * converter alone (its raw output, before restore); the rest through `importText`.
 */
import { stringify as yamlText } from "yaml";
import type { Deps } from "../../factory";
import { chromeBash, chromeCmd, apiDoc, jsonAndMore, multipart } from "../curl/test/fixtures";
import { importText } from "../funnel";
import { sampleHar } from "../har/test/fixtures";
import { sampleHoppscotch } from "../hoppscotch/test/fixtures";
import { sampleInsomniaV4, sampleInsomniaV5 } from "../insomnia/test/fixtures";
import { convertOpenApi } from "../openapi/index";
import { petstore30, spec31, swagger20 } from "../openapi/test/fixtures";
import { sampleCollection } from "../postman/test/sample";
import { smallOpenApi } from "./openapi";
import type { Bundle } from "../../model";

const environment = { id: "e", name: "Dev", values: [{ key: "a", value: "1", enabled: true }] };
const globals = { values: [{ key: "g", value: 1 }], _postman_variable_scope: "globals" };

/** Fixture texts by name, for `importText`. */
export const fixtureTexts: Record<string, string> = {
  "Postman collection": JSON.stringify(sampleCollection),
  "Postman environment": JSON.stringify(environment),
  "Postman globals": JSON.stringify(globals),
  "cURL (bash)": chromeBash,
  "cURL (cmd)": chromeCmd,
  "cURL (API docs)": apiDoc,
  "cURL (multipart)": multipart,
  "cURL (--json and more)": jsonAndMore,
  HAR: JSON.stringify(sampleHar),
  Hoppscotch: JSON.stringify(sampleHoppscotch),
  "Insomnia v4": JSON.stringify(sampleInsomniaV4),
  "Insomnia v4 (YAML)": yamlText(sampleInsomniaV4),
  "Insomnia v5": sampleInsomniaV5,
};

/** OpenAPI fixture documents by name, for the converter. */
export const openApiFixtures: Record<string, unknown> = {
  "OpenAPI 3.0 petstore": petstore30,
  "OpenAPI 3.1": spec31,
  "Swagger 2.0": swagger20,
  "OpenAPI (fuzz seed)": smallOpenApi,
};

/**
 * Each fixture converted into `workspaceId`, before restore for OpenAPI (its converter's raw
 * output) and after the funnel for the rest (`importText` restores).
 */
export function fixtureBundles(deps: () => Deps, workspaceId = "ws"): [string, Bundle][] {
  const out: [string, Bundle][] = [];
  for (const [name, text] of Object.entries(fixtureTexts)) {
    const r = importText(text, deps(), workspaceId, name.includes("YAML") ? "x.yaml" : undefined);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    out.push([name, r.value.bundle]);
  }
  for (const [name, doc] of Object.entries(openApiFixtures)) {
    const r = convertOpenApi(doc, deps(), workspaceId);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    const { collection, folders, requests } = r.value;
    out.push([name, { collections: [collection], folders, requests, environments: [] }]);
  }
  return out;
}
