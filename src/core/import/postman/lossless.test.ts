/**
 * Regression tests for what an import → export round trip used to lose or change: several events
 * of one kind, the item description of a bare-URL request, the other blocks of an auth object,
 * null query values, blank bodies and descriptions; and the schema URLs we read.
 */
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { exportPostmanCollection } from "../../export/postman";
import { importPostmanCollection } from "./collection";
import { isSupportedCollectionSchema } from "./schema";

const deps = () => ({ clock: makeFixedClock(1), random: makeSeededRandom(1) });
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

function load(item: unknown, extra: Record<string, unknown> = {}) {
  const r = importPostmanCollection(
    { info: { name: "c", schema }, item: [item], ...extra },
    deps(),
    "ws",
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const out = (tree: ReturnType<typeof load>) =>
  JSON.parse(JSON.stringify(exportPostmanCollection(tree))) as {
    item: Record<string, unknown>[];
    auth?: unknown;
  };

const event = (listen: string, ...exec: string[]) => ({
  listen,
  script: { type: "text/javascript", exec },
});

describe("several events of one kind", () => {
  const item = {
    name: "r",
    event: [
      event("test", "const a = 1;"),
      event("prerequest", "const p = 1;"),
      event("test", "const a = 2;"),
      { listen: "test", disabled: true, script: { exec: ["off();"] } },
      event("test", "const a = 3;"),
    ],
    request: { method: "GET", url: "http://h/" },
  };

  it("stay separate scripts, in order", () => {
    const [r] = load(item).requests;
    expect(r?.scripts.test).toBe("const a = 1;");
    expect(r?.scripts.prerequest).toBe("const p = 1;");
    expect(r?.scripts.more).toEqual({ test: ["const a = 2;", "const a = 3;"] });
  });

  it("are written back as the same events", () => {
    expect(out(load(item)).item[0]?.event).toEqual(item.event);
  });

  it("a script added in Satchel is its own event", () => {
    const tree = load({ name: "r", request: "http://h/" });
    const r = tree.requests[0]!;
    r.scripts = { prerequest: "", test: "x();", more: { test: ["y();"] } };
    expect(out(tree).item[0]?.event).toEqual([event("test", "x();"), event("test", "y();")]);
  });
});

describe("a request given as a bare URL string", () => {
  const item = { name: "s", description: "About s", request: "https://example.com/plain" };

  it("keeps the item's description, on the item", () => {
    const tree = load(item);
    expect(tree.requests[0]?.description).toBe("About s");
    expect(out(tree).item[0]).toMatchObject(item);
  });
});

describe("an auth object with several blocks", () => {
  const auth = {
    type: "hawk",
    hawk: [{ key: "authId", value: "id", type: "string" }],
    basic: [
      { key: "username", value: "u", type: "string" },
      { key: "password", value: "p", type: "string" },
    ],
  };

  it("uses the active type and keeps the others", () => {
    const r = load({ name: "a", request: { method: "GET", url: "http://h/", auth } }).requests[0];
    expect(r?.auth.type).toBe("hawk");
    expect(r?.auth.attributes).toEqual([{ key: "authId", value: "id", type: "string" }]);
    expect(r?.auth.others).toEqual({ basic: auth.basic });
  });

  it("writes every block back", () => {
    const tree = load({ name: "a", request: { method: "GET", url: "http://h/", auth } });
    expect((out(tree).item[0]?.request as { auth: unknown }).auth).toEqual(auth);
  });

  it("keeps blocks beside noauth on the collection", () => {
    const collectionAuth = { type: "noauth", bearer: [{ key: "token", value: "t" }] };
    const tree = load({ name: "a", request: "http://h/" }, { auth: collectionAuth });
    expect(out(tree).auth).toEqual(collectionAuth);
  });
});

describe("URL objects", () => {
  const url = {
    raw: "http://h/get/:id?foo1&foo2&&a=",
    protocol: "http",
    host: ["h"],
    path: ["get", ":id"],
    query: [
      { key: "foo1", value: null },
      { key: "foo2", value: null },
      { key: null, value: null },
      { key: "a", value: "" },
    ],
  };

  it("keep null query values null (regression: they were sent as foo1=&foo2=)", () => {
    const r = load({ name: "u", request: { method: "GET", url } }).requests[0]!;
    expect(r.params.map((p) => [p.key, p.value, p.extra])).toEqual([
      ["foo1", "", { valueless: true }],
      ["foo2", "", { valueless: true }],
      ["", "", { valueless: true, nullKey: true }],
      ["a", "", undefined],
    ]);
    const written = out(load({ name: "u", request: { method: "GET", url } })).item[0]?.request;
    expect((written as { url: unknown }).url).toEqual(url);
  });

  it("compose a URL without raw as Postman writes it", () => {
    const r = load({
      name: "u",
      request: {
        url: {
          protocol: "https",
          auth: { user: "me", password: "p:w" },
          host: ["{{sub}}", "example", "com"],
          port: "8443",
          path: "/a/b/",
          query: [
            { key: "q", value: null },
            { key: "off", value: "1", disabled: true },
          ],
          hash: "",
        },
      },
    }).requests[0];
    expect(r?.url).toBe("https://me:p:w@{{sub}}.example.com:8443/a/b/?q#");
  });

  it("leave a blank body object and a blank description as they were", () => {
    const request = { method: "GET", url: "http://h/", body: {}, description: "" };
    const written = out(load({ name: "b", request })).item[0]?.request;
    expect(written).toMatchObject({ body: {}, description: "" });
  });
});

describe("isSupportedCollectionSchema", () => {
  it("accepts every v2.0 / v2.1 spelling", () => {
    for (const s of [
      "http://schema.getpostman.com/collection/v2/collection.json",
      "https://schema.getpostman.com/collection/v2/collection.json",
      "https://schema.getpostman.com/json/collection/v2.0.0/collection.json",
      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      "https://schema.getpostman.com/json/collection/v2.0.0/",
      "https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json",
      "http://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    ]) {
      expect(isSupportedCollectionSchema(s), s).toBe(true);
    }
  });

  it("refuses v1 and unknown versions", () => {
    for (const s of [
      "https://schema.getpostman.com/json/collection/v1.0.0/collection.json",
      "https://schema.getpostman.com/json/collection/v2.2.0/collection.json",
      "https://example.com/schema.json",
    ]) {
      expect(isSupportedCollectionSchema(s), s).toBe(false);
    }
  });
});
