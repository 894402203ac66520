import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox, SandboxResult } from "../src/core/sandbox/types";
import type { EchoServer } from "./echoServer";
import { startEchoServer } from "./echoServer";
import { runOurs } from "./runOurs";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

/** A fake sandbox: counts runs in an environment variable, "skip" skips, tests record a pass. */
const fakeSandbox: Sandbox = {
  async run(kind, scripts, context) {
    const count = Number(context.scopes.environment.count ?? 0) + 1;
    const out: SandboxResult = {
      assertions: [],
      console: scripts.map((s) => ({
        level: "log",
        args: [kind, s.location],
        at: 0,
        location: s.location,
      })),
      scopes: { ...context.scopes, environment: { ...context.scopes.environment, count } },
      request: context.request,
      skipRequest: scripts.some((s) => s.code === "skip"),
      errors: [],
    };
    if (kind === "test") {
      out.assertions.push({
        name: `status ${context.response?.status}`,
        passed: true,
        skipped: false,
        location: "request",
      });
    }
    return out;
  },
};

const item = (name: string, pre: string, test = "t") => ({
  name,
  request: { url: "{{baseUrl}}/get" },
  event: [
    { listen: "prerequest", script: { exec: [pre] } },
    { listen: "test", script: { exec: [test] } },
  ],
});

describe("runOurs (our side, through runCollection)", () => {
  it("runs requests depth first, threads scopes, honours skipRequest and iterations", async () => {
    const observation = await runOurs(
      {
        set: "test",
        name: "wiring",
        collection: {
          info: { name: "wiring" },
          item: [
            item("A", "p"),
            {
              name: "Folder",
              item: [item("B", "skip"), { name: "Deeper", item: [item("C", "p")] }],
            },
            item("D", "p"),
          ],
        },
        environment: { name: "env", values: [{ key: "baseUrl", value: server.url }] },
        globals: { values: [{ key: "g", value: "1" }] },
        options: { iterations: 2 },
      },
      fakeSandbox,
    );
    expect(observation.executions.map((r) => [r.iteration, r.name, r.sent])).toEqual([
      [0, "A", true],
      [0, "B", false],
      [0, "C", true],
      [0, "D", true],
      [1, "A", true],
      [1, "B", false],
      [1, "C", true],
      [1, "D", true],
    ]);
    expect(observation.executions[1]?.assertions).toEqual([]);
    expect(observation.executions[0]?.assertions).toEqual([
      { name: "status 200", passed: true, skipped: false },
    ]);
    expect(observation.executions[2]?.console).toEqual([
      { level: "log", text: "prerequest request" },
      { level: "log", text: "test request" },
    ]);
    // Per iteration: 3 sent items × 2 stages + 1 skipped pre-request stage.
    expect(observation.environment).toEqual({ baseUrl: server.url, count: 14 });
    expect(observation.globals).toEqual({ g: "1" });
  });
});
