import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { importText, prepareImport } from "./funnel";
import { sampleCollection } from "./postman/test/sample";

const deps = (): Deps => ({ clock: makeFixedClock(5), random: makeSeededRandom(3) });
const run = (text: string, hint?: string) => importText(text, deps(), "ws", hint);

describe("importText", () => {
  it("imports a Postman collection with a summary", () => {
    const r = run(JSON.stringify(sampleCollection));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe("postman-collection");
    expect(r.value.summary).toBe("1 collection, 2 folders, 6 requests");
    expect(r.value.bundle.collections[0]?.workspaceId).toBe("ws");
  });

  it("imports environments and globals", () => {
    const env = { id: "e", name: "Dev", values: [{ key: "a", value: "1", enabled: true }] };
    const r = run(JSON.stringify(env));
    expect(r.ok && r.value.summary).toBe("1 environment");
    const globals = { values: [{ key: "g", value: "1" }], _postman_variable_scope: "globals" };
    const g = run(JSON.stringify(globals));
    expect(g.ok && g.value.kind).toBe("postman-globals");
    expect(g.ok && g.value.summary).toBe("1 global");
  });

  it("imports a cURL command as one request in a new collection", () => {
    const r = run("curl -X DELETE https://x.test/a --foo");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.summary).toBe("1 collection, 1 request");
    expect(r.value.bundle.requests[0]?.method).toBe("DELETE");
    expect(r.value.bundle.requests[0]?.collectionId).toBe(r.value.bundle.collections[0]?.id);
    expect(r.value.warnings).toEqual(["Option --foo is not a curl option; ignored."]);
  });

  it("reports JSON syntax errors with line and column", () => {
    const r = run('{\n  "info": {\n    "name": "x",,\n  }\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("INVALID_JSON");
    expect(r.error.at).toMatch(/^line 3, column \d+$/);
  });

  it("reports validation errors with a JSON path", () => {
    const r = run(JSON.stringify({ info: { name: "x" }, item: [{ name: "bad" }] }));
    expect(!r.ok && r.error.code).toBe("INVALID_POSTMAN");
    expect(!r.ok && r.error.at).toBe("item[0]");
  });

  it("rejects unsupported formats clearly", () => {
    for (const text of ["hello", "[1]", ""]) {
      const r = run(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toMatch(/UNSUPPORTED_FORMAT|EMPTY_INPUT/);
    }
  });

  it("imports OpenAPI (JSON or YAML) whole, with no error code", () => {
    const yaml = "swagger: '2.0'\ninfo: { title: Y, version: '1' }\npaths:\n  /a: { get: {} }\n";
    for (const text of ['{"openapi":"3.1.0","info":{"title":"J","version":"1"}}', yaml]) {
      const r = run(text);
      expect(r.ok ? r.value.kind : r.error.code).toBe("openapi");
    }
    expect(run(yaml)).toMatchObject({ ok: true, value: { summary: "1 collection, 1 request" } });
  });

  it("drops __proto__ keys from what it keeps", () => {
    const text = `{"info":{"name":"p","__proto__":{"polluted":1}},"item":[],"__proto__":{"x":1}}`;
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value.bundle.collections[0]!;
    expect(JSON.stringify(c.extra ?? {})).not.toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("prepareImport", () => {
  const prepare = (text: string, hint?: string) => prepareImport(text, deps(), "ws", hint);

  it("hands an OpenAPI document back unparsed, as a kind of its own, not an error", () => {
    const yaml = "openapi: 3.0.0\npaths:\n  /a: [unclosed\n";
    expect(prepare(yaml)).toEqual({ ok: true, value: { kind: "openapi", text: yaml } });
  });

  it("keeps the value when detection had to parse the JSON to know it is OpenAPI", () => {
    const text = '{"info":{"title":"T","version":"1"},"openapi":"3.0.0","paths":{}}';
    const r = prepare(text);
    expect(r).toEqual({ ok: true, value: { kind: "openapi", text, doc: JSON.parse(text) } });
  });

  it("converts and restores every other format into a bundle preview", () => {
    const r = prepare("curl https://x.test/a");
    expect(r.ok && r.value.kind).toBe("bundle");
    if (!r.ok || r.value.kind !== "bundle") return;
    expect(r.value.preview).toMatchObject({ kind: "curl", summary: "1 collection, 1 request" });
    expect(r.value.preview.bundle.collections[0]?.workspaceId).toBe("ws");
    const env = prepare(JSON.stringify({ name: "Dev", values: [] }), "dev.json");
    expect(env.ok && env.value.kind === "bundle" && env.value.preview.kind).toBe(
      "postman-environment",
    );
  });

  it("passes a detection or conversion error on", () => {
    expect(prepare("")).toMatchObject({ ok: false, error: { code: "EMPTY_INPUT" } });
    const bad = prepare(JSON.stringify({ info: { name: "x" }, item: [{ name: "bad" }] }));
    expect(bad).toMatchObject({ ok: false, error: { code: "INVALID_POSTMAN", at: "item[0]" } });
  });
});
