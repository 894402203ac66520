import { describe, expect, it } from "vitest";
import { makeCollection, makeEnvironment, makeFolder, makeRequest } from "../../factory";
import { SCHEMA_VERSION } from "../../model";
import { deps, hostile, NOW, ownKeys, parsed, restored, UNSAFE } from "./test/helpers";
import type { Bundle } from "../../model";

describe("restoreBundle: unsafe keys", () => {
  // Every place an object can hide, each marked with "EVIL":1 (replaced by the unsafe keys).
  const row = { EVIL: 1, key: "__proto__", value: "constructor", extra: { EVIL: 1, ok: 1 } };
  const input = parsed({
    EVIL: 1,
    collections: [
      {
        EVIL: 1,
        id: "c",
        workspaceId: "ws",
        name: "prototype",
        variables: [{ ...row, key: "constructor" }],
        auth: {
          EVIL: 1,
          type: "apikey",
          attributes: [{ EVIL: 1, key: "value", value: { EVIL: 1, nested: [{ EVIL: 1 }] } }],
        },
        scripts: { EVIL: 1, prerequest: "", test: "", extra: { EVIL: 1 } },
        settings: { EVIL: 1, scriptTimeoutMs: 5 },
        extra: { EVIL: 1, deep: { a: [{ b: { EVIL: 1 } }] } },
      },
    ],
    folders: [{ EVIL: 1, id: "f", collectionId: "c", variables: [row], extra: { EVIL: 1 } }],
    requests: [
      {
        EVIL: 1,
        id: "r",
        collectionId: "c",
        parentId: "f",
        params: [row],
        pathVariables: [row],
        headers: [row],
        body: {
          EVIL: 1,
          mode: "formdata",
          urlencoded: [row],
          formdata: [{ ...row, type: "file" }],
          graphql: { EVIL: 1, query: "q", variables: "{}" },
          file: { EVIL: 1, fileName: "x" },
          extra: { EVIL: 1 },
        },
        examples: [
          {
            EVIL: 1,
            id: "x",
            headers: [row],
            originalRequest: { EVIL: 1, url: { EVIL: 1 } },
            extra: { EVIL: 1 },
          },
        ],
        variables: [row],
        settings: { EVIL: 1, protocolProfileBehavior: { EVIL: 1, followRedirects: false } },
        extra: { EVIL: 1 },
      },
    ],
    environments: [{ EVIL: 1, id: "e", workspaceId: "ws", variables: [row], extra: { EVIL: 1 } }],
    globals: { EVIL: 1, id: "g", workspaceId: "ws", variables: [row] },
  });

  it("are dropped wherever they hide; strings that merely name them stay", () => {
    expect(JSON.stringify(input)).toContain('"__proto__":{"polluted":true}');
    const { bundle, warnings } = restored(input);
    const keys = ownKeys(bundle);
    for (const k of UNSAFE) expect(keys).not.toContain(k);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // User data that is such a string is kept.
    expect(bundle.collections[0]?.name).toBe("prototype");
    expect(bundle.collections[0]?.variables[0]).toMatchObject({ key: "constructor" });
    expect(bundle.requests[0]?.headers[0]).toMatchObject({
      key: "__proto__",
      value: "constructor",
    });
    expect(bundle.requests[0]?.headers[0]?.extra).toEqual({ ok: 1 });
    expect(bundle.requests[0]?.settings.protocolProfileBehavior).toEqual({
      followRedirects: false,
    });
    expect(bundle.requests[0]?.body.graphql).toEqual({ query: "q", variables: "{}" });
    expect(bundle.collections[0]?.auth.attributes[0]?.value).toEqual({ nested: [{}] });
    expect(bundle.requests[0]?.parentId).toBe("f");
    expect(warnings).toEqual([expect.stringMatching(/^Ignored \d+ fields named __proto__/)]);
  });

  it("handles objects built in code (own keys set with defineProperty) too", () => {
    const extra = hostile({ ok: 1 });
    Object.defineProperty(extra, "__proto__", { value: { polluted: true }, enumerable: true });
    const c = { ...makeCollection(deps(), { workspaceId: "ws", name: "c" }), extra };
    const { bundle } = restored({ collections: [c] });
    expect(bundle.collections[0]?.extra).toEqual({ ok: 1 });
    expect(Object.getPrototypeOf(bundle.collections[0]?.extra)).toBe(Object.prototype);
  });
});

describe("restoreBundle: device choices", () => {
  it("drops a collection's transport choice: a shared collection cannot pick the local agent", () => {
    const d = deps();
    const c = makeCollection(d, { workspaceId: "ws", name: "c", settings: { transport: "agent" } });
    const { bundle } = restored({ collections: [c], folders: [], requests: [], environments: [] });
    expect(bundle.collections[0]?.settings).toEqual({});
  });
});

describe("restoreBundle: defaults and types", () => {
  it("fills every field the model requires, as the factory does", () => {
    const { bundle, warnings } = restored({
      collections: [{ id: "c", workspaceId: "ws" }],
      folders: [{ id: "f", collectionId: "c" }],
      requests: [{ id: "r", collectionId: "c" }],
      environments: [{ id: "e", workspaceId: "ws" }],
    });
    const d = deps();
    const at = { schemaVersion: SCHEMA_VERSION, createdAt: NOW, updatedAt: NOW };
    const c = makeCollection(d, { id: "c", workspaceId: "ws", name: "", sort: 1, ...at });
    expect(bundle.collections).toEqual([c]);
    expect(bundle.folders).toEqual([
      makeFolder(d, { id: "f", collectionId: "c", name: "", sort: 1, ...at }),
    ]);
    expect(bundle.requests).toEqual([
      makeRequest(d, { id: "r", collectionId: "c", name: "", sort: 2, ...at }),
    ]);
    expect(bundle.environments).toEqual([
      makeEnvironment(d, { id: "e", workspaceId: "ws", name: "", ...at }),
    ]);
    expect(warnings).toEqual([]);
  });

  it("coerces wrong types instead of failing, and says only what the user would notice", () => {
    const { bundle, warnings } = restored({
      collections: [{ id: 7, workspaceId: "ws", name: 42, auth: { type: "inherit" }, sort: "2" }],
      requests: [
        {
          id: "r",
          collectionId: 7,
          name: true,
          method: " post ",
          url: 12,
          headers: "Accept: x",
          params: [null, { key: 1, value: { a: 1 }, enabled: "false" }],
          body: { mode: "bogus", raw: 5, language: "yaml" },
          auth: { type: "magic", attributes: "x" },
          scripts: { test: ["line 1", "line 2"], prerequest: null },
          examples: [
            { status: "201", headers: {} },
            { id: 3, status: 1.5 },
          ],
          variables: [
            { key: "n", value: 1 },
            { key: "o", value: [1] },
            { key: "t", type: "nope" },
          ],
          settings: { timeoutMs: "-1", followRedirects: "yes" },
          createdAt: "soon",
          extra: "not an object",
        },
      ],
      environments: "nope",
      globals: [],
    });
    const [c] = bundle.collections;
    expect(c).toMatchObject({ id: "7", name: "42", auth: { type: "noauth" }, sort: 1 });
    const [r] = bundle.requests;
    expect(r).toMatchObject({ collectionId: "7", name: "true", method: "post", url: "12" });
    expect(r?.headers).toEqual([]);
    expect(r?.params).toEqual([{ key: "1", value: '{"a":1}', enabled: false }]);
    expect(r?.body).toMatchObject({ mode: "none", raw: "5", language: "text", formdata: [] });
    expect(r?.auth).toEqual({ type: "inherit", attributes: [] });
    expect(r?.scripts).toEqual({ prerequest: "", test: "line 1\nline 2" });
    expect(r?.examples.map((e) => [e.status, e.headers])).toEqual([
      [201, []],
      [0, []],
    ]);
    expect(r?.examples[1]?.id).toBe("3");
    expect(r?.examples[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r?.variables.map((v) => [v.value, v.type])).toEqual([
      [1, "default"],
      ["[1]", "default"],
      ["", "default"],
    ]);
    expect(r?.settings).toEqual({});
    expect(r?.createdAt).toBe(NOW);
    expect(r).not.toHaveProperty("extra");
    expect(bundle.environments).toEqual([]);
    expect(bundle).not.toHaveProperty("globals");
    expect(warnings).toEqual([
      "Ignored 4 parts that should be a list and are not.",
      "Skipped 2 entries that are not an object.",
      "Reset 1 unknown auth type to the default.",
      "Reset 1 unknown body type to none.",
    ]);
  });

  it("leaves a complete, valid bundle exactly as it was (every optional field kept)", () => {
    const d = deps();
    const c = makeCollection(d, {
      workspaceId: "ws",
      name: "c",
      sort: 1,
      settings: { scriptTimeoutMs: 1, requestTimeoutMs: 2 },
      scripts: { prerequest: "a", test: "b", extra: { x: 1 } },
      extra: { postmanId: "p" },
    });
    const f = makeFolder(d, { collectionId: c.id, name: "f", sort: 1, extra: { y: [1] } });
    const kv = { key: "k", value: "v", enabled: false, description: "d", extra: { z: null } };
    const r = makeRequest(d, {
      collectionId: c.id,
      parentId: f.id,
      name: "r",
      method: "PROPFIND",
      sort: 1,
      headers: [kv],
      body: {
        mode: "file",
        raw: "",
        language: "xml",
        urlencoded: [kv],
        formdata: [{ ...kv, type: "file", fileId: "b", fileName: "n", contentType: "t" }],
        file: { fileId: "b", fileName: "n", contentType: "t" },
        graphql: { query: "q", variables: "v" },
        disabled: true,
        extra: { options: { raw: { language: "xml" } } },
      },
      auth: { type: "bearer", attributes: [{ key: "token", value: 1, type: "string" }] },
      examples: [
        {
          id: "x",
          name: "ok",
          status: 200,
          statusText: "OK",
          headers: [kv],
          body: "{}",
          originalRequest: { url: "u" },
          extra: { a: 1 },
        },
      ],
      variables: [{ key: "v", value: true, type: "boolean", enabled: true, description: "d" }],
      settings: { protocolProfileBehavior: { a: 1 }, timeoutMs: 3, followRedirects: false },
      extra: { postmanId: "q" },
    });
    const e = makeEnvironment(d, { workspaceId: "ws", name: "e", extra: { a: 1 } });
    const g = { ...makeEnvironment(d, { workspaceId: "ws", name: "" }), name: undefined };
    delete g.name;
    const bundle: Bundle = {
      collections: [c],
      folders: [f],
      requests: [r],
      environments: [e],
      globals: g,
    };
    expect(restored(bundle)).toEqual({ bundle, warnings: [] });
  });
});
