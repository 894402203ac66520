import { describe, expect, it } from "vitest";
import { findOperation } from "./findOperation";
import { spec30, spec31, swagger20 } from "./test/specs";
import type { TryItOperation } from "./types";

const find = (doc: unknown, selector: string): TryItOperation => {
  const r = findOperation(doc, selector);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const param = (op: TryItOperation, name: string) => op.parameters.find((p) => p.name === name);

describe("finding an operation", () => {
  it("by operationId", () => {
    const op = find(spec30, "getItem");
    expect([op.method, op.path, op.summary]).toEqual(["GET", "/items/{id}", "One item"]);
  });

  it('by "METHOD /path", the method in any case and path variables by any name', () => {
    expect(find(spec30, "get /items/{id}").operationId).toBe("getItem");
    expect(find(spec30, "GET /items/{itemId}").operationId).toBe("getItem");
    expect(find(spec30, "POST /trees").operationId).toBe("createTree");
  });

  it("through a path item $ref (3.1)", () => {
    const op = find(spec31, "GET /things/{thingId}");
    expect(op.operationId).toBe("getThing");
    expect(op.parameters.map((p) => p.name)).toEqual(["thingId", "mode"]);
  });

  it("fails for an unknown operation, naming close matches", () => {
    const r = findOperation(spec30, "getItems");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("OPERATION_NOT_FOUND");
    expect(r.error.message).toContain('No operation "getItems"');
    expect(r.error.message).toContain('"getItem"');
  });

  it("suggests by path too", () => {
    const r = findOperation(spec30, "GET /item/{id}");
    expect(!r.ok && r.error.message).toContain('"GET /items/{id}"');
  });

  it("fails for an unsupported version or a non-document", () => {
    const v = findOperation({ openapi: "4.0.0", paths: {} }, "x");
    expect(!v.ok && v.error.code).toBe("UNSUPPORTED_FORMAT");
    expect(!v.ok && v.error.message).toContain('"4.0.0"');
    const s = findOperation({ swagger: "1.2" }, "x");
    expect(!s.ok && s.error.code).toBe("UNSUPPORTED_FORMAT");
    const n = findOperation("not a spec", "x");
    expect(!n.ok && n.error.code).toBe("INVALID_OPENAPI");
  });
});

describe("parameters", () => {
  it("merges path-level and operation-level parameters, the operation winning by name + in", () => {
    const op = find(spec30, "getItem");
    expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:id",
      "header:X-Trace",
      "query:filter",
      "query:tags",
      "query:next",
      "query:limit",
      "cookie:session",
      "cookie:prefs",
      "query:where",
    ]);
    expect(param(op, "X-Trace")?.required).toBe(true);
  });

  it("ignores Accept, Content-Type and Authorization header parameters", () => {
    expect(param(find(spec30, "getItem"), "Accept")).toBeUndefined();
  });

  it("follows nested $refs (a parameter pointing at a parameter)", () => {
    const limit = param(find(spec30, "getItem"), "limit");
    expect(limit).toMatchObject({ in: "query", style: "form", explode: true, example: 20 });
    expect(limit?.exampleGiven).toBe(true);
  });

  it("applies the default styles and explode", () => {
    const op = find(spec30, "getItem");
    expect(param(op, "id")).toMatchObject({ style: "simple", explode: false, required: true });
    expect(param(op, "X-Trace")).toMatchObject({ style: "simple", explode: false });
    expect(param(op, "session")).toMatchObject({ style: "form", explode: true });
    expect(param(op, "prefs")).toMatchObject({ style: "form", explode: false });
    expect(param(op, "tags")).toMatchObject({
      style: "pipeDelimited",
      explode: false,
      enum: ["a", "b"],
    });
    expect(param(op, "next")?.allowReserved).toBe(true);
  });

  it("keeps a content parameter's media type and example", () => {
    const where = param(find(spec30, "getItem"), "where");
    expect(where).toMatchObject({ contentType: "application/json", example: { a: 1 } });
  });

  it("takes 3.1 schema examples", () => {
    expect(param(find(spec31, "getThing"), "mode")?.example).toBe("fast");
  });

  it("survives an already dereferenced document whose schemas are object cycles", () => {
    const node: Record<string, unknown> = {
      type: "object",
      properties: { id: { type: "integer" } },
    };
    (node.properties as Record<string, unknown>).children = { type: "array", items: node };
    const doc = {
      openapi: "3.1.0",
      info: { title: "Cycle", version: "1" },
      paths: {
        "/n": {
          post: {
            operationId: "post",
            requestBody: { content: { "application/json": { schema: node } } },
            responses: {},
          },
        },
      },
    };
    const example = find(doc, "post").requestBody?.content[0]?.example as Record<string, unknown>;
    expect(example.id).toBe(0);
    expect(Array.isArray(example.children)).toBe(true);
  });

  it("survives cyclic $refs", () => {
    const op = find(spec30, "loop");
    expect(op.parameters).toEqual([]);
    expect(op.requestBody?.content[0]?.example).toBeUndefined();
  });
});

describe("Swagger 2.0", () => {
  const op = find(swagger20, "lists");

  it("turns collectionFormat into style, explode and delimiter", () => {
    expect(param(op, "ids")).toMatchObject({ in: "path", style: "simple", explode: false });
    expect(param(op, "csv")).toMatchObject({ style: "form", explode: false });
    expect(param(op, "csv")?.delimiter).toBeUndefined();
    expect(param(op, "ssv")).toMatchObject({ style: "spaceDelimited", delimiter: " " });
    expect(param(op, "tsv")).toMatchObject({ explode: false, delimiter: "\t" });
    expect(param(op, "pipes")).toMatchObject({ style: "pipeDelimited", delimiter: "|" });
    expect(param(op, "multi")).toMatchObject({ style: "form", explode: true });
  });

  it("takes x-example, default and enum", () => {
    expect(param(op, "X-Ids")?.example).toEqual(["a", "b"]);
    expect(param(op, "sort")).toMatchObject({ example: "asc", enum: ["asc", "desc"] });
  });

  it("maps a body parameter to a required JSON request body", () => {
    const body = find(swagger20, "addPet").requestBody;
    expect(body?.required).toBe(true);
    expect(body?.content.map((m) => m.mediaType)).toEqual(["application/json"]);
    expect(body?.content[0]?.example).toEqual({ name: "Rex" });
  });

  it("maps formData parameters to a multipart body with a file field", () => {
    const body = find(swagger20, "addPhotos").requestBody;
    const media = body?.content[0];
    expect(media?.mediaType).toBe("multipart/form-data");
    expect(media?.fields?.map((f) => [f.name, f.file, f.required, f.multiple])).toEqual([
      ["caption", false, true, false],
      ["file", true, true, false],
      ["labels", false, false, true],
    ]);
    expect(media?.fields?.[2]?.encoding?.style).toMatchObject({ explode: true });
  });
});
