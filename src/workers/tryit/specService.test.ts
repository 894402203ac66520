import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { SpecServiceDeps } from "./specService";
import { makeSpecService } from "./specService";

const PETSTORE = {
  openapi: "3.0.3",
  info: { title: "Pets", version: "1" },
  servers: [{ url: "https://api.example.com/v1" }],
  paths: {
    "/pets/{petId}": {
      get: {
        operationId: "showPetById",
        summary: "Info for a pet",
        parameters: [{ name: "petId", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "ok" } },
      },
    },
    "/pets": {
      get: { operationId: "listPets", responses: { "200": { description: "ok" } } },
    },
  },
};

const YAML_SPEC = `openapi: 3.1.0
info: { title: Y, version: "1" }
paths:
  /things:
    post:
      operationId: makeThing
      responses: { "201": { description: created } }
`;

/** Deps over a fixed table of URLs, counting fetches and YAML parses. */
function fakeDeps(table: Record<string, { status: number; text: string }>) {
  const counts = { fetches: 0, yaml: 0 };
  const deps: SpecServiceDeps = {
    fetchText(url) {
      counts.fetches++;
      const answer = table[url];
      return answer ? Promise.resolve(answer) : Promise.reject(new TypeError("Failed to fetch"));
    },
    parseYaml(text) {
      counts.yaml++;
      return Promise.resolve(parse(text) as unknown);
    },
  };
  return { deps, counts };
}

describe("makeSpecService", () => {
  it("fetches a JSON spec once for several panels and answers each with its operation", async () => {
    const { deps, counts } = fakeDeps({
      "https://docs.example/pets.json": { status: 200, text: JSON.stringify(PETSTORE) },
    });
    const service = makeSpecService(deps);
    const source = { url: "https://docs.example/pets.json" };
    const [a, b, c] = await Promise.all([
      service.operation(source, "showPetById"),
      service.operation(source, "GET /pets"),
      service.operation(source, "GET /pets/{id}"),
    ]);
    expect(a?.ok && a.value.path).toBe("/pets/{petId}");
    expect(b?.ok && b.value.operationId).toBe("listPets");
    expect(c?.ok && c.value.operationId).toBe("showPetById");
    expect(counts.fetches).toBe(1);
    expect(service.parses()).toBe(1);
    expect(counts.yaml).toBe(0);
  });

  it("parses an inline YAML spec with the lazy parser, once per text", async () => {
    const { deps, counts } = fakeDeps({});
    const service = makeSpecService(deps);
    const first = await service.operation({ text: YAML_SPEC }, "makeThing");
    const again = await service.operation({ text: YAML_SPEC }, "POST /things");
    expect(first.ok && first.value.method).toBe("POST");
    expect(again.ok && again.value.version).toBe("3.1.0");
    expect(counts.yaml).toBe(1);
    expect(counts.fetches).toBe(0);
  });

  it("returns a structured-cloneable operation", async () => {
    const service = makeSpecService(fakeDeps({}).deps);
    const op = await service.operation({ text: JSON.stringify(PETSTORE) }, "showPetById");
    expect(op.ok).toBe(true);
    if (op.ok) expect(structuredClone(op.value)).toEqual(op.value);
  });

  it("names close operations when the selector is unknown", async () => {
    const service = makeSpecService(fakeDeps({}).deps);
    const op = await service.operation({ text: JSON.stringify(PETSTORE) }, "showPetByID");
    expect(op.ok).toBe(false);
    if (!op.ok) {
      expect(op.error.code).toBe("OPERATION_NOT_FOUND");
      expect(op.error.message).toContain('"showPetById"');
    }
  });

  it("reports an HTTP error and a network failure, and retries a failed fetch later", async () => {
    const table: Record<string, { status: number; text: string }> = {
      "https://docs.example/missing.json": { status: 404, text: "" },
    };
    const { deps, counts } = fakeDeps(table);
    const service = makeSpecService(deps);
    const missing = await service.operation({ url: "https://docs.example/missing.json" }, "x");
    expect(!missing.ok && missing.error.message).toContain("answered 404");
    const down = await service.operation({ url: "https://down.example/spec.json" }, "x");
    expect(!down.ok && down.error.code).toBe("SPEC_FETCH_FAILED");
    table["https://down.example/spec.json"] = { status: 200, text: JSON.stringify(PETSTORE) };
    const back = await service.operation({ url: "https://down.example/spec.json" }, "listPets");
    expect(back.ok).toBe(true);
    expect(counts.fetches).toBe(3);
  });

  it("rejects text that is neither JSON nor YAML, and a document that is not OpenAPI", async () => {
    const service = makeSpecService(fakeDeps({}).deps);
    const broken = await service.operation({ text: "{ not json" }, "x");
    expect(!broken.ok && broken.error.code).toBe("INVALID_SPEC");
    const notOpenApi = await service.operation({ text: '{"hello": "world"}' }, "x");
    expect(notOpenApi.ok).toBe(false);
  });
});
