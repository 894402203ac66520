/**
 * Runner conformance with Newman 6.2.2: each fixture run (setNextRequest loops, skipRequest,
 * iterations beyond the CSV data rows, a failing assertion with bail, scripts that throw) must
 * execute the same
 * items in the same order with the same assertions and outcomes, and end with the same
 * environment and globals.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEchoServer } from "../../../workers/sandbox/conformance/echoServer";
import type { EchoServer } from "../../../workers/sandbox/conformance/echoServer";
import { makeQuickJsSandbox } from "../../../workers/sandbox/index";
import { makeNodeTransport } from "../../http/nodeTransport";
import type { RunSpec } from "./harness";
import { runWithNewman, runWithSatchel } from "./harness";

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

const SPECS: RunSpec[] = [
  { name: "loop", iterations: 2 },
  { name: "data", data: "data.csv", iterations: 3 },
  { name: "bail", bail: true, iterations: 2 },
  { name: "errors", iterations: 1 },
];

describe("satchel runner vs Newman 6.2.2", () => {
  for (const spec of SPECS) {
    it(`${spec.name}: same executions, assertions and final variables`, async () => {
      const theirs = await runWithNewman(spec, server.url);
      const ours = await runWithSatchel(spec, server.url, sandbox);
      expect(theirs.executions.length).toBeGreaterThan(1);
      expect(ours.executions).toEqual(theirs.executions);
      expect(ours.environment).toEqual(theirs.environment);
      expect(ours.globals).toEqual(theirs.globals);
    }, 15_000);
  }
});
