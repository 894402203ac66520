import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { makeCollection, makeFolder, makeRequest } from "../factory";
import type { Request, Scripts } from "../model";
import { makeScopes } from "../variables/scopes";
import { runItem, scriptOwners, scriptsFor } from "./runItem";
import type { FakeScript } from "./test/fakes";
import { fakeSandbox, fakeTransport } from "./test/fakes";
import type { PipelineEvent } from "./types";

const deps = (): Deps => ({
  clock: makeFixedClock(1_700_000_000_000),
  random: makeSeededRandom(5),
});
const scripts = (prerequest = "", test = ""): Scripts => ({ prerequest, test });

function setup(requestInit: Partial<Request> = {}) {
  const d = deps();
  const collection = makeCollection(d, {
    workspaceId: "w",
    name: "C",
    scripts: scripts("c-pre", "c-test"),
  });
  const outer = makeFolder(d, {
    collectionId: collection.id,
    name: "Outer",
    scripts: scripts("o-pre", "o-test"),
  });
  const inner = makeFolder(d, {
    collectionId: collection.id,
    name: "Inner",
    parentId: outer.id,
    scripts: scripts("", "i-test"),
  });
  const request = makeRequest(d, {
    collectionId: collection.id,
    parentId: inner.id,
    name: "R",
    url: "{{host}}/items/:id",
    pathVariables: [{ key: "id", value: "{{id}}", enabled: true }],
    scripts: scripts("r-pre", "r-test"),
    ...requestInit,
  });
  const scopes = makeScopes({
    environment: [{ key: "host", value: "api.test", type: "default", enabled: true }],
  });
  return { ancestors: { collection, folders: [outer, inner] }, request, scopes };
}

const pass =
  (name: string): FakeScript =>
  (_ctx, out) => {
    out.assertions.push({ name, passed: true, skipped: false, location: "x" });
  };

describe("scriptOwners", () => {
  it("names the collection, folders and request, once per owner of several scripts", () => {
    const { ancestors, request, scopes } = setup({
      scripts: { prerequest: "a", test: "", more: { prerequest: ["b"] } },
    });
    const input = { request, ancestors, scopes, transport: fakeTransport(), deps: deps() };
    expect(scriptOwners(scriptsFor("prerequest", input), input)).toEqual([
      { level: "collection", name: "C" },
      { level: "folder", name: "Outer" },
      { level: "request", name: "R" },
    ]);
  });
});

describe("runItem order", () => {
  it("runs pre-request outer→inner, sends, then tests outer→inner, emitting events in order", async () => {
    const { ancestors, request, scopes } = setup();
    const sandbox = fakeSandbox({
      "r-pre": (_ctx, out) => {
        out.scopes.local.id = "7";
      },
      "c-test": pass("collection test"),
      "r-test": pass("request test"),
    });
    const transport = fakeTransport();
    const events: PipelineEvent["type"][] = [];
    const result = await runItem(
      { request, ancestors, scopes, transport, sandbox, deps: deps() },
      (e) => events.push(e.type),
    );

    expect(sandbox.calls.map((c) => [c.kind, c.locations])).toEqual([
      ["prerequest", ["collection", "folder:Outer", "request"]],
      ["test", ["collection", "folder:Outer", "folder:Inner", "request"]],
    ]);
    expect(transport.sent.map((s) => s.request.url)).toEqual(["http://api.test/items/7"]);
    expect(events).toEqual([
      "scripts",
      "console",
      "console",
      "console",
      "prerequest",
      "request",
      "response",
      "scripts",
      "console",
      "console",
      "console",
      "console",
      "test",
      "done",
    ]);
    expect(result.assertions.map((a) => a.name)).toEqual(["collection test", "request test"]);
    expect(result.console.map((c) => c.args[0])).toEqual([
      "prerequest:collection",
      "prerequest:folder:Outer",
      "prerequest:request",
      "test:collection",
      "test:folder:Outer",
      "test:folder:Inner",
      "test:request",
    ]);
    expect(result.scopes.local.id).toBe("7");
    expect(result.skipped).toBe(false);
    expect(result.result?.ok).toBe(true);
  });

  it("says whose scripts a stage is about to run, outermost first, and nothing for an empty stage", async () => {
    const { ancestors, request, scopes } = setup({ scripts: scripts("", "") });
    const bare = { ...ancestors, collection: { ...ancestors.collection, scripts: scripts() } };
    const events: PipelineEvent[] = [];
    await runItem(
      {
        request,
        ancestors: bare,
        scopes,
        transport: fakeTransport(),
        sandbox: fakeSandbox({}),
        deps: deps(),
      },
      (e) => events.push(e),
    );
    expect(events.filter((e) => e.type === "scripts")).toEqual([
      { type: "scripts", kind: "prerequest", owners: [{ level: "folder", name: "Outer" }] },
      {
        type: "scripts",
        kind: "test",
        owners: [
          { level: "folder", name: "Outer" },
          { level: "folder", name: "Inner" },
        ],
      },
    ]);
  });

  it("hands the pre-request stage the unresolved request and tests the sent one with the response", async () => {
    const { ancestors, request, scopes } = setup({
      pathVariables: [{ key: "id", value: "1", enabled: true }],
    });
    const sandbox = fakeSandbox({});
    await runItem({
      request,
      ancestors,
      scopes,
      transport: fakeTransport(),
      sandbox,
      deps: deps(),
      iteration: { index: 2, count: 3 },
    });
    const [pre, test] = sandbox.calls;
    expect(pre?.context.request.url).toBe("{{host}}/items/1");
    expect(pre?.context.info).toMatchObject({
      requestName: "R",
      iteration: 2,
      iterationCount: 3,
      eventName: "prerequest",
    });
    expect(test?.context.request.url).toBe("http://api.test/items/1");
    // The body goes as bytes: the sandbox decodes it only if a script reads it.
    expect(test?.context.response?.bodyText).toBeUndefined();
    const body = test?.context.response?.body ?? new Uint8Array();
    expect(new TextDecoder().decode(body)).toBe("echo http://api.test/items/1");
    expect(test?.context.response?.status).toBe(200);
  });

  it("sends without scripts when there is no sandbox", async () => {
    const { ancestors, request, scopes } = setup();
    const transport = fakeTransport();
    const result = await runItem({ request, ancestors, scopes, transport, deps: deps() });
    expect(transport.sent[0]?.request.url).toBe("http://api.test/items/%7B%7Bid%7D%7D");
    expect(result.unresolved).toEqual(["id"]);
    expect(result.assertions).toEqual([]);
  });
});

describe("runItem script effects", () => {
  it("skipRequest stops the item: no request, no tests", async () => {
    const { ancestors, request, scopes } = setup();
    const sandbox = fakeSandbox({ "o-pre": (_c, out) => void (out.skipRequest = true) });
    const transport = fakeTransport();
    const result = await runItem({ request, ancestors, scopes, transport, sandbox, deps: deps() });
    expect(result.skipped).toBe(true);
    expect(transport.sent).toEqual([]);
    expect(sandbox.calls.map((c) => c.kind)).toEqual(["prerequest"]);
    expect(result.http).toBeUndefined();
  });

  it("sends a pre-request script's edits to method, URL, headers and body, resolved", async () => {
    const { ancestors, request, scopes } = setup({ method: "GET" });
    const sandbox = fakeSandbox({
      "r-pre": (_c, out) => {
        out.request.method = "POST";
        out.request.url = "{{host}}/changed?x={{x}}";
        out.request.headers.push(["X-Added", "{{x}}"]);
        out.request.body = { kind: "text", text: "x={{x}}" };
        out.scopes.environment.x = "1";
      },
    });
    const transport = fakeTransport();
    await runItem({ request, ancestors, scopes, transport, sandbox, deps: deps() });
    expect(transport.sent[0]?.request).toEqual({
      method: "POST",
      url: "http://api.test/changed?x=1",
      headers: [
        ["X-Added", "1"],
        ["Content-Type", "text/plain"],
      ],
      body: { kind: "text", text: "x=1" },
    });
  });

  it("uses the test stage's setNextRequest over the pre-request one", async () => {
    const { ancestors, request, scopes } = setup();
    const sandbox = fakeSandbox({
      "c-pre": (_c, out) => void (out.nextRequest = "A"),
      "r-test": (_c, out) => void (out.nextRequest = null),
    });
    const result = await runItem({
      request,
      ancestors,
      scopes,
      transport: fakeTransport(),
      sandbox,
      deps: deps(),
    });
    expect(result.nextRequest).toBeNull();
  });

  it("keeps script errors as data and goes on", async () => {
    const { ancestors, request, scopes } = setup();
    const sandbox = fakeSandbox({
      "c-pre": (_c, out) =>
        void out.errors.push({ code: "RUNTIME", message: "boom", location: "collection" }),
    });
    const transport = fakeTransport();
    const result = await runItem({ request, ancestors, scopes, transport, sandbox, deps: deps() });
    expect(result.errors.map((e) => e.message)).toEqual(["boom"]);
    expect(transport.sent).toHaveLength(1);
  });

  it("turns a throwing sandbox into a script error", async () => {
    const { ancestors, request, scopes } = setup();
    const sandbox = { run: () => Promise.reject(new Error("worker died")) };
    const result = await runItem({
      request,
      ancestors,
      scopes,
      transport: fakeTransport(),
      sandbox,
      deps: deps(),
    });
    expect(result.errors.map((e) => e.location)).toEqual(["prerequest", "test"]);
    expect(result.result?.ok).toBe(true);
  });
});

describe("runItem failures", () => {
  it("reports a build error without sending or testing", async () => {
    const { ancestors, request } = setup();
    const sandbox = fakeSandbox({});
    const transport = fakeTransport();
    const result = await runItem({
      request,
      ancestors,
      scopes: makeScopes(),
      transport,
      sandbox,
      deps: deps(),
    });
    expect(result.buildError?.code).toBe("INVALID_URL");
    expect(transport.sent).toEqual([]);
    expect(sandbox.calls.map((c) => c.kind)).toEqual(["prerequest"]);
  });

  it("still runs tests after a failed send, without a response", async () => {
    const { ancestors, request, scopes } = setup();
    const sandbox = fakeSandbox({});
    const transport = fakeTransport(() => ({
      ok: false,
      error: { code: "UNREACHABLE", message: "no route" },
    }));
    const result = await runItem({ request, ancestors, scopes, transport, sandbox, deps: deps() });
    expect(result.result).toEqual({
      ok: false,
      error: { code: "UNREACHABLE", message: "no route" },
    });
    expect(sandbox.calls[1]?.kind).toBe("test");
    expect(sandbox.calls[1]?.context.response).toBeUndefined();
  });

  it("turns a throwing transport into a NETWORK error", async () => {
    const { ancestors, request, scopes } = setup();
    const transport = fakeTransport(() => {
      throw new Error("socket hang up");
    });
    const result = await runItem({ request, ancestors, scopes, transport, deps: deps() });
    expect(result.result).toEqual({
      ok: false,
      error: { code: "NETWORK", message: "socket hang up" },
    });
  });

  it("passes timeout and redirect options to the transport", async () => {
    const { ancestors, request, scopes } = setup({
      settings: { timeoutMs: 500, followRedirects: false },
    });
    const transport = fakeTransport();
    await runItem({ request, ancestors, scopes, transport, deps: deps() });
    expect(transport.sent[0]?.options).toMatchObject({ timeoutMs: 500, followRedirects: false });
    await runItem({ request, ancestors, scopes, transport, deps: deps(), timeoutMs: 9 });
    expect(transport.sent[1]?.options?.timeoutMs).toBe(9);
  });
});
