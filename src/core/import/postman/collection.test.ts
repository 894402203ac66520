import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { importPostmanCollection } from "./collection";
import { sampleCollection } from "./test/sample";

const deps = () => ({ clock: makeFixedClock(1_000), random: makeSeededRandom(1) });

function imported() {
  const result = importPostmanCollection(structuredClone(sampleCollection), deps(), "ws");
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const byName = (name: string) => {
  const found = imported().requests.find((r) => r.name === name);
  if (!found) throw new Error(`no request ${name}`);
  return found;
};

describe("importPostmanCollection", () => {
  it("maps the collection's info, variables, auth, scripts and unknown fields", () => {
    const { collection } = imported();
    expect(collection.workspaceId).toBe("ws");
    expect(collection.name).toBe("Sample");
    expect(collection.description).toBe("About the sample");
    expect(collection.variables.map((v) => [v.key, v.value, v.type, v.enabled])).toEqual([
      ["baseUrl", "https://example.com", "default", true],
      ["n", 3, "number", true],
      ["off", "x", "default", false],
    ]);
    expect(collection.auth).toEqual({
      type: "basic",
      attributes: [
        { key: "username", value: "u" },
        { key: "password", value: "p" },
      ],
    });
    expect(collection.scripts.test).toBe("pm.test('top', () => {});");
    expect(collection.extra).toMatchObject({
      postmanId: "c0ffee00-0000-4000-8000-000000000001",
      info: { _exporter_id: "42" },
      protocolProfileBehavior: { followRedirects: false },
      description: { type: "text/markdown" },
    });
  });

  it("builds the folder tree with parents, sort order and inherited auth", () => {
    const { folders, requests, collection } = imported();
    const [users, nested] = folders;
    expect(users?.parentId).toBeNull();
    expect(users?.collectionId).toBe(collection.id);
    expect(users?.auth.type).toBe("bearer");
    expect(users?.scripts.prerequest).toBe("// folder");
    expect(users?.extra?.postmanId).toBe("folder-1");
    expect(nested?.parentId).toBe(users?.id);
    const get = requests.find((r) => r.name === "Get user");
    expect(get?.parentId).toBe(nested?.id);
    expect(requests.map((r) => [r.name, r.sort, r.parentId === null])).toEqual([
      ["Get user", 1, false],
      ["Create", 2, true],
      ["Form", 3, true],
      ["Encoded", 4, true],
      ["GraphQL", 5, true],
      ["As string", 6, true],
    ]);
  });

  it("maps URL, params (incl. disabled), path variables, headers and scripts", () => {
    const r = byName("Get user");
    expect(r.method).toBe("GET");
    expect(r.url).toBe("{{baseUrl}}/users/:id?page=1");
    expect(r.params.map((p) => [p.key, p.value, p.enabled])).toEqual([
      ["page", "1", true],
      ["debug", "true", false],
    ]);
    expect(r.pathVariables).toEqual([
      { key: "id", value: "7", enabled: true, description: "user id" },
    ]);
    expect(r.headers[1]).toEqual({
      key: "X-Off",
      value: "1",
      enabled: false,
      description: "unused",
    });
    expect(r.scripts.test).toBe("pm.test('a', () => {});\n// 2");
    expect(r.scripts.prerequest).toBe("");
    expect(r.auth.type).toBe("inherit");
    expect(r.settings).toEqual({
      protocolProfileBehavior: { disableBodyPruning: true, followRedirects: false },
      followRedirects: false,
    });
    expect(r.extra).toMatchObject({ postmanId: "req-1", request: { proxy: { host: "proxy" } } });
  });

  it("turns saved responses into examples", () => {
    const [ex] = byName("Get user").examples;
    expect(ex).toMatchObject({
      name: "OK",
      status: 200,
      statusText: "OK",
      body: '{"id":7}',
      headers: [{ key: "Content-Type", value: "application/json", enabled: true }],
      originalRequest: { method: "GET" },
      extra: { postmanId: "ex-1", _postman_previewlanguage: "json" },
    });
  });

  it("maps every body mode", () => {
    const raw = byName("Create");
    expect([raw.body.mode, raw.body.raw, raw.body.language]).toEqual(["raw", '{"a":1}', "json"]);
    expect(raw.auth.type).toBe("noauth");
    expect(raw.params).toEqual([{ key: "x", value: "1", enabled: true }]);
    const form = byName("Form").body;
    expect(form.mode).toBe("formdata");
    expect(form.formdata[0]).toMatchObject({ key: "t", value: "v", type: "text" });
    expect(form.formdata[1]).toMatchObject({ key: "f", type: "file", fileName: "/tmp/a.png" });
    expect(byName("Encoded").body.urlencoded).toEqual([{ key: "a", value: "b", enabled: false }]);
    const gql = byName("GraphQL");
    expect(gql.url).toBe("https://api.example.com/graphql");
    expect(gql.body.graphql.query).toBe("{ me }");
    expect(JSON.parse(gql.body.graphql.variables)).toEqual({ id: 1 });
    expect(byName("As string").url).toBe("https://example.com/plain");
  });

  it("reports the JSON path of a bad value", () => {
    const bad = structuredClone(sampleCollection) as { item: unknown[] };
    bad.item[5] = { name: "x", request: { url: 42 } };
    const result = importPostmanCollection(bad, deps(), "ws");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "INVALID_POSTMAN",
        message: "item[5].request.url: expected string or object",
        at: "item[5].request.url",
      },
    });
  });

  it("rejects input that is not a collection", () => {
    expect(importPostmanCollection(null, deps(), "ws")).toMatchObject({
      ok: false,
      error: { at: "$" },
    });
    expect(importPostmanCollection({ item: [] }, deps(), "ws")).toMatchObject({
      ok: false,
      error: { at: "info" },
    });
  });

  it("drops __proto__-like keys from kept fields", () => {
    const hostile = JSON.parse(
      '{"info":{"name":"h"},"item":[],"__proto__":{"polluted":true},"custom":{"__proto__":{"x":1},"ok":2}}',
    ) as unknown;
    const result = importPostmanCollection(hostile, deps(), "ws");
    expect(result.ok && result.value.collection.extra).toEqual({ custom: { ok: 2 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("importPostmanCollection (v2.0 shapes)", () => {
  it("accepts string headers, path variables named by id, and exec as one string", () => {
    const result = importPostmanCollection(
      {
        info: { name: "old", schema: "https://schema.getpostman.com/json/collection/v2.0.0/" },
        item: [
          {
            name: "r",
            event: [{ listen: "test", script: { exec: "one()" } }],
            request: {
              url: { raw: "http://h/:id", variable: [{ id: "id", value: "3" }] },
              header: "A: 1\nB: two",
              auth: { type: "apikey", apikey: { key: "k", value: "v" } },
            },
          },
        ],
      },
      deps(),
      "ws",
    );
    if (!result.ok) throw new Error(result.error.message);
    const [r] = result.value.requests;
    expect(r?.headers.map((h) => [h.key, h.value])).toEqual([
      ["A", "1"],
      ["B", "two"],
    ]);
    expect(r?.pathVariables.map((p) => [p.key, p.value])).toEqual([["id", "3"]]);
    expect(r?.scripts.test).toBe("one()");
    expect(r?.auth.attributes).toEqual([
      { key: "key", value: "k" },
      { key: "value", value: "v" },
    ]);
  });

  it("reports an unknown auth type at its path", () => {
    const result = importPostmanCollection(
      {
        info: { name: "x" },
        item: [{ name: "r", request: { url: "u", auth: { type: "magic" } } }],
      },
      deps(),
      "ws",
    );
    expect(result).toMatchObject({ ok: false, error: { at: "item[0].request.auth.type" } });
  });
});
