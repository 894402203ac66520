/**
 * Conformance with Newman 6.2.2: every fixture of every set (./fixtures/<set>) runs once with
 * Newman and once with our stack as `satchel run` runs it (import → runCollection with the Node
 * transport and the QuickJS sandbox). The executed items must be the same, in the same order and
 * iterations; per execution whether the request was sent, the assertions (names, outcomes,
 * messages), console output and the number of script errors must match, and so must the final
 * environment and globals. Intended differences: ./knownDifferences.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNodeTransport } from "../src/node/http/nodeTransport";
import { makeQuickJsSandbox } from "../src/workers/sandbox/index";
import type { EchoServer } from "./echoServer";
import { startEchoServer } from "./echoServer";
import { FIXTURE_SETS, fixtureNames, fixtureSets, loadFixture } from "./fixtures";
import { NEWER_SANDBOX_ONLY, normalise } from "./knownDifferences";
import { runNewman } from "./runNewman";
import { runOurs } from "./runOurs";
import type { ObservedExecution } from "./types";

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

/** What is compared for one execution (script errors by count: engines word them differently). */
const comparable = (r: ObservedExecution) => ({
  name: r.name,
  iteration: r.iteration,
  sent: r.sent,
  assertions: r.assertions,
  console: r.console,
  scriptErrors: r.scriptErrors.length,
  target: r.target,
});

const ALL = fixtureSets().flatMap((set) => fixtureNames(set).map((name) => ({ set, name })));

describe("conformance with Newman 6.2.2", () => {
  it("has fixtures to run, each with a unique name", () => {
    expect(fixtureNames("scripts").length).toBeGreaterThan(5);
    expect(fixtureNames("runs")).toEqual(Object.keys(FIXTURE_SETS.runs ?? {}).sort());
    expect(new Set(ALL.map((f) => f.name)).size).toBe(ALL.length);
  });

  for (const { set, name } of ALL) {
    it(`${set}/${name}: same results as Newman`, async () => {
      const fixture = loadFixture(set, name, server.url, server.tlsUrl);
      const theirs = normalise(await runNewman(fixture));
      const ours = normalise(await runOurs(fixture, sandbox));
      const sequence = (o: { executions: ObservedExecution[] }) =>
        o.executions.map((r) => `${r.iteration}: ${r.name}`);
      // A runner fixture is about the sequence, so it must run more than one item.
      expect(theirs.executions.length).toBeGreaterThan(set === "runs" ? 1 : 0);
      expect(sequence(ours), "executed items").toEqual(sequence(theirs));
      theirs.executions.forEach((expected, i) => {
        const actual = ours.executions[i];
        if (!actual) return;
        const label = `#${i} "${expected.name}" (iteration ${expected.iteration})`;
        if (NEWER_SANDBOX_ONLY.has(`${set}/${name}/${expected.name}`)) {
          expect.soft(expected.scriptErrors.length, `Newman runs ${label}`).toBe(1);
          expect.soft(actual.scriptErrors, `${label}: script errors`).toEqual([]);
          expect.soft(actual.assertions.length, `${label}: assertions`).toBeGreaterThan(0);
          for (const a of actual.assertions) expect.soft(a, label).toMatchObject({ passed: true });
          return;
        }
        expect.soft(comparable(actual), label).toEqual(comparable(expected));
      });
      expect.soft(ours.environment, "final environment").toEqual(theirs.environment);
      expect.soft(ours.globals, "final globals").toEqual(theirs.globals);
    });
  }
});
