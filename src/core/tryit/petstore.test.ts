// The published Swagger Petstore descriptions (OpenAPI 3.0 and Swagger 2.0), end to end: every
// operation is found, prefilled and built into a request. Sources: ./test/SOURCES.md.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { HttpRequest } from "../http/transport";
import { parseSpec } from "../import/openapi/parse";
import { buildTryItRequest } from "./buildRequest";
import { listOperations, openDocument } from "./document";
import { findInDocument } from "./findOperation";
import type { TryItInput } from "./input";
import { fileValue } from "./input";
import { prefillInput } from "./prefill";
import type { TryItOperation } from "./types";

const parsed = parseSpec(readFileSync(new URL("./test/petstore3.yaml", import.meta.url), "utf8"));
const doc3 = parsed.ok ? parsed.value : undefined;
const doc2: unknown = JSON.parse(
  readFileSync(new URL("./test/petstore2.json", import.meta.url), "utf8"),
);

const opened = (doc: unknown) => {
  const r = openDocument(doc);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const pet3 = opened(doc3);
const pet2 = opened(doc2);
const find = (o: typeof pet3, selector: string): TryItOperation => {
  const r = findInDocument(o, selector);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const build = (op: TryItOperation, input: TryItInput): HttpRequest => {
  const r = buildTryItRequest(op, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The prefill of every parameter and body, with a file wherever one is wanted. */
function fullInput(op: TryItOperation): TryItInput {
  const input = prefillInput(op, { all: true });
  const media = op.requestBody?.content.find((m) => m.mediaType === op.requestBody?.preferred);
  const file = fileValue({ fileId: "f1", fileName: "dog.png" });
  if (media?.file) input.body = { mediaType: media.mediaType, value: file };
  else if (media?.fields) {
    const value = { ...(input.body?.value as object) } as Record<string, unknown>;
    for (const f of media.fields) if (f.file) value[f.name] = f.multiple ? [file, file] : file;
    input.body = { mediaType: media.mediaType, value };
  }
  return input;
}

describe.each([
  ["OpenAPI 3.0", pet3, 19],
  ["Swagger 2.0", pet2, 20],
])("every operation of the %s Petstore", (_, doc, count) => {
  const ops = listOperations(doc);

  it("is listed", () => {
    expect(ops).toHaveLength(count);
  });

  it.each(ops.map((o) => [o.selector, o.operationId]))("%s (%s) builds", (selector, id) => {
    const op = find(doc, id ?? selector);
    expect(op.path).toBe(selector.split(" ")[1]);
    const request = build(op, fullInput(op));
    expect(request.method).toBe(op.method);
    expect(request.url).toMatch(/^https?:\/\/petstore3?\.swagger\.io\/(api\/v3|v2)\//);
    expect(request.url).not.toMatch(/[{}]/);
    expect(Boolean(request.body)).toBe(Boolean(op.requestBody));
  });
});

describe("OpenAPI 3.0 Petstore", () => {
  it("finds pets by status: the default prefilled, the enum offered", () => {
    const op = find(pet3, "findPetsByStatus");
    expect(op.parameters[0]).toMatchObject({
      name: "status",
      in: "query",
      required: false,
      explode: true,
      enum: ["available", "pending", "sold"],
      example: "available",
    });
    const request = build(op, prefillInput(op));
    expect(request.url).toBe(
      "https://petstore3.swagger.io/api/v3/pet/findByStatus?status=available",
    );
  });

  it("finds pets by tags, one pair per tag", () => {
    const op = find(pet3, "GET /pet/findByTags");
    const request = build(op, { parameters: { query: { tags: ["a b", "c"] } } });
    expect(request.url).toBe(
      "https://petstore3.swagger.io/api/v3/pet/findByTags?tags=a%20b&tags=c",
    );
  });

  it("adds a pet: JSON preferred, its example generated from Pet", () => {
    const op = find(pet3, "addPet");
    expect(op.requestBody?.content.map((m) => m.mediaType)).toEqual([
      "application/json",
      "application/xml",
      "application/x-www-form-urlencoded",
    ]);
    expect(op.requestBody?.preferred).toBe("application/json");
    const input = prefillInput(op);
    expect(input.body?.value).toMatchObject({
      id: 10,
      name: "doggie",
      category: { id: 1, name: "Dogs" },
      photoUrls: ["string"],
      status: "available",
    });
    const request = build(op, { ...input, auth: { petstore_auth: { value: "AT" } } });
    expect(request.headers).toEqual([
      ["Content-Type", "application/json"],
      ["Authorization", "Bearer AT"],
    ]);
    expect(JSON.parse((request.body as { text: string }).text)).toEqual(input.body?.value);
  });

  it("describes the implicit OAuth flow and the API key alternative", () => {
    const plan = find(pet3, "getPetById").security;
    expect(plan.chosen).toBe(0);
    expect(plan.alternatives.map((a) => a.inputs.map((i) => i.kind))).toEqual([
      ["apiKey"],
      ["oauth2"],
    ]);
    expect(plan.alternatives[1]?.inputs[0]).toMatchObject({
      scopes: ["write:pets", "read:pets"],
      flows: [
        { type: "implicit", authorizationUrl: "https://petstore3.swagger.io/oauth/authorize" },
      ],
    });
  });

  it("gets a pet by id with the API key", () => {
    const op = find(pet3, "GET /pet/{petId}");
    const request = build(op, {
      parameters: { path: { petId: 42 } },
      auth: { api_key: { value: "special-key" } },
    });
    expect(request).toEqual({
      method: "GET",
      url: "https://petstore3.swagger.io/api/v3/pet/42",
      headers: [["api_key", "special-key"]],
    });
  });

  it("uploads an image as an octet-stream file", () => {
    const op = find(pet3, "uploadFile");
    const request = build(op, {
      parameters: { path: { petId: 1 }, query: { additionalMetadata: "a&b" } },
      body: { mediaType: "application/octet-stream", value: fileValue({ fileId: "img" }) },
    });
    expect(request).toMatchObject({
      url: "https://petstore3.swagger.io/api/v3/pet/1/uploadImage?additionalMetadata=a%26b",
      headers: [["Content-Type", "application/octet-stream"]],
      body: { kind: "file", fileId: "img", contentType: "application/octet-stream" },
    });
  });
});

describe("Swagger 2.0 Petstore", () => {
  it("builds its server from host, basePath and schemes", () => {
    expect(find(pet2, "getInventory").servers).toEqual([
      { url: "http://petstore.swagger.io/v2", variables: {} },
    ]);
  });

  it("finds pets by status with collectionFormat multi, prefilled from the items' default", () => {
    const op = find(pet2, "findPetsByStatus");
    expect(op.parameters[0]).toMatchObject({
      required: true,
      explode: true,
      example: ["available"],
    });
    const request = build(op, { parameters: { query: { status: ["available", "sold"] } } });
    expect(request.url).toBe(
      "http://petstore.swagger.io/v2/pet/findByStatus?status=available&status=sold",
    );
  });

  it("updates a pet with urlencoded formData", () => {
    const op = find(pet2, "updatePetWithForm");
    const request = build(op, {
      parameters: { path: { petId: 3 } },
      body: {
        mediaType: "application/x-www-form-urlencoded",
        value: { name: "Rex", status: "sold" },
      },
    });
    expect(request).toMatchObject({
      method: "POST",
      url: "http://petstore.swagger.io/v2/pet/3",
      body: {
        kind: "urlencoded",
        fields: [
          ["name", "Rex"],
          ["status", "sold"],
        ],
      },
    });
  });

  it("uploads a file as multipart formData", () => {
    const op = find(pet2, "uploadFile");
    expect(op.requestBody?.content[0]?.fields?.map((f) => [f.name, f.file])).toEqual([
      ["additionalMetadata", false],
      ["file", true],
    ]);
    const request = build(op, {
      parameters: { path: { petId: 3 } },
      body: {
        mediaType: "multipart/form-data",
        value: { file: fileValue({ fileId: "x", fileName: "a.png" }) },
      },
    });
    expect(request.body).toEqual({
      kind: "multipart",
      fields: [{ type: "file", name: "file", fileId: "x", fileName: "a.png" }],
    });
    expect(request.headers.some(([k]) => k.toLowerCase() === "content-type")).toBe(false);
  });

  it("needs the required body of addPet", () => {
    const r = buildTryItRequest(find(pet2, "addPet"), {});
    expect(!r.ok && r.error.code).toBe("MISSING_BODY");
  });
});
