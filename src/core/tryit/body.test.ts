import { describe, expect, it } from "vitest";
import { buildBody } from "./body";
import { findOperation } from "./findOperation";
import { fileValue } from "./input";
import { spec30 } from "./test/specs";
import type { TryItRequestBody } from "./types";

const bodyOf = (selector: string): TryItRequestBody => {
  const r = findOperation(spec30, selector);
  if (!r.ok || !r.value.requestBody) throw new Error("no body");
  return r.value.requestBody;
};
const built = (
  rb: TryItRequestBody | undefined,
  mediaType: string,
  value?: unknown,
  text?: string,
) => {
  const r = buildBody(rb, { mediaType, value, ...(text !== undefined ? { text } : {}) });
  return r.ok ? r.value : r.error;
};

describe("JSON and text bodies", () => {
  const tree = bodyOf("createTree");

  it("serializes a value as JSON", () => {
    expect(built(tree, "application/json", { id: "x", children: [] })).toEqual({
      body: { kind: "text", text: '{"id":"x","children":[]}' },
      contentType: "application/json",
    });
  });

  it("sends typed text as it is", () => {
    expect(built(tree, "application/json", undefined, '{ "id": 1 }')).toEqual({
      body: { kind: "text", text: '{ "id": 1 }' },
      contentType: "application/json",
    });
  });

  it("needs a body when required", () => {
    expect(buildBody(tree, undefined)).toMatchObject({
      ok: false,
      error: { code: "MISSING_BODY" },
    });
    expect(buildBody(bodyOf("putRaw"), undefined)).toEqual({ ok: true, value: {} });
  });

  it("sends text/plain and xml as text", () => {
    const raw = bodyOf("putRaw");
    expect(built(raw, "text/plain", "hello")).toEqual({
      body: { kind: "text", text: "hello" },
      contentType: "text/plain",
    });
    expect(built(raw, "application/xml", "<a/>")).toMatchObject({ contentType: "application/xml" });
  });
});

describe("file bodies", () => {
  const raw = bodyOf("putRaw");

  it("sends a picked file as application/octet-stream", () => {
    expect(
      built(raw, "application/octet-stream", fileValue({ fileId: "f1", fileName: "a.bin" })),
    ).toEqual({
      body: {
        kind: "file",
        fileId: "f1",
        fileName: "a.bin",
        contentType: "application/octet-stream",
      },
      contentType: "application/octet-stream",
    });
  });

  it("takes the file's own type for a wildcard media type", () => {
    const r = built(undefined, "image/*", fileValue({ fileId: "f", contentType: "image/png" }));
    expect(r).toMatchObject({ contentType: "image/png", body: { contentType: "image/png" } });
  });

  it("asks for a file when none was picked", () => {
    expect(built(raw, "application/octet-stream", "text")).toMatchObject({ code: "INVALID_BODY" });
  });
});

describe("application/x-www-form-urlencoded", () => {
  const form = bodyOf("submitForm");

  it("collects fields through allOf, with their encodings", () => {
    const fields = form.content[0]?.fields ?? [];
    expect(fields.map((f) => [f.name, f.required])).toEqual([
      ["name", true],
      ["color", false],
      ["ids", false],
      ["back", false],
      ["extra", false],
    ]);
  });

  it("serializes by style where the encoding says, by content elsewhere", () => {
    const value = { name: "a b", color: { R: 1, G: 2 }, ids: [1, 2], extra: { x: 1 } };
    expect(built(form, "application/x-www-form-urlencoded", value)).toEqual({
      body: {
        kind: "urlencoded",
        fields: [
          ["name", "a b"],
          ["color[R]", "1"],
          ["color[G]", "2"],
          ["ids", "1|2"],
          ["extra", '{"x":1}'],
        ],
      },
      contentType: "application/x-www-form-urlencoded",
    });
  });

  it("keeps reserved characters of an allowReserved field (as encoded text)", () => {
    const r = built(form, "application/x-www-form-urlencoded", { name: "é", back: "/a?b=c&d" });
    expect(r).toMatchObject({ body: { kind: "text", text: "name=%C3%A9&back=/a?b%3Dc%26d" } });
  });

  it("repeats the name for an array without an encoding", () => {
    const r = built(undefined, "application/x-www-form-urlencoded", { t: ["x", "y"] });
    expect(r).toMatchObject({
      body: {
        fields: [
          ["t", "x"],
          ["t", "y"],
        ],
      },
    });
  });

  it("refuses a missing required field, a non-object and a file", () => {
    expect(built(form, "application/x-www-form-urlencoded", {})).toMatchObject({
      code: "MISSING_FIELD",
    });
    expect(built(form, "application/x-www-form-urlencoded", "x=1")).toMatchObject({
      code: "INVALID_BODY",
    });
    const withFile = { name: "n", back: fileValue({ fileId: "f" }) };
    expect(built(form, "application/x-www-form-urlencoded", withFile)).toMatchObject({
      code: "INVALID_BODY",
    });
  });
});

describe("multipart/form-data", () => {
  const upload = bodyOf("upload");
  const png = fileValue({ fileId: "p", fileName: "a.png" });
  const jpg = fileValue({ fileId: "j", fileName: "b.jpg", contentType: "image/jpeg" });

  it("describes file fields and arrays", () => {
    const fields = upload.content[0]?.fields ?? [];
    expect(fields.map((f) => [f.name, f.file, f.multiple, f.required])).toEqual([
      ["title", false, false, false],
      ["files", true, true, true],
      ["cover", true, false, false],
      ["meta", false, false, false],
      ["tags", false, true, false],
    ]);
  });

  it("makes one part per file of an array, and types each part", () => {
    const value = { title: "T", files: [png, jpg], cover: png, meta: { w: 2 }, tags: ["a", "b"] };
    expect(built(upload, "multipart/form-data", value)).toEqual({
      body: {
        kind: "multipart",
        fields: [
          { type: "text", name: "title", value: "T" },
          { type: "file", name: "files", fileId: "p", fileName: "a.png", contentType: "image/png" },
          {
            type: "file",
            name: "files",
            fileId: "j",
            fileName: "b.jpg",
            contentType: "image/jpeg",
          },
          { type: "file", name: "cover", fileId: "p", fileName: "a.png" },
          { type: "text", name: "meta", value: '{"w":2}', contentType: "application/json" },
          { type: "text", name: "tags", value: "a,b" },
        ],
      },
    });
  });

  it("declares no Content-Type (the transport adds the boundary)", () => {
    const r = built(upload, "multipart/form-data", { files: [png] });
    expect(r).not.toHaveProperty("contentType");
  });

  it("needs the required files", () => {
    expect(built(upload, "multipart/form-data", { title: "T", files: [] })).toMatchObject({
      code: "MISSING_FIELD",
      message: "Required form fields without a value: files.",
    });
  });
});
