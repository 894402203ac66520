/**
 * Conformance with Newman 6.2.2: every fixture in ./fixtures runs once with Newman and once with
 * our stack (import → runItem with the Node transport and the QuickJS sandbox); per request the
 * assertions (names, outcomes, messages), console output and script-error counts must match, and
 * so must the final environment and globals. Intended differences: ./knownDifferences.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNodeTransport } from "../../../node/http/nodeTransport";
import { makeQuickJsSandbox } from "../index";
import type { EchoServer } from "./echoServer";
import { startEchoServer } from "./echoServer";
import { fixtureNames, loadFixture } from "./fixtures";
import { NEWER_SANDBOX_ONLY, normalise } from "./knownDifferences";
import { runNewman } from "./runNewman";
import { runOurs } from "./runOurs";
import type { ObservedRequest } from "./types";

const FOLDERS = ["fixtures"];

let server: EchoServer;
let sandbox: ReturnType<typeof makeQuickJsSandbox>;

beforeAll(async () => {
  server = await startEchoServer();
  sandbox = makeQuickJsSandbox({ transport: makeNodeTransport() });
});

afterAll(async () => {
  sandbox.dispose();
  await server.close();
});

/** What is compared for one request (script errors by count: engines word them differently). */
const comparable = (r: ObservedRequest) => ({
  name: r.name,
  sent: r.sent,
  assertions: r.assertions,
  console: r.console,
  scriptErrors: r.scriptErrors.length,
});

describe("conformance with Newman 6.2.2", () => {
  it("has fixtures to run", () => {
    expect(fixtureNames().length).toBeGreaterThan(5);
  });

  for (const { folder, name } of FOLDERS.flatMap((f) =>
    fixtureNames(f).map((n) => ({ folder: f, name: n })),
  )) {
    it(`${name}: same results as Newman`, async () => {
      const fixture = loadFixture(name, server.url, folder);
      const theirs = normalise(await runNewman(fixture));
      const ours = normalise(await runOurs(fixture, sandbox));
      expect(ours.requests.map((r) => r.name)).toEqual(theirs.requests.map((r) => r.name));
      theirs.requests.forEach((expected, i) => {
        const actual = ours.requests[i];
        if (!actual) return;
        if (NEWER_SANDBOX_ONLY.has(`${name}/${expected.name}`)) {
          expect.soft(expected.scriptErrors.length, `Newman runs ${expected.name}`).toBe(1);
          expect.soft(actual.scriptErrors, `${expected.name}: script errors`).toEqual([]);
          expect.soft(actual.assertions.length, `${expected.name}: assertions`).toBeGreaterThan(0);
          for (const a of actual.assertions)
            expect.soft(a, `${expected.name}`).toMatchObject({ passed: true });
          return;
        }
        expect.soft(comparable(actual), `request "${expected.name}"`).toEqual(comparable(expected));
      });
      expect.soft(ours.environment, "final environment").toEqual(theirs.environment);
      expect.soft(ours.globals, "final globals").toEqual(theirs.globals);
    });
  }
});
