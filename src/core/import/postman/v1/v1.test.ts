import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { detect } from "../../detect";
import { importText } from "../../funnel";
import { makeFixedClock, makeSeededRandom } from "../../../clock";
import { convertV1, importPostmanCollectionAnyVersion, isPostmanV1 } from "./index";
import { CYCLE, MODES, ORDERING } from "./test/samples";

const deps = () => ({ clock: makeFixedClock(1_000), random: makeSeededRandom(1) });

type Convert = (
  c: unknown,
  o: Record<string, string>,
  cb: (e: unknown, r: unknown) => void,
) => void;
const transformer = createRequire(import.meta.url)("postman-collection-transformer") as {
  convert: Convert;
};

/** What Newman runs: postman-collection-transformer's v2.1 output for `v1`. */
function newmanV2(v1: unknown): unknown {
  let out: unknown;
  transformer.convert(
    structuredClone(v1),
    { inputVersion: "1.0.0", outputVersion: "2.1.0" },
    (e, r) => {
      if (e) throw e instanceof Error ? e : new Error(String(e));
      out = r;
    },
  );
  return JSON.parse(JSON.stringify(out)) as unknown;
}

/**
 * Both sides with their URLs as `{base, variable}` (the transformer splits URL text into parts
 * we do not use; queries are compared in their own test) and cookie dates left out (the
 * transformer writes them in the local time zone).
 */
function comparable(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((v) => comparable(v));
  if (value === null || typeof value !== "object") {
    if (key === "url" && typeof value === "string") return { base: value.split("?")[0] };
    return value;
  }
  const o = value as Record<string, unknown>;
  if (key === "url") {
    const raw = typeof o.raw === "string" ? o.raw : "";
    return { base: raw.split("?")[0], ...(o.variable ? { variable: o.variable } : {}) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (k !== "expires") out[k] = comparable(v, k);
  return out;
}

describe("Postman v1 → v2.1, as Newman converts it", () => {
  for (const [name, sample] of Object.entries({ ORDERING, MODES })) {
    it(`${name}: the same items, requests, scripts, auth and bodies`, () => {
      expect(comparable(convertV1(sample))).toEqual(comparable(newmanV2(sample)));
    });
  }

  it("explicit query parameters: the rows Newman sends, and URL text that matches them", () => {
    const converted = convertV1(ORDERING) as { item: { item: { request: { url: unknown } }[] }[] };
    const url = converted.item[0]?.item[1]?.request.url as { raw: string; query: unknown[] };
    expect(url.query).toEqual([
      { key: "q", value: "x" },
      { key: "off", value: "1", disabled: true },
      { key: "bare", value: null },
    ]);
    expect(url.raw).toBe("https://example.test/:kind?q=x&bare");
  });

  it("a folder listed inside itself or in two parents is placed once, without a cycle", () => {
    // Both folders are some folder's subfolder, so neither is at the root (as in Newman).
    expect(convertV1(CYCLE)).toMatchObject({ item: [] });
    const twice = {
      ...CYCLE,
      folders_order: ["x", "y"],
      folders: [
        { id: "x", name: "X", folders_order: ["c"] },
        { id: "y", name: "Y", folders_order: ["c"] },
        { id: "c", name: "C", order: ["r"], folders_order: ["c"] },
      ],
    };
    expect(convertV1(twice)).toMatchObject({
      item: [
        { name: "X", item: [{ name: "C", item: [{ name: "R" }] }] },
        { name: "Y", item: [] },
      ],
    });
  });

  it("is told apart from v2 and imports through the v2 importer", () => {
    expect(isPostmanV1(ORDERING)).toBe(true);
    expect(isPostmanV1({ info: { name: "x" }, item: [] })).toBe(false);
    const r = importPostmanCollectionAnyVersion(ORDERING, deps(), "w");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.collection.name).toBe("ordering");
    expect(r.value.folders.map((f) => f.name)).toEqual(["Outer", "Inner"]);
    const get = r.value.requests.find((q) => q.name === "Get with path");
    expect(get?.auth).toMatchObject({ type: "basic" });
    expect(get?.pathVariables.map((p) => [p.key, p.value])).toEqual([
      ["kind", "get"],
      ["other", "o"],
    ]);
    expect(get?.headers.map((h) => [h.key, h.enabled])).toEqual([
      ["X-Data", true],
      ["X-Commented", false],
      ["X-Off", false],
      ["X-Extra", true],
    ]);
    expect(get?.scripts.prerequest).toBe("pm.variables.set('who', 'ada');");
  });

  it("format detection hands v1 to the importer as a collection (the app's import funnel)", () => {
    const d = detect(JSON.stringify(ORDERING));
    if (!d.ok) throw new Error(d.error.message);
    expect(d.value.kind).toBe("postman-collection");
    const preview = importText(JSON.stringify(MODES), deps(), "w");
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.bundle.requests.map((r) => r.name)).toEqual([
      "Form data",
      "Binary",
      "GraphQL",
      "Inferred form",
      "Disabled body",
      "Array headers",
      "",
    ]);
    expect(preview.value.bundle.collections[0]?.auth).toMatchObject({ type: "bearer" });
  });

  it("hostile input: any value anywhere converts or fails as a Result, never throws", () => {
    const odd: unknown[] = [
      null,
      0,
      1,
      "",
      "x",
      true,
      [],
      {},
      [null],
      { __proto__: { a: 1 } },
      "//:",
    ];
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 16807) % 2147483647;
      return list[seed % list.length] as T;
    };
    const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
      v !== null && typeof v === "object"
        ? [
            at,
            ...Object.entries(v).flatMap(([k, c]) =>
              paths(c, [...at, Array.isArray(v) ? Number(k) : k]),
            ),
          ]
        : [at];
    for (const sample of [ORDERING, MODES, CYCLE]) {
      const all = paths(sample).filter((p) => p.length > 0);
      for (let n = 0; n < 100; n++) {
        const copy = structuredClone(sample) as Record<string, unknown>;
        const path = pick(all);
        let parent: Record<string | number, unknown> = copy;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        parent[path.at(-1) as string | number] = pick(odd);
        expect(() => importPostmanCollectionAnyVersion(copy, deps(), "w")).not.toThrow();
      }
    }
  });
});
