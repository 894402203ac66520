/**
 * Export proof: conformance fixtures go Postman → Satchel (importer) → Postman (exporter), and
 * Newman runs the original and the exported file against the local echo server; per request the
 * assertion names and outcomes must match. The exported JSON is also checked with ajv against a
 * structural schema of collection v2.1 (the official schema is not available offline; this one
 * covers the shape of info, items, requests, urls, bodies, auth, events and variables).
 */
import Ajv from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../src/core/clock";
import { exportPostmanCollection, exportPostmanEnvironment } from "../src/core/export/postman";
import {
  importPostmanCollection,
  importPostmanEnvironment,
} from "../src/core/import/postman/index";
import { collectionV21Shape } from "./collectionShape";
import type { EchoServer } from "./echoServer";
import { startEchoServer } from "./echoServer";
import { fixtureNames, loadFixture } from "./fixtures";
import { runNewman } from "./runNewman";
import type { Observation } from "./types";

const FIXTURES = [
  ...["flow", "tests", "variables", "request-response", "script-order"].map((name) => ({
    set: "scripts",
    name,
  })),
  ...["runs", "auth", "urls"].flatMap((set) => fixtureNames(set).map((name) => ({ set, name }))),
];
const deps = () => ({ clock: makeFixedClock(5), random: makeSeededRandom(11) });

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(async () => {
  await server.close();
});

/** Per execution: its name, iteration, request target and its assertions' names and outcomes. */
const outcomes = (o: Observation) =>
  o.executions.map((r) => ({
    name: r.name,
    iteration: r.iteration,
    target: r.target,
    assertions: r.assertions.map((a) => ({ name: a.name, passed: a.passed, skipped: a.skipped })),
  }));

const validate = new Ajv({ allErrors: true, strict: false }).compile(collectionV21Shape);

describe("exported collections run in Newman like the originals", () => {
  for (const { set, name } of FIXTURES) {
    it(`${set}/${name}: same assertions and outcomes`, async () => {
      const fixture = loadFixture(set, name, server.url, server.tlsUrl);
      const imported = importPostmanCollection(fixture.collection, deps(), "ws");
      const env = importPostmanEnvironment(fixture.environment, deps(), "ws");
      if (!imported.ok || !env.ok) throw new Error(`${name} did not import`);
      const collection = JSON.parse(JSON.stringify(exportPostmanCollection(imported.value)));
      const environment = JSON.parse(JSON.stringify(exportPostmanEnvironment(env.value)));

      expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
      const original = outcomes(await runNewman(fixture));
      const exported = outcomes(await runNewman({ ...fixture, collection, environment }));
      // Something to compare: assertions, or (the urls set) the request targets the server saw.
      const compared = original.flatMap((r) => [...r.assertions, ...(r.target ? [r.target] : [])]);
      expect(compared.length).toBeGreaterThan(0);
      expect(exported).toEqual(original);
    });
  }

  it("the structural schema rejects a malformed collection", () => {
    expect(validate({ info: { name: "x" }, item: [{ request: 3 }] })).toBe(false);
  });
});
