import { describe, expect, it } from "vitest";
import type { Deps } from "../../factory";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Request } from "../../model";
import { convertOpenApi, startOpenApi, surveyOpenApi } from "./index";
import { petstore30, spec31, swagger20 } from "./test/fixtures";

const deps = (): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(1) });

function convert(doc: unknown) {
  const r = convertOpenApi(doc, deps(), "ws");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const byName = (requests: Request[], name: string) => {
  const r = requests.find((x) => x.name === name);
  if (!r) throw new Error(`no request ${name}`);
  return r;
};

describe("convertOpenApi 3.0", () => {
  const out = convert(petstore30);

  it("makes folders by tag and leaves untagged operations at the top", () => {
    expect(out.folders.map((f) => f.name)).toEqual(["pets", "photos"]);
    expect(out.folders[0]?.description).toBe("Everything about pets");
    const login = byName(out.requests, "POST /login");
    expect(login.parentId).toBeNull();
    expect(byName(out.requests, "Get a pet").parentId).toBe(out.folders[0]?.id);
  });

  it("turns servers and their variables into collection variables", () => {
    expect(out.collection.name).toBe("Petstore");
    expect(out.collection.variables.map((v) => [v.key, v.value])).toEqual([
      ["baseUrl", "https://{{region}}.pets.test/{{version}}"],
      ["region", "eu"],
      ["version", "v1"],
    ]);
  });

  it("serializes path, query, header and cookie parameters", () => {
    const get = byName(out.requests, "Get a pet");
    expect(get.url).toBe("{{baseUrl}}/pets/:petId");
    expect(get.pathVariables).toEqual([{ key: "petId", value: "7", enabled: true }]);
    expect(get.params.map((p) => [p.key, p.value])).toEqual([
      ["fields", "id,name"],
      ["filter[kind]", "cat"],
      ["filter[age]", "3"],
    ]);
    expect(get.headers).toContainEqual({ key: "X-Trace", value: "t1", enabled: true });
    expect(get.headers).toContainEqual({ key: "Cookie", value: "session=abc", enabled: true });
  });

  it("keeps responses as saved examples, with generated and given bodies", () => {
    const get = byName(out.requests, "Get a pet");
    expect(get.examples.map((e) => [e.status, e.name, e.statusText])).toEqual([
      [200, "The pet", "OK"],
      [404, "Not found", "Not Found"],
    ]);
    const pet = JSON.parse(get.examples[0]?.body ?? "") as Record<string, unknown>;
    expect(pet).toMatchObject({ id: 0, name: "string", tags: ["string"], born: "1970-01-01" });
    expect(pet).not.toHaveProperty("parent"); // the recursion stops at the first repeat
    expect(JSON.parse(get.examples[1]?.body ?? "")).toEqual({ message: "no such pet" });
  });

  it("builds JSON, urlencoded and multipart bodies (arrays of files as file fields)", () => {
    const put = byName(out.requests, "updatePet");
    expect(put.body.mode).toBe("raw");
    expect(JSON.parse(put.body.raw)).toEqual({ name: "Rex" });
    expect(put.headers).toContainEqual({
      key: "Content-Type",
      value: "application/json",
      enabled: true,
    });
    const login = byName(out.requests, "POST /login");
    expect(login.body.urlencoded.map((f) => [f.key, f.value])).toEqual([
      ["user", "ann"],
      ["password", "secret"],
    ]);
    const photos = out.requests.find((r) => r.url.endsWith("/photos"));
    expect(photos?.pathVariables[0]?.value).toBe(".1,2");
    expect(photos?.body.formdata.map((f) => [f.key, f.type, f.value])).toEqual([
      ["caption", "text", "cute"],
      ["files", "file", ""],
    ]);
  });

  it("maps security schemes to auth", () => {
    expect(out.collection.auth.type).toBe("bearer");
    expect(byName(out.requests, "Get a pet").auth.type).toBe("inherit");
    const put = byName(out.requests, "updatePet");
    expect(put.auth.type).toBe("apikey");
    expect(put.auth.attributes).toContainEqual({ key: "key", value: "X-Api-Key", type: "string" });
    expect(byName(out.requests, "POST /login").auth.type).toBe("noauth");
    const oauth = out.requests.find((r) => r.url.endsWith("/photos"))?.auth;
    expect(oauth?.type).toBe("oauth2");
    expect(oauth?.attributes).toContainEqual({
      key: "accessTokenUrl",
      value: "https://auth.test/token",
      type: "string",
    });
  });
});

describe("convertOpenApi 3.1 and 2.0", () => {
  it("handles 3.1 type arrays, examples arrays and const", () => {
    const out = convert(spec31);
    const post = byName(out.requests, "Create a thing");
    expect(JSON.parse(post.body.raw)).toEqual({ label: "first", kind: "thing", size: 1 });
    expect(out.collection.variables[0]).toMatchObject({ key: "baseUrl", value: "/" });
  });

  it("upgrades Swagger 2.0: host, body, formData files, collectionFormat, basic auth", () => {
    const out = convert(swagger20);
    expect(out.collection.variables[0]?.value).toBe("https://old.test/api");
    expect(out.collection.auth.type).toBe("basic");
    const [list, create, avatar] = out.requests;
    expect(list?.params.map((p) => [p.key, p.value])).toEqual([
      ["ids", "1"],
      ["ids", "2"],
      ["sort", "name"],
    ]);
    expect(JSON.parse(list?.examples[0]?.body ?? "")).toEqual([
      { id: 0, email: "user@example.com" },
    ]);
    expect(JSON.parse(create?.body.raw ?? "")).toEqual({ id: 0, email: "user@example.com" });
    expect(create?.examples[0]?.body).toContain('"id": 1');
    expect(avatar?.url).toBe("{{baseUrl}}/users/:id/avatar");
    expect(avatar?.pathVariables[0]?.value).toBe("u1");
    expect(avatar?.body.formdata.map((f) => [f.key, f.type, f.value])).toEqual([
      ["file", "file", ""],
      ["note", "text", "hi"],
    ]);
  });
});

describe("convertOpenApi errors", () => {
  it("rejects unknown versions with where", () => {
    const r = convertOpenApi({ openapi: "4.0.0", paths: {} }, deps(), "ws");
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: "UNSUPPORTED_FORMAT",
      at: "#/openapi",
    });
  });

  it("rejects a non-object paths with its pointer", () => {
    const r = convertOpenApi({ openapi: "3.0.0", paths: [] }, deps(), "ws");
    expect(r.ok ? undefined : r.error).toMatchObject({ code: "INVALID_OPENAPI", at: "#/paths" });
  });

  it("never throws, even on values whose toString is not a function", () => {
    const doc = JSON.parse(
      '{"openapi":"3.0.0","tags":[{"name":"t","description":{"toString":1}}],"paths":{}}',
    ) as unknown;
    const r = convertOpenApi(doc, deps(), "ws");
    expect(r.ok ? undefined : r.error.code).toBe("INVALID_OPENAPI");
  });

  it("warns about unresolved and external $refs but still converts", () => {
    const out = convert({
      openapi: "3.0.0",
      paths: {
        "/a": { get: { parameters: [{ $ref: "other.yaml#/p" }], responses: {} } },
        "/b": {
          get: { requestBody: { $ref: "#/components/requestBodies/Missing" }, responses: {} },
        },
      },
    });
    expect(out.requests).toHaveLength(2);
    expect(out.warnings.join("\n")).toMatch(/other\.yaml#\/p.*only references inside/);
    expect(out.warnings.join("\n")).toMatch(/Missing.*no such place/);
  });

  it("scales linearly: 2,000 operations sharing a schema convert quickly", () => {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 2000; i++) {
      paths[`/r${i}/{id}`] = {
        get: {
          tags: [`t${i % 50}`],
          parameters: [{ name: "id", in: "path", schema: { type: "string" } }],
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
            },
          },
        },
      };
    }
    const started = performance.now();
    const out = convert({ ...petstore30, paths });
    expect(out.requests).toHaveLength(2000);
    expect(out.folders).toHaveLength(50);
    expect(performance.now() - started).toBeLessThan(4000);
  });
});

describe("surveyOpenApi and startOpenApi", () => {
  const docs = { petstore30, swagger20, spec31 };

  it("count what the conversion creates", () => {
    for (const [name, doc] of Object.entries(docs)) {
      const survey = surveyOpenApi(doc);
      const out = convert(doc);
      expect(survey, name).toEqual({
        ok: true,
        value: {
          title: out.collection.name,
          folders: out.folders.length,
          requests: out.requests.length,
        },
      });
    }
    expect(surveyOpenApi({ openapi: "4.0.0" })).toMatchObject({
      ok: false,
      error: { code: "UNSUPPORTED_FORMAT" },
    });
  });

  it("convert chunk by chunk to the same rows, each folder in the chunk that first uses it", () => {
    for (const doc of Object.values(docs)) {
      const whole = convert(doc);
      const started = startOpenApi(doc, deps(), "ws");
      if (!started.ok) throw new Error(started.error.message);
      const chunks = [...started.value.chunks(2)];
      expect(chunks.every((c) => c.requests.length <= 2)).toBe(true);
      expect(started.value.collection).toEqual(whole.collection);
      expect(chunks.flatMap((c) => c.requests)).toEqual(whole.requests);
      expect(chunks.flatMap((c) => c.folders)).toEqual(whole.folders);
      expect(started.value.warnings()).toEqual(whole.warnings);
      const seen = new Set<string | null>([null]);
      for (const chunk of chunks) {
        for (const f of chunk.folders) seen.add(f.id);
        for (const r of chunk.requests) expect(seen.has(r.parentId)).toBe(true);
      }
    }
  });
});
