import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { emptyBody, makeCollection, makeFolder, makeRequest } from "../factory";
import { convertOpenApi } from "../import/openapi/index";
import { collectionToOpenApi } from "./openapi";

const deps = (): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(7) });

function tree() {
  const d = deps();
  const collection = makeCollection(d, {
    workspaceId: "ws",
    name: "Pets",
    variables: [{ key: "baseUrl", value: "https://pets.test/v1", type: "default", enabled: true }],
    auth: { type: "bearer", attributes: [{ key: "token", value: "t" }] },
  });
  const pets = makeFolder(d, {
    collectionId: collection.id,
    name: "Pets",
    description: "All pets",
  });
  const sub = makeFolder(d, { collectionId: collection.id, name: "Deep", parentId: pets.id });
  const get = makeRequest(d, {
    collectionId: collection.id,
    parentId: sub.id,
    name: "Get pet",
    url: "{{baseUrl}}/pets/:id?verbose=true",
    params: [{ key: "verbose", value: "true", enabled: true }],
    pathVariables: [{ key: "id", value: "7", enabled: true }],
    headers: [
      { key: "Accept", value: "application/json", enabled: true },
      { key: "X-Trace", value: "1", enabled: true },
    ],
    examples: [
      {
        id: "e1",
        name: "Found",
        status: 200,
        statusText: "OK",
        headers: [{ key: "Content-Type", value: "application/json", enabled: true }],
        body: '{"id":7,"name":"Rex","tags":["a"]}',
      },
    ],
    sort: 1,
  });
  const create = makeRequest(d, {
    collectionId: collection.id,
    parentId: pets.id,
    name: "Create pet",
    method: "POST",
    url: "{{baseUrl}}/pets",
    body: { ...emptyBody(), mode: "raw", raw: '{"name":"Rex","age":3}', language: "json" },
    auth: {
      type: "apikey",
      attributes: [
        { key: "key", value: "X-Key" },
        { key: "in", value: "header" },
      ],
    },
    sort: 2,
  });
  const form = makeRequest(d, {
    collectionId: collection.id,
    name: "Upload",
    method: "PUT",
    url: "https://files.test/upload",
    body: {
      ...emptyBody(),
      mode: "formdata",
      formdata: [
        { key: "note", value: "hi", enabled: true, type: "text" },
        { key: "file", value: "", enabled: true, type: "file" },
      ],
    },
    sort: 3,
  });
  return { collection, folders: [pets, sub], requests: [get, create, form] };
}

describe("collectionToOpenApi", () => {
  // A deep, loosely typed document: the assertions below pin its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = JSON.parse(JSON.stringify(collectionToOpenApi(tree()))) as any;

  it("is an OpenAPI 3.1 document with servers from {{baseUrl}} and origins", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("Pets");
    expect(doc.servers.map((s: { url: string }) => s.url)).toEqual([
      "https://pets.test/v1",
      "https://files.test",
    ]);
    expect(Object.keys(doc.paths)).toEqual(["/pets/{id}", "/pets", "/upload"]);
    expect(doc.paths["/upload"].put.servers).toEqual([{ url: "https://files.test" }]);
  });

  it("describes parameters, tags, responses and security", () => {
    const op = doc.paths["/pets/{id}"].get;
    expect(op.operationId).toBe("getPet");
    expect(op.tags).toEqual(["Pets"]);
    expect(op.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string" }, example: "7" },
      { name: "verbose", in: "query", schema: { type: "string" }, example: "true" },
      { name: "X-Trace", in: "header", schema: { type: "string" }, example: "1" },
    ]);
    const res = op.responses["200"];
    expect(res.description).toBe("OK");
    expect(res.content["application/json"].schema).toEqual({
      type: "object",
      properties: {
        id: { type: "integer" },
        name: { type: "string" },
        tags: { type: "array", items: { type: "string" } },
      },
    });
    expect(op.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.tags).toEqual([{ name: "Pets", description: "All pets" }]);
  });

  it("builds request bodies from JSON and forms", () => {
    const create = doc.paths["/pets"].post;
    expect(create.requestBody.content["application/json"].example).toEqual({ name: "Rex", age: 3 });
    expect(create.security).toEqual([{ "apiKey_header_X-Key": [] }]);
    expect(doc.components.securitySchemes["apiKey_header_X-Key"]).toEqual({
      type: "apiKey",
      in: "header",
      name: "X-Key",
    });
    const upload = doc.paths["/upload"].put.requestBody.content["multipart/form-data"].schema;
    expect(upload.properties.file).toEqual({
      type: "string",
      contentMediaType: "application/octet-stream",
    });
    expect(doc.paths["/upload"].put.responses).toEqual({ default: { description: "Response" } });
  });
});

/** The path of an imported URL, without its server part and query. */
const path = (url: string) =>
  url.replace(/\?.*$/, "").replace(/^(\{\{[^{}]+\}\}|[a-z]+:\/\/[^/]*)/i, "");

describe("collectionToOpenApi → OpenAPI import", () => {
  it("round-trips paths, methods, folders and parameters", () => {
    const text = JSON.stringify(collectionToOpenApi(tree()));
    const r = convertOpenApi(JSON.parse(text), deps(), "ws");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ops = r.value.requests.map((q) => `${q.method} ${path(q.url)}`).sort();
    expect(ops).toEqual(["GET /pets/:id", "POST /pets", "PUT /upload"]);
    expect(r.value.folders.map((f) => f.name)).toContain("Pets");
    const get = r.value.requests.find((q) => q.method === "GET")!;
    expect(get.params.map((p) => p.key)).toContain("verbose");
  });
});
