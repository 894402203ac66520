import { describe, expect, it } from "vitest";
import { buildTryItRequest } from "./buildRequest";
import { findOperation } from "./findOperation";
import { prefillInput } from "./prefill";
import { spec30, swagger20 } from "./test/specs";
import type { TryItOperation } from "./types";

const find = (doc: unknown, selector: string): TryItOperation => {
  const r = findOperation(doc, selector);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("prefilled input", () => {
  it("takes required parameters and those the spec gives an example or default for", () => {
    const input = prefillInput(find(spec30, "getItem"));
    expect(input.server).toEqual({ index: 0, variables: {} });
    expect(input.parameters).toEqual({
      path: { id: 7 },
      header: { "X-Trace": "string" },
      query: { limit: 20, where: { a: 1 } },
    });
  });

  it("takes every parameter with `all`", () => {
    const input = prefillInput(find(spec30, "getItem"), { all: true });
    expect(input.parameters?.query).toEqual({
      filter: {},
      tags: ["a"],
      next: "string",
      limit: 20,
      where: { a: 1 },
    });
    expect(input.parameters?.cookie).toEqual({ session: "string", prefs: [] });
  });

  it("fills server variables with their defaults", () => {
    const op = find(spec30, "createTree");
    const moved = { ...op, servers: [...op.servers].reverse() };
    expect(prefillInput(moved).server).toEqual({
      index: 0,
      variables: { region: "eu", port: "443" },
    });
  });

  it("generates a deterministic body from a recursive schema, with formats", () => {
    const input = prefillInput(find(spec30, "createTree"));
    expect(input.body).toEqual({
      mediaType: "application/json",
      value: {
        id: "00000000-0000-4000-8000-000000000000",
        created: "1970-01-01T00:00:00Z",
        owner: "user@example.com",
        children: [],
      },
    });
    expect(prefillInput(find(spec30, "createTree"))).toEqual(input);
  });

  it("leaves file fields of a form body for the reader", () => {
    const input = prefillInput(find(spec30, "upload"));
    expect(input.body).toEqual({
      mediaType: "multipart/form-data",
      value: { title: "Holiday", meta: { w: 0 }, tags: ["string"] },
    });
  });

  it("prefers the media type example, then the first listed type", () => {
    expect(prefillInput(find(spec30, "putRaw")).body).toEqual({
      mediaType: "text/plain",
      value: "hello",
    });
  });

  it("gives a Swagger 2.0 operation a request that builds", () => {
    const op = find(swagger20, "lists");
    const input = prefillInput(op);
    expect(input.parameters).toEqual({
      path: { ids: [0] },
      header: { "X-Ids": ["a", "b"] },
      query: { sort: "asc" },
    });
    const request = buildTryItRequest(op, input);
    expect(request.ok && request.value.url).toBe("https://api.two.test/v2/lists/0?sort=asc");
  });
});
