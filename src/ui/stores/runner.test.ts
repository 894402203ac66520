import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { makeCollection, makeFolder, makeRequest } from "../../core/factory";
import type { FakeScript } from "../../core/pipeline/test/fakes";
import { fakeSandbox, fakeTransport } from "../../core/pipeline/test/fakes";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeTestDeps } from "../testing/fixtures";
import { createRunnerStore } from "./runner";
import { hostPorts } from "../testing/hostPorts";

/** "API" { A (passes), "F" { B (fails unless data n is 2) } }. */
function setup(onSend?: (url: string) => void) {
  const deps = makeTestDeps();
  const collection = makeCollection(deps, { workspaceId: "ws", name: "API" });
  const folder = makeFolder(deps, { collectionId: collection.id, name: "F", sort: 1 });
  const a = makeRequest(deps, {
    collectionId: collection.id,
    name: "A",
    sort: 0,
    url: "https://api.test/a",
    scripts: { prerequest: "", test: "pass" },
  });
  const b = makeRequest(deps, {
    collectionId: collection.id,
    parentId: folder.id,
    name: "B",
    url: "https://api.test/b",
    scripts: { prerequest: "", test: "check n" },
  });
  const fake = makeFakeRepos(deps, {
    collections: [collection],
    folders: [folder],
    requests: [a, b],
  });
  const scripts: Record<string, FakeScript> = {
    pass: (_ctx, out) => {
      out.assertions.push({ name: "ok", passed: true, skipped: false, location: "A" });
      out.scopes.collection.seen = "A";
    },
    "check n": (ctx, out) =>
      void out.assertions.push({
        name: "n is 2",
        passed: ctx.scopes.data.n === 2,
        skipped: false,
        location: "B",
      }),
  };
  const transport = fakeTransport();
  const send = transport.send.bind(transport);
  transport.send = (request, options) => {
    onSend?.(request.url);
    return send(request, options);
  };
  const notes: string[] = [];
  const store = createRoot(() =>
    createRunnerStore({
      ...hostPorts(fake.repos, deps),
      deps,
      transport,
      sandbox: () => fakeSandbox(scripts),
      notify: (n) => notes.push(n.message),
    }),
  );
  return { store, fake, collection, folder, a, b, transport, notes };
}

/** Lets pending timers and promises run (used only to show that nothing else happens). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("runner store", () => {
  it("runs every data row, counts assertions, keeps rows without bodies and stores the run", async () => {
    const { store, fake, collection } = setup();
    const run = await store.start({
      target: { kind: "collection", id: collection.id },
      data: [{ n: 1 }, { n: 2 }, { n: 3 }],
    });
    expect(store.status()).toBe("done");
    expect(store.progress()).toEqual({ done: 6, total: 6 });
    expect(store.counts()).toEqual({ requests: 6, passed: 4, failed: 2, failedItems: 2 });
    expect(store.rows().map((r) => r.item.name)).toEqual(["A", "B", "A", "B", "A", "B"]);
    expect(store.rows()[0]?.response).not.toHaveProperty("body");
    expect(run?.stats.iterations).toBe(3);
    expect(fake.runs.get(run?.id ?? "")?.executions).toHaveLength(6);
    expect((await fake.repos.runs.list(collection.id)).map((r) => r.id)).toEqual([run?.id]);
  });

  it("keeps the variable values the run's scripts set", async () => {
    const { store, fake, collection } = setup();
    await store.start({ target: { kind: "collection", id: collection.id } });
    const stored = await fake.repos.collections.get(collection.id);
    expect(stored?.variables).toEqual([
      { key: "seen", value: "A", type: "default", enabled: true },
    ]);
  });

  it("runs only a folder when the target is a folder", async () => {
    const { store, folder } = setup();
    const run = await store.start({ target: { kind: "folder", id: folder.id } });
    expect(run?.target.name).toBe("F");
    expect(store.rows().map((r) => r.item.name)).toEqual(["B"]);
  });

  it("re-runs only the requests that failed", async () => {
    const { store, collection, transport } = setup();
    await store.start({ target: { kind: "collection", id: collection.id }, data: [{ n: 1 }] });
    transport.sent.length = 0;
    const again = await store.rerunFailures();
    expect(transport.sent.map((s) => s.request.url)).toEqual(["https://api.test/b"]);
    expect(again?.stats.items.total).toBe(1);
  });

  it("pause holds the next request until resume", async () => {
    const ref: { store?: ReturnType<typeof setup>["store"] } = {};
    const ctx = setup((url) => url.endsWith("/a") && ref.store?.pause());
    const store = (ref.store = ctx.store);
    const running = store.start({ target: { kind: "collection", id: ctx.collection.id } });
    await settle();
    await settle();
    expect(store.status()).toBe("paused");
    expect(ctx.transport.sent.map((s) => s.request.url)).toEqual(["https://api.test/a"]);
    store.resume();
    expect(store.status()).toBe("running");
    await running;
    expect(ctx.transport.sent).toHaveLength(2);
    expect(store.status()).toBe("done");
  });

  it("stop ends a paused run as aborted without sending more", async () => {
    const ref: { store?: ReturnType<typeof setup>["store"] } = {};
    const ctx = setup((url) => url.endsWith("/a") && ref.store?.pause());
    const store = (ref.store = ctx.store);
    const running = store.start({ target: { kind: "collection", id: ctx.collection.id } });
    await settle();
    store.stop();
    const run = await running;
    expect(run?.stopped).toBe("aborted");
    expect(ctx.transport.sent).toHaveLength(1);
  });

  it("says so when the collection is gone", async () => {
    const { store, notes } = setup();
    expect(await store.start({ target: { kind: "collection", id: "missing" } })).toBeUndefined();
    expect(notes).toEqual(["The collection to run no longer exists."]);
  });
});
