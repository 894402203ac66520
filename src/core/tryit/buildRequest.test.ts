import { describe, expect, it } from "vitest";
import { buildTryItRequest } from "./buildRequest";
import { findOperation } from "./findOperation";
import type { TryItInput } from "./input";
import { spec30, swagger20 } from "./test/specs";
import type { TryItOperation } from "./types";

const find = (doc: unknown, selector: string): TryItOperation => {
  const r = findOperation(doc, selector);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const build = (op: TryItOperation, input: TryItInput) => {
  const r = buildTryItRequest(op, input);
  return r.ok ? r.value : r.error;
};

describe("a request from an operation and its input", () => {
  const getItem = find(spec30, "getItem");

  it("fills path, query, headers and cookies by each parameter's style", () => {
    const request = build(getItem, {
      parameters: {
        path: { id: "a/b" },
        query: {
          filter: { kind: "cat", age: 3 },
          tags: ["a", "b"],
          next: "/p?x=1",
          limit: 5,
          where: { a: 1 },
        },
        header: { "X-Trace": "t-1" },
        cookie: { session: "s 1", prefs: ["x", "y"] },
      },
      auth: { keyHeader: { value: "K" } },
    });
    expect(request).toEqual({
      method: "GET",
      url:
        "https://items.api.test/items/a%2Fb?filter%5Bkind%5D=cat&filter%5Bage%5D=3&tags=a%7Cb" +
        "&next=/p?x%3D1&limit=5&where=%7B%22a%22%3A1%7D",
      headers: [
        ["X-Trace", "t-1"],
        ["Cookie", "session=s%201; prefs=x,y"],
        ["X-Api-Key", "K"],
      ],
    });
  });

  it("fails when a required parameter has no value", () => {
    expect(build(getItem, { parameters: { path: { id: 1 } } })).toMatchObject({
      code: "MISSING_PARAMETER",
      message: "Required parameter without a value: X-Trace (header).",
    });
  });

  it("leaves out optional parameters without a value, but sends empty strings", () => {
    const r = build(getItem, {
      parameters: { path: { id: 1 }, header: { "X-Trace": "t" }, query: { next: "", limit: null } },
    });
    expect(r).toMatchObject({ url: "https://items.api.test/items/1?next=" });
  });

  it("refuses a header value with a line break", () => {
    const r = build(getItem, {
      parameters: { path: { id: 1 }, header: { "X-Trace": "a\r\nX: y" } },
    });
    expect(r).toMatchObject({ code: "INVALID_HEADER_VALUE" });
  });

  it("writes matrix and label path parameters and exploded header objects", () => {
    const paint = find(spec30, "paint");
    const r = build(paint, {
      server: { index: 1, variables: { region: "us" } },
      parameters: { path: { color: { R: 100, G: 200 } }, header: { "X-Rgb": { R: 1, G: 2 } } },
    });
    expect(r).toMatchObject({
      url: "https://us.api.test:443/base/paint;R=100;G=200",
      headers: [["X-Rgb", "R=1,G=2"]],
    });
    const label = find(spec30, "label");
    expect(build(label, { parameters: { path: { color: ["blue", "black"] } } })).toMatchObject({
      url: "/v1/label/.blue,black",
    });
  });

  it("resolves a relative server against the spec URL, or takes the reader's own", () => {
    const tree = find(spec30, "createTree");
    const body = { mediaType: "application/json", value: { id: "1" } };
    expect(build(tree, { specUrl: "https://docs.test/a/spec.yaml", body })).toMatchObject({
      url: "https://docs.test/v1/trees",
    });
    expect(build(tree, { server: { url: "http://localhost:8080/" }, body })).toMatchObject({
      url: "http://localhost:8080/trees",
    });
    expect(build(tree, { server: { index: 5 }, body })).toMatchObject({ code: "UNKNOWN_SERVER" });
  });

  it("adds the body and its Content-Type", () => {
    const tree = find(spec30, "createTree");
    expect(build(tree, { body: { mediaType: "application/json", value: { id: "1" } } })).toEqual({
      method: "POST",
      url: "/v1/trees",
      headers: [["Content-Type", "application/json"]],
      body: { kind: "text", text: '{"id":"1"}' },
    });
    expect(build(tree, {})).toMatchObject({ code: "MISSING_BODY" });
  });

  it("uses the chosen security alternative, or the one the reader picks", () => {
    const secure = find(spec30, "secure");
    const auth = { oauth: { value: "AT" }, keyCookie: { value: "c" } };
    expect(build(secure, { auth })).toEqual({
      method: "GET",
      url: "https://op.api.test/v2/secure",
      headers: [
        ["Authorization", "Bearer AT"],
        ["Cookie", "token=c"],
      ],
    });
    expect(build(secure, { auth, security: 2 })).toMatchObject({ headers: [] });
  });
});

describe("Swagger 2.0 requests", () => {
  it("joins arrays by collectionFormat", () => {
    const r = build(find(swagger20, "lists"), {
      server: { index: 1 },
      parameters: {
        path: { ids: [1, 2] },
        query: {
          csv: ["a", "b"],
          ssv: ["a", "b"],
          tsv: ["a", "b"],
          pipes: ["a", "b"],
          multi: ["a", "b"],
        },
        header: { "X-Ids": ["x", "y"] },
      },
    });
    expect(r).toMatchObject({
      url: "http://api.two.test/v2/lists/1,2?csv=a,b&ssv=a%20b&tsv=a%09b&pipes=a%7Cb&multi=a&multi=b",
      headers: [["X-Ids", "x,y"]],
    });
  });

  it("sends formData as multipart with the file", () => {
    const r = build(find(swagger20, "addPhotos"), {
      body: {
        mediaType: "multipart/form-data",
        value: { caption: "c", file: { kind: "file", fileId: "f" }, labels: ["x", "y"] },
      },
      auth: { basic: { username: "u", password: "p" } },
    });
    expect(r).toMatchObject({
      method: "POST",
      url: "https://api.two.test/v2/photos",
      headers: [["Authorization", "Basic dTpw"]],
      body: {
        kind: "multipart",
        fields: [
          { type: "text", name: "caption", value: "c" },
          { type: "file", name: "file", fileId: "f" },
          { type: "text", name: "labels", value: "x" },
          { type: "text", name: "labels", value: "y" },
        ],
      },
    });
  });
});
