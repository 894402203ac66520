import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import { importText } from "../funnel";
import { importInsomnia } from "./index";
import { convertTemplate } from "./template";
import { sampleInsomniaV4, sampleInsomniaV5 } from "./test/fixtures";

const deps = (): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(4) });

function run(text: string) {
  const r = importText(text, deps(), "ws", "export.yaml");
  if (!r.ok) throw new Error(`${r.error.message} @ ${r.error.at ?? ""}`);
  expect(r.value.kind).toBe("insomnia");
  return r.value;
}

describe("Insomnia v4", () => {
  const v = run(JSON.stringify(sampleInsomniaV4));
  const b = v.bundle;
  const byName = (n: string) => b.requests.find((r) => r.name === n)!;

  it("maps workspace, groups and requests into a tree", () => {
    expect(v.summary).toBe("1 collection, 2 folders, 3 requests, 1 environment");
    const [orders, admin] = b.folders;
    expect(orders?.name).toBe("Orders");
    expect(admin?.parentId).toBe(orders?.id);
    expect(byName("List orders").parentId).toBe(orders?.id);
    expect(byName("Create order").parentId).toBe(admin?.id);
    expect(byName("Login").parentId).toBeNull();
  });

  it("converts templates, parameters, bodies and auth", () => {
    const list = byName("List orders");
    expect(list.method).toBe("GET");
    expect(list.url).toBe("{{baseUrl}}/orders?limit=10");
    expect(list.params.map((p) => [p.key, p.enabled])).toEqual([
      ["limit", true],
      ["debug", false],
    ]);
    expect(list.auth).toEqual({
      type: "bearer",
      attributes: [{ key: "token", value: "{{token}}", type: "string" }],
    });
    const create = byName("Create order");
    expect(create.url).toBe("{{baseUrl}}/orders");
    expect(create.body).toMatchObject({ mode: "raw", raw: '{"sku": "{{sku}}"}', language: "json" });
    expect(byName("Login").body.urlencoded).toEqual([{ key: "user", value: "ada", enabled: true }]);
    expect(byName("Login").auth.attributes.find((a) => a.key === "in")?.value).toBe("header");
  });

  it("puts the base environment in collection variables and sub-environments apart", () => {
    const vars = b.collections[0]!.variables.map((x) => [x.key, x.value]);
    expect(vars).toEqual([
      ["baseUrl", "https://shop.test"],
      ["nested.a", 1],
    ]);
    expect(b.environments[0]?.name).toBe("Dev");
    expect(b.environments[0]?.variables.map((x) => x.key)).toEqual(["baseUrl", "token"]);
  });

  it("warns about template tags and skipped resources", () => {
    expect(v.warnings).toContain("Skipped 1 cookie_jar resource(s).");
    expect(v.warnings.some((w) => w.includes("{%"))).toBe(true);
  });
});

describe("Insomnia v5", () => {
  const v = run(sampleInsomniaV5);
  const b = v.bundle;

  it("reads the YAML tree, path parameters and api key in the query", () => {
    expect(b.collections[0]?.name).toBe("Pets");
    expect(b.folders.map((f) => f.name)).toEqual(["Pets"]);
    const get = b.requests.find((r) => r.name === "Get pet")!;
    expect(get.parentId).toBe(b.folders[0]?.id);
    expect(get.url).toBe("{{base}}/pets/:id");
    expect(get.pathVariables).toEqual([{ key: "id", value: "7", enabled: true }]);
    expect(get.description).toBe("One pet");
    expect(get.auth.attributes.find((a) => a.key === "in")?.value).toBe("query");
  });

  it("reads multipart bodies with files and environments", () => {
    const add = b.requests.find((r) => r.name === "Add pet")!;
    expect(add.parentId).toBeNull();
    expect(add.body.formdata.map((f) => [f.key, f.type, f.fileName])).toEqual([
      ["name", "text", undefined],
      ["photo", "file", "/tmp/rex.png"],
    ]);
    expect(b.collections[0]?.variables[0]).toMatchObject({
      key: "base",
      value: "https://pets.test",
    });
    expect(b.environments.map((e) => e.name)).toEqual(["Prod"]);
  });

  it("reports YAML syntax errors with line and column", () => {
    const r = importText("type: collection.insomnia.rest/5.0\nname: [oops\n", deps(), "ws");
    expect(!r.ok && r.error.code).toBe("INVALID_YAML");
    expect(!r.ok && r.error.at).toMatch(/^line \d+, column \d+$/);
  });

  it("reports bad shapes with a path", () => {
    const r = importInsomnia(
      { type: "collection.insomnia.rest/5.0", collection: [1] },
      deps(),
      "ws",
    );
    expect(!r.ok && r.error).toMatchObject({ code: "INVALID_INSOMNIA", at: "collection[0]" });
  });
});

describe("convertTemplate", () => {
  it("rewrites the variable forms and notes tags", () => {
    const notes = { tags: false };
    expect(convertTemplate("{{ _.a }}/{{_['b-c']}}/{{ d }}", notes)).toBe("{{a}}/{{b-c}}/{{d}}");
    expect(notes.tags).toBe(false);
    convertTemplate("{% now 'iso' %}", notes);
    expect(notes.tags).toBe(true);
  });
});
