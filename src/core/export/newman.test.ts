/**
 * Export proof: conformance fixtures go Postman → Satchel (importer) → Postman (exporter), and
 * Newman runs the original and the exported file against the local echo server; per request the
 * assertion names and outcomes must match. The exported JSON is also checked with ajv against a
 * structural schema of collection v2.1 (the official schema is not available offline; this one
 * covers the shape of info, items, requests, urls, bodies, auth, events and variables).
 */
import Ajv from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EchoServer } from "../../workers/sandbox/conformance/echoServer";
import { startEchoServer } from "../../workers/sandbox/conformance/echoServer";
import { loadFixture } from "../../workers/sandbox/conformance/fixtures";
import { runNewman } from "../../workers/sandbox/conformance/runNewman";
import type { Observation } from "../../workers/sandbox/conformance/types";
import { makeFixedClock, makeSeededRandom } from "../env";
import { importPostmanCollection, importPostmanEnvironment } from "../import/postman/index";
import { exportPostmanCollection, exportPostmanEnvironment } from "./postman";
import { collectionV21Shape } from "./test/collectionShape";

const FIXTURES = ["flow", "tests", "variables", "request-response", "script-order"];
const deps = () => ({ clock: makeFixedClock(5), random: makeSeededRandom(11) });

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(async () => {
  await server.close();
});

/** Per request: its name and its assertions' names and outcomes. */
const outcomes = (o: Observation) =>
  o.requests.map((r) => ({
    name: r.name,
    assertions: r.assertions.map((a) => ({ name: a.name, passed: a.passed, skipped: a.skipped })),
  }));

const validate = new Ajv({ allErrors: true, strict: false }).compile(collectionV21Shape);

describe("exported collections run in Newman like the originals", () => {
  for (const name of FIXTURES) {
    it(`${name}: same assertions and outcomes`, async () => {
      const fixture = loadFixture(name, server.url);
      const imported = importPostmanCollection(fixture.collection, deps(), "ws");
      const env = importPostmanEnvironment(fixture.environment, deps(), "ws");
      if (!imported.ok || !env.ok) throw new Error(`${name} did not import`);
      const collection = JSON.parse(JSON.stringify(exportPostmanCollection(imported.value)));
      const environment = JSON.parse(JSON.stringify(exportPostmanEnvironment(env.value)));

      expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
      const original = outcomes(await runNewman(fixture));
      const exported = outcomes(await runNewman({ ...fixture, collection, environment }));
      expect(original.flatMap((r) => r.assertions).length).toBeGreaterThan(0);
      expect(exported).toEqual(original);
    });
  }

  it("the structural schema rejects a malformed collection", () => {
    expect(validate({ info: { name: "x" }, item: [{ request: 3 }] })).toBe(false);
  });
});
