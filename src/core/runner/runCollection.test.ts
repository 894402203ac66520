import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { makeCollection, makeFolder, makeRequest } from "../factory";
import type { Folder, Request } from "../model";
import type { FakeScript } from "../pipeline/test/fakes";
import { fakeSandbox, fakeTransport } from "../pipeline/test/fakes";
import { runCollection } from "./runCollection";
import type { ItemEvent, RunEvent, RunInput } from "./types";

const deps = (): Deps => ({
  clock: makeFixedClock(1_700_000_000_000),
  random: makeSeededRandom(3),
});

/** Collection: A, Folder F { B, C }, D — each request's test script is its own name. */
function tree() {
  const d = deps();
  const collection = makeCollection(d, { workspaceId: "w", name: "Col" });
  const folder: Folder = makeFolder(d, { collectionId: collection.id, name: "F", sort: 1 });
  const req = (name: string, sort: number, parentId: string | null = null): Request =>
    makeRequest(d, {
      collectionId: collection.id,
      name,
      sort,
      parentId,
      url: `http://x/${name}`,
      scripts: { prerequest: `pre-${name}`, test: name },
    });
  const requests = [req("D", 2), req("A", 0), req("C", 1, folder.id), req("B", 0, folder.id)];
  return { collection, folders: [folder], requests };
}

async function run(
  scripts: Record<string, FakeScript>,
  extra: Partial<RunInput> = {},
  options: RunInput["options"] = {},
) {
  const events: RunEvent[] = [];
  const transport = fakeTransport();
  const result = await runCollection(
    { ...tree(), options, transport, sandbox: fakeSandbox(scripts), deps: deps(), ...extra },
    (e) => events.push(e),
  );
  const items = events.filter((e): e is ItemEvent => e.type === "item");
  return { result, events, items, names: items.map((i) => i.request.name), transport };
}

const pass =
  (name: string): FakeScript =>
  (_ctx, out) => {
    out.assertions.push({ name, passed: true, skipped: false, location: "request" });
  };
const fail =
  (name: string): FakeScript =>
  (_ctx, out) => {
    out.assertions.push({
      name,
      passed: false,
      skipped: false,
      location: "request",
      error: { name: "AssertionError", message: "nope" },
    });
  };

describe("runCollection", () => {
  it("runs requests depth first by sort and streams start, iteration, item, done", async () => {
    const { names, events, result } = await run({ A: pass("a") });
    expect(names).toEqual(["A", "B", "C", "D"]);
    expect(events[0]).toMatchObject({ type: "start", iterations: 1, items: 4 });
    expect(events[1]).toMatchObject({ type: "iteration", index: 0 });
    expect(events.at(-1)?.type).toBe("done");
    expect(result.ok && result.value.stats.requests.total).toBe(4);
    expect(result.ok && result.value.stats.assertions).toEqual({ total: 1, failed: 0, skipped: 0 });
    expect(result.ok && result.value.failed).toBe(false);
  });

  it("reuses the last data row when iterations exceed the rows", async () => {
    const seen: unknown[] = [];
    const rows = [{ n: 1 }, { n: 2 }];
    await run(
      { A: (ctx) => seen.push(ctx.scopes.data.n) },
      { iterationData: rows },
      { iterations: 4 },
    );
    expect(seen).toEqual([1, 2, 2, 2]);
  });

  it("defaults iterations to the number of rows", async () => {
    const { result } = await run({}, { iterationData: [{}, {}, {}] });
    expect(result.ok && result.value.stats.iterations).toBe(3);
    expect(result.ok && result.value.stats.items.total).toBe(12);
  });

  it("follows setNextRequest by name, and null ends only the iteration", async () => {
    const { names } = await run(
      {
        A: (_c, out) => void (out.nextRequest = "D"),
        D: (_c, out) => void (out.nextRequest = null),
      },
      {},
      { iterations: 2 },
    );
    expect(names).toEqual(["A", "D", "A", "D"]);
  });

  it("ends the iteration on an unknown setNextRequest target and jumps by id", async () => {
    const t = tree();
    const c = t.requests.find((r) => r.name === "C") as Request;
    const { names } = await run(
      {
        A: (_c, out) => void (out.nextRequest = c.id),
        C: (_c, out) => void (out.nextRequest = "nope"),
      },
      { requests: t.requests, collection: t.collection, folders: t.folders },
    );
    expect(names).toEqual(["A", "C"]);
  });

  it("loops with setNextRequest until a script stops it, carrying variables", async () => {
    const { names } = await run({
      B: (ctx, out) => {
        const n = Number(ctx.scopes.environment.n ?? 0) + 1;
        out.scopes.environment.n = n;
        out.nextRequest = n < 3 ? "B" : null;
      },
    });
    expect(names).toEqual(["A", "B", "B", "B"]);
  });

  it("keeps local variables and the environment across iterations", async () => {
    const seen: unknown[] = [];
    await run(
      {
        A: (ctx, out) => {
          seen.push([ctx.scopes.local.x, ctx.scopes.environment.e]);
          out.scopes.local.x = 1;
          out.scopes.environment.e = 2;
        },
      },
      {},
      { iterations: 2 },
    );
    expect(seen).toEqual([
      [undefined, undefined],
      [1, 2],
    ]);
  });

  it("skips a request whose pre-request script calls skipRequest", async () => {
    const { items, transport } = await run({ "pre-B": (_c, out) => void (out.skipRequest = true) });
    expect(items.find((i) => i.request.name === "B")?.result.skipped).toBe(true);
    expect(transport.sent.map((s) => s.request.url)).toEqual([
      "http://x/A",
      "http://x/C",
      "http://x/D",
    ]);
  });

  it("bails after the first failing item", async () => {
    const { names, result } = await run({ B: fail("b") }, {}, { bail: true, iterations: 3 });
    expect(names).toEqual(["A", "B"]);
    expect(result.ok && result.value.stopped).toBe("bail");
    expect(result.ok && result.value.failed).toBe(true);
    expect(result.ok && result.value.stats.assertions.failed).toBe(1);
  });

  it("runs only the chosen folder, with its scripts' ancestors", async () => {
    const { names, items } = await run({}, {}, { folder: "F" });
    expect(names).toEqual(["B", "C"]);
    expect(items[0]?.path).toEqual(["F"]);
  });

  it("returns FOLDER_NOT_FOUND for an unknown folder", async () => {
    const { result, events } = await run({}, {}, { folder: "nope" });
    expect(!result.ok && result.error.code).toBe("FOLDER_NOT_FOUND");
    expect(events).toEqual([]);
  });

  it("sleeps between requests and drops bodies unless kept", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const { items } = await run({}, { sleep }, { delayRequestMs: 7 });
    expect(waits).toEqual([7, 7, 7]);
    const first = items[0]?.result.result;
    expect(first?.ok && first.response.body.byteLength).toBe(0);
    expect(items[0]?.bodySize).toBe("echo http://x/A".length);
    const kept = await run({}, {}, { keepBodies: true });
    const body = kept.items[0]?.result.result;
    expect(body?.ok && body.response.body.byteLength).toBe("echo http://x/A".length);
  });

  it("passes the request timeout to the transport and counts failed requests", async () => {
    const transport = fakeTransport(() => ({
      ok: false,
      error: { code: "TIMEOUT", message: "slow" },
    }));
    const { result } = await run({}, { transport }, { timeoutRequestMs: 50 });
    expect(transport.sent[0]?.options?.timeoutMs).toBe(50);
    expect(result.ok && result.value.stats.requests).toEqual({ total: 4, failed: 4 });
  });

  it("stops when the signal is aborted", async () => {
    const controller = new AbortController();
    const events: RunEvent[] = [];
    const result = await runCollection(
      {
        ...tree(),
        options: {},
        transport: fakeTransport(),
        sandbox: fakeSandbox({ A: () => controller.abort() }),
        deps: deps(),
        signal: controller.signal,
      },
      (e) => events.push(e),
    );
    expect(events.filter((e) => e.type === "item")).toHaveLength(1);
    expect(result.ok && result.value.stopped).toBe("aborted");
  });
});
