import { readFileSync } from "node:fs";
import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";
import { summarize } from "../../core/import/summary";
import type { Bundle } from "../../core/model";
import { importOpenApiSpec } from "./openapi";
import { makeImportApi } from "./service";
import type { ChunkAnswer, ImportApi } from "./types";

const deps = { clock: makeFixedClock(1), random: makeSeededRandom(2) };
const yaml = readFileSync(
  new URL("../../core/import/openapi/test/petstore.yaml", import.meta.url),
  "utf8",
);

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

describe("the import worker with OpenAPI", () => {
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

  it("prepares over Comlink (calling the loader back), then converts chunk by chunk", async () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(makeImportApi(deps), port1);
    const remote = Comlink.wrap<ImportApi>(port2);
    const loaded: string[] = [];
    const load = (location: string) => {
      loaded.push(location);
      return loadFixture(location);
    };
    try {
      const refs = { base: "api/openapi.yaml", load };
      const full = await importOpenApiSpec(splitSpec, deps, "ws", refs);
      if (!full.ok) throw new Error(full.error.message);
      loaded.length = 0;
      const prepared = await remote.prepare(
        splitSpec,
        "ws",
        "openapi.yaml",
        refs.base,
        Comlink.proxy(load),
      );
      if (!prepared.ok) throw new Error(prepared.error.message);
      expect(loaded).toContain("api/schemas/pet.yaml");
      expect(prepared.value).toMatchObject({ kind: "openapi", external: expect.any(Array) });
      expect(prepared.value.summary).toBe(summarize(full.value.bundle));
      expect(prepared.value.warnings.join("\n")).toMatch(/was not among the chosen files/);
      const chunks: Bundle[] = [];
      let end: ChunkAnswer | undefined;
      while (!end) {
        const answer = await remote.nextChunk();
        if (!answer.ok) throw new Error(answer.error.message);
        if ("chunk" in answer.value) chunks.push(answer.value.chunk);
        else end = answer.value;
      }
      // The collection comes first, in a chunk of its own; then folders and requests.
      expect(chunks[0]?.collections.map((c) => c.name)).toEqual(
        full.value.bundle.collections.map((c) => c.name),
      );
      expect(chunks.slice(1).flatMap((c) => c.collections)).toEqual([]);
      const requests = chunks.flatMap((c) => c.requests);
      expect(requests.map((r) => r.name)).toEqual(full.value.bundle.requests.map((r) => r.name));
      const post = requests.find((q) => q.method === "POST");
      expect(JSON.parse(post?.body.raw ?? "")).toEqual(petBody);
      // The preview's warnings plus the conversion's are the one-shot import's.
      expect([...prepared.value.warnings, ...("warnings" in end ? end.warnings : [])]).toEqual(
        full.value.warnings,
      );
      expect(await remote.nextChunk()).toMatchObject({
        ok: false,
        error: { code: "NOTHING_PREPARED" },
      });
    } finally {
      remote[Comlink.releaseProxy]();
      port1.close();
      port2.close();
    }
  });

  it("for a URL spec, loads only the scopes allowed, over Comlink too", async () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(makeImportApi(deps), port1);
    const remote = Comlink.wrap<ImportApi>(port2);
    const loaded: string[] = [];
    const load = (location: string) => {
      loaded.push(location);
      return loadFixture(location.slice("https://x.test/".length));
    };
    const base = "https://x.test/api/openapi.yaml";
    try {
      const first = await remote.prepare(splitSpec, "ws", base, base, Comlink.proxy(load));
      if (!first.ok) throw new Error(first.error.message);
      expect(loaded).toEqual([]);
      expect(first.value.external.map((e) => [e.location, e.status])).toEqual([
        ["https://x.test/api/schemas/pet.yaml", "waiting"],
        ["https://x.test/common.json", "waiting"],
        ["https://x.test/api/missing.yaml", "waiting"],
        ["https://x.test/broken.yaml", "waiting"],
      ]);
      const allow = ["https://x.test/api/"];
      const second = await remote.prepare(splitSpec, "ws", base, base, Comlink.proxy(load), allow);
      if (!second.ok) throw new Error(second.error.message);
      expect(loaded).toEqual([
        "https://x.test/api/schemas/pet.yaml",
        "https://x.test/api/missing.yaml",
      ]);
      expect(second.value.external.map((e) => e.status)).toEqual([
        "loaded",
        "waiting",
        "failed",
        "waiting",
      ]);
    } finally {
      remote[Comlink.releaseProxy]();
      port1.close();
      port2.close();
    }
  });

  it("says where a conversion fails part-way", async () => {
    const api = makeImportApi(deps);
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 120; i++) paths[`/ok${i}`] = { get: { responses: {} } };
    // String() of this parameter name throws, deep in the conversion of operation 121.
    paths["/bad"] = { get: { parameters: [{ name: { toString: 1 }, in: "query" }] } };
    const doc = { openapi: "3.0.0", info: { title: "T", version: "1" }, paths };
    const prepared = await api.prepare(JSON.stringify(doc), "ws");
    expect(prepared).toMatchObject({ ok: true, value: { summary: "1 collection, 121 requests" } });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await api.nextChunk());
    // The collection, two chunks of 50 operations, then the failure; nothing after it.
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, false, false]);
    expect(answers[3]).toMatchObject({ ok: false, error: { code: "INVALID_OPENAPI" } });
    expect(answers[4]).toMatchObject({ ok: false, error: { code: "NOTHING_PREPARED" } });
  });

  it("stops converting a dropped document", async () => {
    const api = makeImportApi(deps);
    const prepared = await api.prepare(yaml, "ws", "petstore.yaml");
    expect(prepared.ok && prepared.value.kind).toBe("openapi");
    api.drop();
    expect(await api.nextChunk()).toMatchObject({
      ok: false,
      error: { code: "NOTHING_PREPARED" },
    });
  });
});
