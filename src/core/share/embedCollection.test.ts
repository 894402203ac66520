import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import { sampleCollection } from "../import/postman/test/sample";
import { asCollection } from "./asCollection";
import {
  buildEmbedRequest,
  EMBED_MAX_REQUESTS,
  readEmbedCollection,
  withEdits,
} from "./embedCollection";

const deps = () => ({ clock: makeFixedClock(1_700_000_000_000), random: makeSeededRandom(7) });

const small = {
  info: {
    name: "Echo",
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  },
  variable: [{ key: "base", value: "http://127.0.0.1:9/cors" }],
  item: [
    {
      name: "Things",
      item: [
        {
          name: "Create thing",
          request: {
            method: "post",
            url: "{{base}}/things?x=1",
            header: [{ key: "X-Kind", value: "demo" }],
            body: { mode: "raw", raw: '{"a":1}', options: { raw: { language: "json" } } },
            description: "Makes a thing",
          },
        },
      ],
    },
    { name: "List", request: { method: "GET", url: "{{base}}/things" } },
  ],
};

describe("asCollection", () => {
  it("wraps a lone item in a collection named after it", () => {
    const item = { name: "Ping", request: { method: "GET", url: "https://x.test" } };
    expect(asCollection(item)).toMatchObject({ info: { name: "Ping" }, item: [item] });
    expect(asCollection({ request: "https://x.test" })).toMatchObject({
      info: { name: "Shared request" },
    });
  });
  it("leaves collections and other values alone", () => {
    expect(asCollection(small)).toBe(small);
    expect(asCollection([1])).toEqual([1]);
    expect(asCollection("x")).toBe("x");
  });
});

describe("readEmbedCollection", () => {
  it("lists requests in sidebar order with their folder path", () => {
    const r = readEmbedCollection(small, deps());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.collection.name).toBe("Echo");
    expect(r.value.requests.map((e) => [e.request.method, e.request.name, e.path])).toEqual([
      ["POST", "Create thing", ["Things"]],
      ["GET", "List", []],
    ]);
    expect(r.value.requests[0]?.request.description).toBe("Makes a thing");
  });

  it("reads the importer's full sample, nested folders included", () => {
    const r = readEmbedCollection(sampleCollection, deps());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.requests.length).toBe(6);
    expect(r.value.requests[0]?.path).toEqual(["Users", "Nested"]);
  });

  it("accepts a single item", () => {
    const r = readEmbedCollection({ name: "One", request: "https://x.test/a" }, deps());
    expect(r.ok && r.value.requests.map((e) => e.request.url)).toEqual(["https://x.test/a"]);
  });

  it("refuses what is not a collection, naming why", () => {
    for (const bad of [null, 3, [], { info: {} }, { item: [] }]) {
      const r = readEmbedCollection(bad, deps());
      expect(r.ok ? "" : r.error.code).toBe("EMBED_NOT_COLLECTION");
    }
    const broken = readEmbedCollection({ info: { name: "B" }, item: [{ name: "x" }] }, deps());
    expect(broken.ok ? "" : broken.error.code).toBe("INVALID_POSTMAN");
  });

  it("drops __proto__ keys as the import funnel does", () => {
    const hostile = JSON.parse(
      '{"info":{"name":"H"},"item":[{"name":"A","request":{"url":"https://x.test","__proto__":{"polluted":1}}}]}',
    ) as unknown;
    const r = readEmbedCollection(hostile, deps());
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(r.ok && r.value.requests[0]?.request)).not.toContain("polluted");
  });

  it("caps a large collection and says so", () => {
    const many = {
      info: { name: "Many" },
      item: Array.from({ length: EMBED_MAX_REQUESTS + 5 }, (_, i) => ({
        name: `R${i}`,
        request: `https://x.test/${i}`,
      })),
    };
    const r = readEmbedCollection(many, deps());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.requests.length).toBe(EMBED_MAX_REQUESTS);
    expect(r.value.warnings.join()).toContain(
      `first ${EMBED_MAX_REQUESTS} of ${EMBED_MAX_REQUESTS + 5}`,
    );
  });
});

describe("buildEmbedRequest", () => {
  it("resolves collection variables, headers and the body", () => {
    const r = readEmbedCollection(small, deps());
    if (!r.ok) throw new Error(r.error.message);
    const built = buildEmbedRequest(r.value.requests[0]!, deps());
    if (!built.ok) throw new Error(built.error.message);
    expect(built.value.http).toMatchObject({
      method: "POST",
      url: "http://127.0.0.1:9/cors/things?x=1",
      body: { kind: "text", text: '{"a":1}' },
    });
    expect(built.value.http.headers).toContainEqual(["X-Kind", "demo"]);
    expect(built.value.warnings).toEqual([]);
  });

  it("warns about scripts and signed auth it does not run", () => {
    const r = readEmbedCollection(sampleCollection, deps());
    if (!r.ok) throw new Error(r.error.message);
    const built = buildEmbedRequest(r.value.requests[0]!, deps());
    const warnings = built.ok ? built.value.warnings : [built.error.message];
    expect(warnings.join(" ")).toContain("Scripts are not run here");
  });

  it("names an unresolved host variable", () => {
    const r = readEmbedCollection(
      { info: { name: "V" }, item: [{ name: "A", request: "{{nope}}/x" }] },
      deps(),
    );
    if (!r.ok) throw new Error(r.error.message);
    const built = buildEmbedRequest(r.value.requests[0]!, deps());
    expect(built.ok ? "" : built.error.code).toBe("INVALID_URL");
  });
});

describe("withEdits", () => {
  const first = () => {
    const r = readEmbedCollection(small, deps());
    if (!r.ok) throw new Error(r.error.message);
    return r.value.requests[0]!;
  };

  it("sends an edited URL, query included, and an edited raw body", () => {
    const entry = first();
    const request = withEdits(entry.request, { url: "{{base}}/other?y=2&z", raw: '{"b":2}' });
    const built = buildEmbedRequest({ ...entry, request }, deps());
    if (!built.ok) throw new Error(built.error.message);
    expect(built.value.http.url).toBe("http://127.0.0.1:9/cors/other?y=2&z");
    expect(built.value.http.body).toEqual({ kind: "text", text: '{"b":2}' });
    expect(entry.request.url).toBe("{{base}}/things?x=1");
  });

  it("changes nothing when the edits are the request as shown", () => {
    const entry = first();
    expect(withEdits(entry.request, { url: "{{base}}/things?x=1" })).toBe(entry.request);
  });
});
