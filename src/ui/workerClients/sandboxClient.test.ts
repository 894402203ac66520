import * as Comlink from "comlink";
import { afterEach, describe, expect, it } from "vitest";
import { MessageChannel } from "node:worker_threads";
import type { SandboxContext, SandboxResult } from "../../core/sandbox/types";
import type { SandboxWorkerApi } from "../../workers/sandbox/workerApi";
import { makeSandboxClient, RESTART_MESSAGE, type WorkerLike } from "./sandboxClient";

const context: SandboxContext = {
  scopes: { globals: {}, collection: {}, environment: { a: 1 }, data: {}, local: {} },
  request: { method: "GET", url: "https://x.test", headers: [] },
  info: { requestName: "r", requestId: "1", iteration: 0, iterationCount: 1, eventName: "test" },
  timeoutMs: 50,
};

const answer = (): SandboxResult => ({
  assertions: [{ name: "t", passed: true, skipped: false, location: "request" }],
  console: [],
  scopes: context.scopes,
  request: context.request,
  skipRequest: false,
  errors: [],
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** A worker stand-in over a MessageChannel; `hang` makes runs never answer. */
function fakeWorkers(behaviour: { hang: boolean }) {
  const spawned: { terminated: boolean }[] = [];
  const create = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    const state = { terminated: false };
    spawned.push(state);
    const api: SandboxWorkerApi = {
      run: () =>
        behaviour.hang ? new Promise<SandboxResult>(() => {}) : Promise.resolve(answer()),
      setTransport: () => {},
      reset: () => {},
    };
    Comlink.expose(api, port2 as unknown as Comlink.Endpoint);
    cleanups.push(() => port2.close());
    const endpoint = port1 as unknown as Comlink.Endpoint;
    return Object.assign(endpoint, {
      terminate() {
        state.terminated = true;
        port1.close();
        port2.close();
      },
    });
  };
  return { create, spawned };
}

describe("makeSandboxClient", () => {
  it("passes runs to the worker and returns its result", async () => {
    const fake = fakeWorkers({ hang: false });
    const client = makeSandboxClient({ createWorker: fake.create, graceMs: 100 });
    cleanups.push(() => client.dispose());
    const result = await client.run("test", [{ location: "request", code: "" }], context);
    expect(result.assertions.map((a) => a.name)).toEqual(["t"]);
    expect(client.restarts).toBe(0);
  });

  it("restarts a hung worker and reports it as a RUNTIME error", async () => {
    const behaviour = { hang: true };
    const fake = fakeWorkers(behaviour);
    const reasons: string[] = [];
    const client = makeSandboxClient({
      createWorker: fake.create,
      graceMs: 50,
      onRestart: (r) => reasons.push(r),
    });
    cleanups.push(() => client.dispose());
    const result = await client.run("test", [{ location: "request", code: "while(1){}" }], context);
    expect(result.errors).toEqual([
      { code: "RUNTIME", message: RESTART_MESSAGE, location: "test" },
    ]);
    expect(result.scopes).toBe(context.scopes);
    expect(fake.spawned.map((s) => s.terminated)).toEqual([true, false]);
    expect(reasons).toEqual(["a run did not answer in time"]);
    behaviour.hang = false;
    const next = await client.run("test", [{ location: "request", code: "" }], context);
    expect(next.errors).toEqual([]);
  });
});
