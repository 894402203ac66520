// What the response area learns while a send is under way: the previous run is gone at once, the
// phase is known, a failed pre-request script is reported before the response, and a flood of
// console output is kept as a bounded tail.
import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { makeRequest } from "../../core/factory";
import type { SendResult } from "../../core/http/transport";
import { fakeTransport } from "../../core/pipeline/test/fakes";
import type { Sandbox, SandboxResult, ScriptKind } from "../../core/sandbox/types";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import { CONSOLE_KEEP } from "./consoleLog";
import { createSendStore } from "./send";
import { hostPorts } from "../testing/hostPorts";

/** A sandbox whose every stage waits for the test to answer it. */
function heldSandbox() {
  const waiting: { kind: ScriptKind; answer: (patch: Partial<SandboxResult>) => void }[] = [];
  let arrived: () => void = () => {};
  const sandbox: Sandbox = {
    run: (kind, _scripts, context) =>
      new Promise((resolve) => {
        waiting.push({
          kind,
          answer: (patch) =>
            resolve({
              assertions: [],
              console: [],
              scopes: context.scopes,
              request: context.request,
              skipRequest: false,
              errors: [],
              ...patch,
            }),
        });
        arrived();
      }),
  };
  /** The next stage the sandbox was asked to run. */
  const next = async () => {
    if (!waiting.length) await new Promise<void>((resolve) => (arrived = resolve));
    return waiting.shift()!;
  };
  return { sandbox, next };
}

function setup(transport = fakeTransport()) {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  const held = heldSandbox();
  const store = createRoot(() =>
    createSendStore({
      ...hostPorts(fake.repos, deps),
      deps,
      transport,
      sandbox: () => held.sandbox,
      environment: () => undefined,
      globals: () => undefined,
      notify: () => 0,
    }),
  );
  const request = makeRequest(deps, {
    collectionId: fx.collection.id,
    name: "Scripted",
    url: "https://api.test/items",
    scripts: { prerequest: "pre", test: "test" },
  });
  return { store, request, next: held.next };
}

const passed = { name: "ok", passed: true, skipped: false, location: "request" };

describe("send store while a send is under way", () => {
  it("drops the previous run's results the moment a new send starts", async () => {
    const { store, request, next } = setup();
    const first = store.send(request.id, request);
    (await next()).answer({});
    (await next()).answer({ assertions: [passed] });
    await first;
    expect(store.run(request.id).result?.assertions).toEqual([passed]);

    void store.send(request.id, request);
    const pre = await next();
    expect(pre.kind).toBe("prerequest");
    const run = store.run(request.id);
    expect(run.result).toBeUndefined();
    expect(run.console).toEqual([]);
    expect(run.state).toMatchObject({
      kind: "loading",
      phase: "prerequest",
      scripts: [{ level: "request", name: "Scripted" }],
    });
  });

  it("says whose test script runs, and names no script while the request is on the wire", async () => {
    let respond!: (result: SendResult) => void;
    const transport = fakeTransport();
    transport.send = () => new Promise((resolve) => (respond = resolve));
    const { store, request, next } = setup(transport);
    const sending = store.send(request.id, request);
    (await next()).answer({});
    await expect.poll(() => store.run(request.id).state).toMatchObject({ phase: "sending" });
    expect(store.run(request.id).state).not.toHaveProperty("scripts");
    respond({ ok: false, error: { code: "NETWORK", message: "offline" } });
    const test = await next();
    expect(store.run(request.id).state).toMatchObject({
      phase: "tests",
      scripts: [{ level: "request", name: "Scripted" }],
    });
    test.answer({});
    await sending;
  });

  it("reports a failed pre-request script, with its line, before the response arrives", async () => {
    let respond!: (result: SendResult) => void;
    const transport = fakeTransport();
    transport.send = () => new Promise((resolve) => (respond = resolve));
    const { store, request, next } = setup(transport);
    const sending = store.send(request.id, request);
    const boom = { code: "RUNTIME" as const, message: "x is not defined", location: "request" };
    (await next()).answer({ errors: [{ ...boom, line: 3 }] });
    await expect.poll(() => store.run(request.id).state).toMatchObject({ phase: "sending" });
    expect(store.run(request.id).prerequestErrors).toEqual([{ ...boom, line: 3 }]);
    respond({ ok: false, error: { code: "NETWORK", message: "offline" } });
    (await next()).answer({});
    await sending;
    expect(store.run(request.id).state.kind).toBe("error");
    expect(store.run(request.id).prerequestErrors).toEqual([{ ...boom, line: 3 }]);
  });

  it("keeps the last entries of a 200,000-line console and counts them all", async () => {
    const { store, request, next } = setup();
    const sending = store.send(request.id, request);
    const flood = Array.from({ length: 200_000 }, (_, i) => ({
      level: "log" as const,
      args: [`line ${i}`],
      at: 0,
      location: "request",
    }));
    (await next()).answer({ console: flood });
    // While the request is on its way, the tail is already there.
    await expect.poll(() => store.run(request.id).consoleTotal).toBe(200_000);
    expect(store.run(request.id).console).toHaveLength(CONSOLE_KEEP);
    (await next()).answer({ console: [{ level: "warn", args: ["done"], at: 0, location: "" }] });
    await sending;
    const run = store.run(request.id);
    expect(run.consoleTotal).toBe(200_001);
    expect(run.console).toHaveLength(CONSOLE_KEEP);
    expect(run.console.at(-1)?.args).toEqual(["done"]);
    expect(run.console[0]?.args).toEqual([`line ${200_001 - CONSOLE_KEEP}`]);
  });

  it("counts the entries the sandbox worker dropped before the result crossed to the page", async () => {
    const { store, request, next } = setup();
    const sending = store.send(request.id, request);
    const tail = Array.from({ length: CONSOLE_KEEP }, (_, i) => ({
      level: "log" as const,
      args: [`line ${200_000 - CONSOLE_KEEP + i}`],
      at: 0,
      location: "request",
    }));
    (await next()).answer({ console: tail, consoleTotal: 200_000 });
    (await next()).answer({ console: [{ level: "warn", args: ["done"], at: 0, location: "" }] });
    await sending;
    const run = store.run(request.id);
    expect(run.consoleTotal).toBe(200_001);
    expect(run.console).toHaveLength(CONSOLE_KEEP);
    expect(run.console.at(-1)?.args).toEqual(["done"]);
  });
});
