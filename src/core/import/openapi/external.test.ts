import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { bundleExternalRefs, EXTERNAL_KEY, resolveLocation } from "./external";
import type { RefSource } from "./external";
import { listExternalRefs } from "./refConsent";
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
function fixtureSource(
  base: string,
  prefix = "",
  allow?: string[],
): RefSource & { loaded: string[] } {
  const loaded: string[] = [];
  const load = async (location: string) => {
    loaded.push(location);
    try {
      return await readFile(new URL(location.slice(prefix.length), dir), "utf8");
    } catch {
      throw new Error("no such file");
    }
  };
  return { base, load, loaded, ...(allow ? { allow } : {}) };
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

  it("resolves against a URL base with the same rewrites, once its scopes are allowed", async () => {
    const allow = ["https://x.test/api/", "https://x.test/"];
    const source = fixtureSource("https://x.test/api/openapi.yaml", "https://x.test/", allow);
    const { doc, external } = await bundleExternalRefs(value(await rootDoc()), source, parse);
    expect(source.loaded).toContain("https://x.test/api/schemas/pet.yaml");
    expect(source.loaded).toContain("https://x.test/common.json");
    expect(new Set(source.loaded).size).toBe(source.loaded.length);
    const resolver = makeResolver(doc);
    const schema = at(doc, "paths", "/pets", "post", "requestBody", "content", "application/json");
    expect(makeExampleMaker(resolver).example(schema.schema)).toMatchObject({ id: 7 });
    expect(external.map((e) => [e.location, e.status])).toEqual([
      ["https://x.test/api/schemas/pet.yaml", "loaded"],
      ["https://x.test/common.json", "loaded"],
      ["https://x.test/api/missing.yaml", "failed"],
      ["https://x.test/broken.yaml", "failed"],
    ]);
  });

  it("loads nothing from a URL until a scope is allowed, listing what waits", async () => {
    const base = "https://x.test/api/openapi.yaml";
    const source = fixtureSource(base, "https://x.test/");
    const root = value(await rootDoc());
    const listed = listExternalRefs(root, base);
    const { doc, warnings, external } = await bundleExternalRefs(root, source, parse);
    expect(source.loaded).toEqual([]);
    expect(external).toEqual(listed);
    expect(external.map((e) => [e.location, e.scope?.key, e.status])).toEqual([
      ["https://x.test/api/schemas/pet.yaml", "https://x.test/api/", "waiting"],
      ["https://x.test/common.json", "https://x.test/", "waiting"],
      ["https://x.test/api/missing.yaml", "https://x.test/api/", "waiting"],
      ["https://x.test/broken.yaml", "https://x.test/", "waiting"],
    ]);
    expect(warnings[0]).toBe(
      'Did not load "https://x.test/api/schemas/pet.yaml": not loaded until you allow ' +
        "https://x.test/api/ (the spec's folder).",
    );
    expect(warnings).toHaveLength(4);
    // The refs stay as written: the converter reports them as unresolved.
    const post = at(doc, "paths", "/pets", "post");
    expect(at(post, "requestBody", "content", "application/json", "schema").$ref).toBe(
      "./schemas/pet.yaml",
    );
    expect(doc).not.toHaveProperty(EXTERNAL_KEY);
  });

  it("loads only the allowed scope; a ../ above the spec's folder waits for its own", async () => {
    const source = fixtureSource("https://x.test/api/openapi.yaml", "https://x.test/", [
      "https://x.test/api/",
    ]);
    const { external, warnings } = await bundleExternalRefs(value(await rootDoc()), source, parse);
    expect(source.loaded).toEqual([
      "https://x.test/api/schemas/pet.yaml",
      "https://x.test/api/missing.yaml",
    ]);
    expect(external.map((e) => e.status)).toEqual(["loaded", "waiting", "failed", "waiting"]);
    // pet.yaml refers to ../../common.json (above the folder): found on loading, still waiting.
    expect(warnings).toContain(
      'Did not load "https://x.test/common.json": not loaded until you allow ' +
        "https://x.test (outside the spec's folder).",
    );
  });

  it("never loads a link-local, metadata or non-http ref, whatever is allowed", async () => {
    const root = {
      a: { $ref: "http://169.254.169.254/latest/meta-data/iam#/x" },
      b: { $ref: "http://metadata.google.internal/computeMetadata/v1/#/x" },
      c: { $ref: "file:///etc/passwd" },
      d: { $ref: "https://cdn.test/s.yaml" },
    };
    const allow = [
      "https://x.test/",
      "http://169.254.169.254/",
      "http://metadata.google.internal/",
      "https://cdn.test/",
    ];
    const source = fixtureSource("https://x.test/openapi.yaml", "https://", allow);
    const { external, warnings } = await bundleExternalRefs(root, source, parse);
    expect(source.loaded).toEqual(["https://cdn.test/s.yaml"]);
    expect(external.map((e) => e.status)).toEqual(["refused", "refused", "refused", "failed"]);
    expect(warnings.slice(0, 3)).toEqual([
      expect.stringMatching(
        /^Refused "http:\/\/169\.254\.169\.254\/latest\/meta-data\/iam": .*link-local/,
      ),
      expect.stringMatching(/^Refused "http:\/\/metadata\.google\.internal\/.*Google Cloud/),
      'Refused "file:///etc/passwd": only http and https references are loaded, not file:.',
    ]);
    expect(root.a.$ref).toBe("http://169.254.169.254/latest/meta-data/iam#/x");
  });

  it("loads chosen files without asking, ../ above the spec included", async () => {
    const source = fixtureSource("api/openapi.yaml");
    const { external } = await bundleExternalRefs(value(await rootDoc()), source, parse);
    expect(source.loaded).toContain("common.json");
    expect(external.every((e) => e.status !== "waiting" && e.scope === undefined)).toBe(true);
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
