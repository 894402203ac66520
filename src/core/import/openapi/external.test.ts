import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { bundleExternalRefs, EXTERNAL_KEY, resolveLocation } from "./external";
import type { RefSource } from "./external";
import type { Json } from "./refs";
import { makeResolver } from "./refs";
import { makeExampleMaker } from "./schemaExample";

const dir = new URL("./test/external/", import.meta.url);

function parse(text: string): Result<unknown> {
  try {
    return ok(parseYaml(text) as unknown);
  } catch (e) {
    return err({
      code: "INVALID_YAML",
      message: `Not YAML: ${(e as Error).message.split("\n")[0]}`,
    });
  }
}

/** Reads fixtures by location; `prefix` is stripped first (for URL bases). */
function fixtureSource(base: string, prefix = ""): RefSource & { loaded: string[] } {
  const loaded: string[] = [];
  const load = async (location: string) => {
    loaded.push(location);
    try {
      return await readFile(new URL(location.slice(prefix.length), dir), "utf8");
    } catch {
      throw new Error("no such file");
    }
  };
  return { base, load, loaded };
}

const rootDoc = async () => parse(await readFile(new URL("api/openapi.yaml", dir), "utf8"));
const value = (r: Result<unknown>) => (r.ok ? r.value : undefined) as Json;
const at = (doc: unknown, ...path: string[]) =>
  path.reduce<unknown>((v, k) => (v as Json | undefined)?.[k], doc) as Json;

describe("resolveLocation", () => {
  it("joins POSIX paths and keeps the .. that climb above the start", () => {
    expect(resolveLocation("./schemas/pet.yaml", "api/openapi.yaml")).toBe("api/schemas/pet.yaml");
    expect(resolveLocation("../../common.json", "api/schemas/pet.yaml")).toBe("common.json");
    expect(resolveLocation("../x.yaml", "openapi.yaml")).toBe("../x.yaml");
    expect(resolveLocation("/abs/x.yaml", "api/openapi.yaml")).toBe("/abs/x.yaml");
    expect(resolveLocation("my%20pet.yaml", "a/b.yaml")).toBe("a/my pet.yaml");
  });

  it("resolves URLs the way a browser does", () => {
    const base = "https://x.test/api/v1/openapi.yaml?raw=1";
    expect(resolveLocation("../common.json", base)).toBe("https://x.test/api/common.json");
    expect(resolveLocation("../../../../c.json", base)).toBe("https://x.test/c.json");
    expect(resolveLocation("/c.json", base)).toBe("https://x.test/c.json");
    expect(resolveLocation("//cdn.test/s.yaml", base)).toBe("https://cdn.test/s.yaml");
    expect(resolveLocation("https://o.test/a/./b.yaml", base)).toBe("https://o.test/a/b.yaml");
    expect(resolveLocation("c.json", "https://x.test")).toBe("https://x.test/c.json");
  });
});

describe("bundleExternalRefs", () => {
  it("bundles a split spec so the internal resolver follows every ref", async () => {
    const source = fixtureSource("api/openapi.yaml");
    const { doc, warnings } = await bundleExternalRefs(value(await rootDoc()), source, parse);
    expect([...source.loaded].sort()).toEqual([
      "api/missing.yaml",
      "api/schemas/pet.yaml",
      "broken.yaml",
      "common.json",
    ]);
    expect(warnings).toEqual([
      'Could not load "api/missing.yaml": no such file.',
      expect.stringMatching(/^Could not read "broken\.yaml": Not YAML: /),
    ]);
    const resolver = makeResolver(doc);
    const post = at(doc, "paths", "/pets", "post");
    const schema = at(post, "requestBody", "content", "application/json", "schema");
    expect(schema.$ref).toMatch(new RegExp(`^#/${EXTERNAL_KEY}/\\d+$`));
    const example = makeExampleMaker(resolver).example(schema);
    expect(example).toEqual({ id: 7, name: "Rex", owner: { name: "Ada", tag: "slash-key" } });
    expect(resolver.deref(at(post, "responses", "200"))?.description).toBe("ok");
    const param = at(doc, "paths", "/pets/{id}", "get", "parameters", "0");
    expect(param.$ref).toMatch(/\/components\/parameters\/Id%20Param$/);
    expect(resolver.deref(param)?.name).toBe("id");
    const responses = at(doc, "paths", "/pets/{id}", "get", "responses");
    expect([at(responses, "404").$ref, at(responses, "500").$ref]).toEqual([
      "missing.yaml#/Nope",
      "../broken.yaml#/Error",
    ]);
    expect(resolver.problems).toEqual([]);
  });

  it("resolves against a URL base with the same rewrites", async () => {
    const source = fixtureSource("https://x.test/api/openapi.yaml", "https://x.test/");
    const { doc } = await bundleExternalRefs(value(await rootDoc()), source, parse);
    expect(source.loaded).toContain("https://x.test/api/schemas/pet.yaml");
    expect(source.loaded).toContain("https://x.test/common.json");
    expect(new Set(source.loaded).size).toBe(source.loaded.length);
    const resolver = makeResolver(doc);
    const schema = at(doc, "paths", "/pets", "post", "requestBody", "content", "application/json");
    expect(makeExampleMaker(resolver).example(schema.schema)).toMatchObject({ id: 7 });
  });

  it("loads documents that refer to each other once and stops at ref cycles", async () => {
    const source = fixtureSource("root.yaml");
    const root = { a: { $ref: "cycle-a.yaml#/A" }, node: { $ref: "cycle-a.yaml#/Node" } };
    const { doc, warnings } = await bundleExternalRefs(root, source, parse);
    expect(source.loaded).toEqual(["cycle-a.yaml", "cycle-b.yaml"]);
    expect(warnings).toEqual([]);
    const resolver = makeResolver(doc);
    expect(resolver.deref(root.a)).toBeUndefined();
    expect(resolver.problems.join("\n")).toMatch(/refers to itself/);
    const example = makeExampleMaker(resolver).example(root.node) as Json;
    expect(example).toHaveProperty("child");
  });

  it("loads nothing without a source and leaves the refs for the converter to report", async () => {
    const root = value(await rootDoc());
    const before = JSON.stringify(root);
    const { doc, warnings } = await bundleExternalRefs(root, undefined, parse);
    expect([JSON.stringify(doc), warnings]).toEqual([before, []]);
    const resolver = makeResolver(doc);
    resolver.deref(at(doc, "paths", "/pets/{id}", "get", "responses", "404"));
    expect(resolver.problems[0]).toMatch(/choose the referenced files together with the spec/);
  });

  it("caps how many documents are loaded", async () => {
    const source = fixtureSource("api/openapi.yaml");
    const { warnings } = await bundleExternalRefs(value(await rootDoc()), source, parse, {
      maxDocuments: 1,
    });
    expect(source.loaded).toEqual(["api/schemas/pet.yaml"]);
    expect(warnings.join("\n")).toMatch(/Did not load "common\.json": more than 1 referenced/);
  });

  it("warns about fragments that are not JSON pointers and drops a forged reserved key", async () => {
    const root = { x: { $ref: "common.json#Owner" }, [EXTERNAL_KEY]: { 0: { evil: true } } };
    const { doc, warnings } = await bundleExternalRefs(root, fixtureSource("r.yaml"), parse);
    expect(warnings).toEqual([
      'Unsupported $ref "common.json#Owner": only JSON Pointer fragments ("#/…") can be followed.',
    ]);
    expect(doc).toEqual({ x: { $ref: "common.json#Owner" } });
  });
});
