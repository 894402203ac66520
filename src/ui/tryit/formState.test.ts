import { describe, expect, it } from "vitest";
import { buildTryItRequest } from "../../core/tryit/buildRequest";
import { findOperation } from "../../core/tryit/findOperation";
import { fileValue } from "../../core/tryit/input";
import type { TryItOperation } from "../../core/tryit/types";
import { paramKind, toInput } from "./formState";
import { initialForm, pickServer } from "./initialForm";
import { SPEC } from "./test/fixtures";

const op = (selector: string, spec: unknown = SPEC): TryItOperation => {
  const found = findOperation(spec, selector);
  if (!found.ok) throw new Error(found.error.message);
  return found.value;
};

const UPLOAD = {
  openapi: "3.0.3",
  info: { title: "U", version: "1" },
  servers: [{ url: "https://u.example" }],
  paths: {
    "/uploads": {
      post: {
        requestBody: {
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["files"],
                properties: {
                  title: { type: "string" },
                  meta: { type: "object" },
                  files: { type: "array", items: { type: "string", format: "binary" } },
                },
              },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
  },
};

describe("the panel's form", () => {
  it("gives each parameter the control its schema asks for", () => {
    const kinds = Object.fromEntries(op("updatePet").parameters.map((p) => [p.name, paramKind(p)]));
    expect(kinds).toEqual({ petId: "text", status: "enum", verbose: "boolean", tags: "json" });
  });

  it("starts from the core's prefill and builds the request the spec describes", () => {
    const operation = op("updatePet");
    const form = initialForm(operation, undefined, {});
    expect(form.params).toEqual({
      "path:petId": "7",
      "query:status": "sold",
      "query:tags": '[\n  "a",\n  "b"\n]',
    });
    const input = toInput(operation, form);
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    const request = buildTryItRequest(operation, input.value);
    expect(request.ok && request.value.url).toBe(
      "https://eu.api.example.com/v1/pets/7?status=sold&tags=a%7Cb",
    );
  });

  it("leaves out empty optional parameters and reports malformed JSON by name", () => {
    const operation = op("updatePet");
    const form = initialForm(operation, undefined, {});
    form.params["query:status"] = "";
    form.params["query:tags"] = "[a, b";
    const input = toInput(operation, form);
    expect(!input.ok && input.error.message).toMatch(/^The parameter "tags" must be JSON/);
    form.params["query:tags"] = "";
    const fixed = toInput(operation, form);
    expect(fixed.ok && fixed.value.parameters).toEqual({ path: { petId: "7" } });
  });

  it("takes the author's server as an index, a listed URL or a URL of their own", () => {
    const operation = op("updatePet");
    expect(pickServer(operation, "1")).toEqual({ index: 1, variables: {} });
    expect(pickServer(operation, "https://staging.example.com/v1").index).toBe(1);
    expect(pickServer(operation, "http://localhost:9000")).toEqual({
      index: -1,
      url: "http://localhost:9000",
      variables: {},
    });
    const form = initialForm(operation, "http://localhost:9000", {});
    const input = toInput(operation, form);
    const request = input.ok ? buildTryItRequest(operation, input.value) : input;
    expect(request.ok && request.value.url).toMatch(/^http:\/\/localhost:9000\/pets\/7\?/);
  });

  it("sends picked files as an array of parts and JSON fields as objects", () => {
    const operation = op("POST /uploads", UPLOAD);
    const form = initialForm(operation, undefined, {});
    form.fields.title = "two";
    form.fields.meta = '{"a":1}';
    form.files.files = [
      fileValue({ fileId: "f1", fileName: "a.txt", contentType: "text/plain" }),
      fileValue({ fileId: "f2", fileName: "b.png", contentType: "image/png" }),
    ];
    const input = toInput(operation, form);
    const request = input.ok ? buildTryItRequest(operation, input.value) : input;
    expect(request.ok && request.value.body).toEqual({
      kind: "multipart",
      fields: [
        { type: "text", name: "title", value: "two" },
        { type: "text", name: "meta", value: '{"a":1}', contentType: "application/json" },
        { type: "file", name: "files", fileId: "f1", fileName: "a.txt", contentType: "text/plain" },
        { type: "file", name: "files", fileId: "f2", fileName: "b.png", contentType: "image/png" },
      ],
    });
  });
});
