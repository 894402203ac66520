import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { importText, needsWorker } from "./funnel";
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
    expect(r.value.warnings).toEqual(["Option --foo is not supported; ignored."]);
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

  it("sends OpenAPI (JSON or YAML) to the worker", () => {
    for (const text of ['{"openapi":"3.1.0"}', "swagger: '2.0'\npaths: {}\n"]) {
      const r = run(text);
      expect(r).toMatchObject({ ok: false, error: { code: "NEEDS_WORKER" } });
      expect(needsWorker(r)).toBe(true);
    }
    expect(needsWorker(run("curl https://x.test"))).toBe(false);
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
