import { readFileSync } from "node:fs";
import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../core/env";
import type { OpenApiImporter } from "../../core/import/funnel";
import { importTextAsync } from "../../core/import/funnel";
import { petstore30, swagger20 } from "../../core/import/openapi/test/fixtures";
import { importOpenApiSpec, importOpenApiText, makeOpenApiApi } from "./service";
import type { OpenApiApi } from "./types";

const deps = { clock: makeFixedClock(1), random: makeSeededRandom(2) };
const yaml = readFileSync(new URL("./test/petstore.yaml", import.meta.url), "utf8");

describe("importOpenApiText", () => {
  it("imports YAML with anchors and merge keys", () => {
    const r = importOpenApiText(yaml, deps, "ws");
    if (!r.ok) throw new Error(r.error.message);
    const { collections, folders, requests } = r.value.bundle;
    expect(collections[0]?.name).toBe("YAML Pets");
    expect(folders.map((f) => f.name)).toEqual(["pets", "stores"]);
    expect(requests[0]?.params).toEqual([{ key: "limit", value: "20", enabled: false }]);
    expect(requests[1]?.pathVariables[0]?.value).toBe("s1");
    expect(JSON.parse(requests[0]?.examples[0]?.body ?? "")).toEqual([{ id: 1, name: "Rex" }]);
  });

  it("imports JSON 3.0 and 2.0 text", () => {
    for (const doc of [petstore30, swagger20]) {
      const r = importOpenApiText(JSON.stringify(doc), deps, "ws");
      expect(r.ok && r.value.bundle.requests.length).toBeGreaterThan(2);
    }
  });

  it("names the line of a YAML syntax error", () => {
    const r = importOpenApiText("openapi: 3.0.0\npaths:\n  /a: [unclosed\n", deps, "ws");
    expect(r.ok ? undefined : r.error).toMatchObject({ code: "INVALID_YAML" });
    expect(r.ok ? "" : r.error.at).toMatch(/^line \d+, column \d+$/);
  });

  it("names the line of a JSON syntax error", () => {
    const r = importOpenApiText('{"openapi": "3.0.0",\n "paths": {,}}', deps, "ws");
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: "INVALID_JSON",
      at: expect.stringMatching(/line 2/),
    });
  });
});

const external = new URL("../../core/import/openapi/test/external/", import.meta.url);
const splitSpec = readFileSync(new URL("api/openapi.yaml", external), "utf8");
const loadFixture = async (location: string) => {
  try {
    return readFileSync(new URL(location, external), "utf8");
  } catch {
    throw new Error(`"${location}" was not among the chosen files`);
  }
};
const petBody = { id: 7, name: "Rex", owner: { name: "Ada", tag: "slash-key" } };

describe("importOpenApiSpec", () => {
  it("builds the request body example from a schema in another file", async () => {
    const refs = { base: "api/openapi.yaml", load: loadFixture };
    const r = await importOpenApiSpec(splitSpec, deps, "ws", refs);
    if (!r.ok) throw new Error(r.error.message);
    const post = r.value.bundle.requests.find((q) => q.method === "POST");
    expect(JSON.parse(post?.body.raw ?? "")).toEqual(petBody);
    const get = r.value.bundle.requests.find((q) => q.method === "GET");
    expect(get?.pathVariables).toEqual([expect.objectContaining({ key: "id", value: "42" })]);
    const warnings = r.value.warnings.join("\n");
    expect(warnings).toMatch(/Could not load "api\/missing\.yaml": "api\/missing\.yaml" was not/);
    expect(warnings).toMatch(/Could not read "broken\.yaml": .*unique.*\(line 4, column 3\)/);
    expect(warnings).toMatch(/Unresolved \$ref "missing\.yaml#\/Nope"/);
    expect(JSON.stringify(r.value.bundle)).not.toContain("x-satchel-external");
  });

  it("reads a chosen file itself, and says when it cannot", async () => {
    const r = await importOpenApiSpec(new Blob([yaml]), deps, "ws");
    expect(r.ok && r.value.bundle.collections[0]?.name).toBe("YAML Pets");
    const gone = new File([yaml], "petstore.yaml");
    Object.defineProperty(gone, "text", { value: () => Promise.reject(new Error("NotFound")) });
    const failed = await importOpenApiSpec(gone, deps, "ws");
    expect(failed).toEqual({
      ok: false,
      error: { code: "READ_FAILED", message: "Couldn't read petstore.yaml." },
    });
  });

  it("without a source, warns how to import the referenced files", async () => {
    const r = await importOpenApiSpec(splitSpec, deps, "ws");
    expect(r.ok && r.value.warnings.join("\n")).toMatch(/import the spec from its URL, or choose/);
    expect(r.ok && r.value.bundle.requests).toHaveLength(2);
  });

  it("passes refs through the funnel and calls the loader back over Comlink", async () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(makeOpenApiApi(deps), port1);
    const remote = Comlink.wrap<OpenApiApi>(port2);
    const loaded: string[] = [];
    const load = (location: string) => {
      loaded.push(location);
      return loadFixture(location);
    };
    const importer: OpenApiImporter = (text, ws, refs) =>
      refs
        ? remote.importOpenApi(text, ws, refs.base, Comlink.proxy(refs.load))
        : remote.importOpenApi(text, ws);
    try {
      const refs = { base: "api/openapi.yaml", load };
      const r = await importTextAsync(splitSpec, deps, "ws", importer, "openapi.yaml", refs);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.kind).toBe("openapi");
      expect(loaded).toContain("api/schemas/pet.yaml");
      expect(r.value.warnings.join("\n")).toMatch(/was not among the chosen files/);
      const post = r.value.bundle.requests.find((q) => q.method === "POST");
      expect(JSON.parse(post?.body.raw ?? "")).toEqual(petBody);
    } finally {
      remote[Comlink.releaseProxy]();
      port1.close();
      port2.close();
    }
  });
});
