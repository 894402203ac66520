import { describe, expect, it, vi } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";
import type { Deps } from "../../core/factory";
import type * as DetectModule from "../../core/import/detect";
import { detect } from "../../core/import/detect";
import { importText } from "../../core/import/funnel";
import { sampleCollection } from "../../core/import/postman/test/sample";
import { fixtureTexts } from "../../core/import/test/fixtureBundles";
import type { Bundle } from "../../core/model";
import type { Result } from "../../core/result";
import { chunksOf } from "./chunks";
import { makeImportApi } from "./service";
import type { ChunkAnswer, ImportApi } from "./types";

// Counts detections: the service must detect each import's format once.
vi.mock("../../core/import/detect", async (importOriginal) => {
  const actual = await importOriginal<typeof DetectModule>();
  return { ...actual, detect: vi.fn(actual.detect) };
});

const deps = (): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(2) });

/** Every chunk up to the end, then the answer after it. */
async function drain(api: ImportApi) {
  const chunks: Bundle[] = [];
  let answer: Result<ChunkAnswer>;
  for (answer = await api.nextChunk(); answer.ok; answer = await api.nextChunk()) {
    if ("done" in answer.value) break;
    chunks.push(answer.value.chunk);
  }
  return { chunks, end: answer, after: await api.nextChunk() };
}

/** The chunks' rows as one bundle. */
const joined = (chunks: Bundle[]): Bundle => ({
  collections: chunks.flatMap((c) => c.collections),
  folders: chunks.flatMap((c) => c.folders),
  requests: chunks.flatMap((c) => c.requests),
  environments: chunks.flatMap((c) => c.environments),
  ...(chunks.find((c) => c.globals) ? { globals: chunks.find((c) => c.globals)!.globals } : {}),
});

const kinds: Record<string, string> = {
  "Postman collection": "postman-collection",
  "Postman environment": "postman-environment",
  "Postman globals": "postman-globals",
  HAR: "har",
  Hoppscotch: "hoppscotch",
};

describe("the import worker's service", () => {
  it.each(Object.entries(fixtureTexts))(
    "prepares %s, detecting it once, and hands out what the funnel imports",
    async (name, text) => {
      const hint = name.includes("YAML") ? "x.yaml" : undefined;
      const expected = importText(text, deps(), "ws", hint);
      if (!expected.ok) throw new Error(expected.error.message);
      const api = makeImportApi(deps());
      vi.mocked(detect).mockClear();
      const prepared = await api.prepare(text, "ws", hint);
      expect(vi.mocked(detect)).toHaveBeenCalledTimes(1);
      const { kind, summary, warnings, bundle } = expected.value;
      const collections = bundle.collections.map((c) => c.name);
      const environments = bundle.environments.map((e) => e.name);
      expect(prepared).toEqual({
        ok: true,
        value: { kind, summary, collections, environments, warnings, external: [] },
      });
      if (kinds[name]) expect(kind).toBe(kinds[name]);
      const { chunks, end, after } = await drain(api);
      expect(joined(chunks)).toEqual(expected.value.bundle);
      expect(end).toEqual({ ok: true, value: { done: true, warnings: [] } });
      expect(after).toMatchObject({ ok: false, error: { code: "NOTHING_PREPARED" } });
    },
  );

  it("detects an OpenAPI document once too, and previews it", async () => {
    const api = makeImportApi(deps());
    vi.mocked(detect).mockClear();
    const spec = "openapi: 3.0.0\ninfo: { title: T, version: '1' }\npaths:\n  /a: { get: {} }\n";
    const prepared = await api.prepare(spec, "ws");
    expect(vi.mocked(detect)).toHaveBeenCalledTimes(1);
    expect(prepared).toMatchObject({
      ok: true,
      value: { kind: "openapi", summary: "1 collection, 1 request", collections: ["T"] },
    });
    const { chunks } = await drain(api);
    expect(joined(chunks).requests).toHaveLength(1);
  });

  it("reads a chosen file of any format itself, and says when it cannot", async () => {
    const api = makeImportApi(deps());
    const file = new File([JSON.stringify(sampleCollection)], "sample.json");
    const prepared = await api.prepare(file, "ws", file.name);
    expect(prepared).toMatchObject({
      ok: true,
      value: { kind: "postman-collection", summary: "1 collection, 2 folders, 6 requests" },
    });
    const gone = new File(["curl https://x.test"], "cmd.sh");
    Object.defineProperty(gone, "text", { value: () => Promise.reject(new Error("NotFound")) });
    expect(await api.prepare(gone, "ws", gone.name)).toEqual({
      ok: false,
      error: { code: "READ_FAILED", message: "Couldn't read cmd.sh." },
    });
    // The failed prepare let the last import go.
    expect(await api.nextChunk()).toMatchObject({ ok: false, error: { code: "NOTHING_PREPARED" } });
  });

  it("passes the funnel's errors on, and has nothing to hand out then", async () => {
    const api = makeImportApi(deps());
    const prepared = await api.prepare('{\n  "info": {,\n}', "ws");
    expect(prepared).toMatchObject({ ok: false, error: { code: "INVALID_JSON" } });
    expect(await api.nextChunk()).toMatchObject({ ok: false, error: { code: "NOTHING_PREPARED" } });
  });

  it("hands a big collection out in chunks, the collection in the first", async () => {
    const item = Array.from({ length: 450 }, (_, i) => ({
      name: `r${i}`,
      request: `https://x.test/${i}`,
    }));
    const api = makeImportApi(deps());
    const prepared = await api.prepare(JSON.stringify({ info: { name: "Big" }, item }), "ws");
    expect(prepared.ok && prepared.value.summary).toBe("1 collection, 450 requests");
    expect(prepared.ok && prepared.value.collections).toEqual(["Big"]);
    const { chunks } = await drain(api);
    expect(chunks.map((c) => [c.collections.length, c.requests.length])).toEqual([
      [1, 200],
      [0, 200],
      [0, 50],
    ]);
    expect(joined(chunks).requests.map((r) => r.name)).toEqual(item.map((i) => i.name));
  });

  it("lets a dropped import go, and a newer prepare overtakes one still loading", async () => {
    const api = makeImportApi(deps());
    await api.prepare("curl https://x.test/dropped", "ws");
    api.drop();
    expect(await api.nextChunk()).toMatchObject({ ok: false, error: { code: "NOTHING_PREPARED" } });
    let answer = (_text: string) => undefined as void;
    let asked = 0;
    const load = () => {
      asked++;
      return new Promise<string>((resolve) => (answer = resolve));
    };
    const spec = "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      requestBody: { $ref: b.yaml }\n";
    const slow = api.prepare(spec, "ws", "openapi.yaml", "openapi.yaml", load);
    const fast = await api.prepare("curl https://x.test/newer", "ws");
    expect(asked).toBe(1); // the spec's prepare is still waiting for its referenced file
    answer("{}");
    expect((await slow).ok).toBe(true);
    expect(fast.ok && fast.value.kind).toBe("curl");
    const { chunks } = await drain(api);
    expect(joined(chunks).requests.map((r) => r.url)).toEqual(["https://x.test/newer"]);
  });
});

describe("chunksOf", () => {
  it("puts everything but folders and requests in the first chunk", () => {
    const bundle = importText(JSON.stringify(sampleCollection), deps(), "ws");
    if (!bundle.ok) throw new Error(bundle.error.message);
    const chunks = chunksOf(bundle.value.bundle, 2);
    expect(chunks.map((c) => [c.collections.length, c.folders.length, c.requests.length])).toEqual([
      [1, 2, 2],
      [0, 0, 2],
      [0, 0, 2],
    ]);
    expect(joined(chunks)).toEqual(bundle.value.bundle);
  });
});
