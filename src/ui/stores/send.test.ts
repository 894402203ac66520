import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { makeRequest } from "../../core/factory";
import type { HistoryEntry } from "../../core/model";
import type { SendResult } from "../../core/http/transport";
import { fakeSandbox, fakeTransport } from "../../core/pipeline/test/fakes";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import { KEEP_CREDENTIALS_KEY } from "./historyCredentials";
import { createSendStore } from "./send";
import { hostPorts } from "../testing/hostPorts";

function setup(transport = fakeTransport()) {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  const notes: string[] = [];
  const sandbox = fakeSandbox({
    "set token": (_ctx, out) => {
      out.scopes.collection.token = "abc";
    },
  });
  const store = createRoot(() =>
    createSendStore({
      ...hostPorts(fake.repos, deps),
      deps,
      transport,
      sandbox: () => sandbox,
      environment: () => undefined,
      globals: () => undefined,
      notify: (n) => {
        notes.push(n.message);
        return 0;
      },
    }),
  );
  const request = makeRequest(deps, {
    collectionId: fx.collection.id,
    name: "Scripted",
    url: "https://api.test/items",
    scripts: { prerequest: "", test: "set token" },
  });
  return { store, fake, fx, request, notes };
}

describe("send store", () => {
  it("shows the response, records history and writes script variables back", async () => {
    const { store, fake, fx, request } = setup();
    const kept: HistoryEntry[] = [];
    const add = fake.repos.history.add;
    fake.repos.history.add = (entry) => (kept.push(entry), add(entry));
    request.auth = { type: "bearer", attributes: [{ key: "token", value: "t0k" }] };
    const sending = store.send(request.id, request);
    expect(store.sending(request.id)).toBe(true);
    const result = await sending;
    expect(result?.result?.ok).toBe(true);
    expect(store.run(request.id).state.kind).toBe("done");
    expect(store.run(request.id).console.map((c) => c.args.join(" "))).toEqual(["test:request"]);
    expect(fake.calls).toContain("history.add");
    // History keeps the headers as sent, auth applied, for exports such as HAR.
    expect(kept[0]?.sentHeaders).toContainEqual(["Authorization", "Bearer t0k"]);
    const stored = await fake.repos.collections.get(fx.collection.id);
    expect(stored?.variables).toEqual([
      { key: "token", value: "abc", type: "default", enabled: true },
    ]);
  });

  it("keeps no credentials in history when the setting says so", async () => {
    const { store, fake, request } = setup();
    await fake.repos.settings.set(KEEP_CREDENTIALS_KEY, false);
    const kept: HistoryEntry[] = [];
    const add = fake.repos.history.add;
    fake.repos.history.add = (entry) => (kept.push(entry), add(entry));
    request.auth = { type: "bearer", attributes: [{ key: "token", value: "t0k" }] };
    request.url = "https://api.test/items?api_key=s3cret&page=2";
    await store.send(request.id, request);
    expect(kept[0]?.sentHeaders).toContainEqual(["Authorization", ""]);
    // Everything but the response body, which is kept as received (here an echo of the URL).
    const { responseBody: _body, ...entry } = kept[0]!;
    expect(JSON.stringify(entry)).not.toMatch(/t0k|s3cret/);
    expect(kept[0]?.resolvedUrl).toBe("https://api.test/items?api_key=&page=2");
  });

  it("shows why a send failed", async () => {
    const failed: SendResult = {
      ok: false,
      error: { code: "CORS_BLOCKED", message: "blocked by CORS" },
    };
    const { store, request } = setup(fakeTransport(() => failed));
    await store.send(request.id, request);
    expect(store.run(request.id).state).toEqual({ kind: "error", error: failed.error });
  });

  it("cancels a send in flight", async () => {
    const waiting = fakeTransport();
    let inFlight!: () => void;
    const started = new Promise<void>((resolve) => (inFlight = resolve));
    waiting.send = (_req, options) =>
      new Promise((resolve) => {
        options?.signal?.addEventListener("abort", () =>
          resolve({ ok: false, error: { code: "CANCELLED", message: "cancelled" } }),
        );
        inFlight();
      });
    const { store, request } = setup(waiting);
    const sending = store.send(request.id, request);
    await started;
    store.cancel(request.id);
    await sending;
    const state = store.run(request.id).state;
    expect(state.kind === "error" && state.error.code).toBe("CANCELLED");
  });

  // Regression: Send used to write the scripts' changes onto the collection as loaded before the
  // send, undoing edits made while it was in flight (core's variableWriteBack now decides).
  it("keeps collection variable edits made while the send was in flight", async () => {
    let edit = async () => {};
    const transport = fakeTransport();
    const send = transport.send.bind(transport);
    transport.send = async (req, options) => (await edit(), send(req, options));
    const { store, fake, fx, request } = setup(transport);
    const host = { key: "host", value: "edited", type: "default" as const, enabled: true };
    edit = async () => {
      const latest = await fake.repos.collections.get(fx.collection.id);
      await fake.repos.collections.put({ ...latest!, variables: [host] });
    };
    await store.send(request.id, request);
    const stored = await fake.repos.collections.get(fx.collection.id);
    expect(stored?.variables).toEqual([
      host,
      { key: "token", value: "abc", type: "default", enabled: true },
    ]);
  });
});
