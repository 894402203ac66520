/**
 * Fuzz: thousands of seeded mutations per importer through the funnel. Nothing may throw; every
 * answer is a Result; errors carry a code and a message; successes are well-formed bundles.
 */
import { describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as yamlText } from "yaml";
import type { RandomSource } from "../env";
import { makeFixedClock, makeSeededRandom } from "../env";
import type { Deps } from "../factory";
import type { Result } from "../result";
import { chromeBash, apiDoc, multipart } from "./curl/test/fixtures";
import type { ImportBundle } from "./funnel";
import { importText } from "./funnel";
import { sampleHar } from "./har/test/fixtures";
import { sampleHoppscotch } from "./hoppscotch/test/fixtures";
import { sampleInsomniaV4, sampleInsomniaV5 } from "./insomnia/test/fixtures";
import { convertOpenApi } from "./openapi/index";
import { sampleCollection } from "./postman/test/sample";
import { mutateJson, mutateText } from "./test/mutate";
import { smallOpenApi } from "./test/openapi";

const MUTATIONS = 1500;
/** Per-case limit: generous, as other suites may share the machine. */
const TIMEOUT_MS = 30_000;
/** YAML is slow to write and read back when mutations nest deeply; fewer cases keep it quick. */
const YAML_MUTATIONS = 200;
const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);
const deps = (seed: number): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(seed) });

/** Problems with a bundle, as text (empty when it is well-formed). */
export function bundleProblems(b: ImportBundle): string[] {
  const out: string[] = [];
  const collections = new Set(b.collections.map((c) => c.id));
  const folders = new Map(b.folders.map((f) => [f.id, f]));
  for (const c of b.collections)
    if (c.workspaceId !== "ws") out.push(`collection ${c.id} workspace`);
  for (const e of b.environments)
    if (e.workspaceId !== "ws") out.push(`environment ${e.id} workspace`);
  for (const row of [...b.folders, ...b.requests]) {
    if (!collections.has(row.collectionId)) out.push(`${row.id}: collectionId does not resolve`);
    const parent = row.parentId === null ? undefined : folders.get(row.parentId);
    if (row.parentId !== null && parent?.collectionId !== row.collectionId) {
      out.push(`${row.id}: parentId does not resolve in its collection`);
    }
  }
  for (const f of b.folders) {
    let p: string | null = f.parentId;
    for (let i = 0; p !== null && i <= b.folders.length; i++) p = folders.get(p)?.parentId ?? null;
    if (p !== null) out.push(`${f.id}: folder cycle`);
  }
  for (const r of b.requests) {
    if (typeof r.url !== "string" || typeof r.method !== "string" || !Array.isArray(r.headers)) {
      out.push(`${r.id}: malformed request`);
    }
  }
  const walk = (v: unknown, depth: number): void => {
    if (typeof v !== "object" || v === null || depth > 1000) return;
    for (const k of Object.keys(v)) {
      if (UNSAFE.has(k)) out.push(`unsafe key ${k}`);
      walk((v as Record<string, unknown>)[k], depth + 1);
    }
  };
  walk(b, 0);
  JSON.stringify(b);
  return out;
}

/** Run `count` mutated inputs through `run`; returns the failures (with the case number). */
function fuzz(
  count: number,
  seed: number,
  fixtures: readonly unknown[],
  mutate: (fixture: unknown, rnd: RandomSource) => string,
  run: (text: string, i: number) => Result<ImportBundle>,
): { failures: string[]; ok: number } {
  const rnd = makeSeededRandom(seed);
  const failures: string[] = [];
  let okCount = 0;
  for (let i = 0; i < count; i++) {
    const text = mutate(fixtures[i % fixtures.length], rnd);
    try {
      const r = run(text, i);
      if (r.ok) {
        okCount++;
        for (const p of bundleProblems(r.value)) failures.push(`#${i}: ${p}`);
      } else if (!r.error.message || !r.error.code) failures.push(`#${i}: error without a message`);
    } catch (e) {
      failures.push(`#${i}: threw ${e instanceof Error ? e.message : String(e)}`);
    }
    if (failures.length > 5) break;
  }
  return { failures, ok: okCount };
}

/** Mostly structural mutations, sometimes textual damage on top. */
const jsonMutation = (fixture: unknown, rnd: RandomSource) => {
  const text = JSON.stringify(mutateJson(fixture, rnd)) ?? "";
  return rnd.next() < 0.25 ? mutateText(text, rnd) : text;
};
const yamlMutation = (fixture: unknown, rnd: RandomSource) => {
  const text = yamlText(mutateJson(parseYaml(fixture as string), rnd));
  return rnd.next() < 0.25 ? mutateText(text, rnd) : text;
};
const textMutation = (fixture: unknown, rnd: RandomSource) => {
  let text = fixture as string;
  for (let n = 1 + Math.floor(rnd.next() * 3); n > 0; n--) text = mutateText(text, rnd);
  return text;
};

const viaFunnel = (text: string, i: number): Result<ImportBundle> => {
  const r = importText(text, deps(i), "ws", i % 2 ? "file.json" : undefined);
  return r.ok ? { ok: true, value: r.value.bundle } : r;
};

const env = { id: "e", name: "Dev", values: [{ key: "a", value: "1", enabled: true }] };
const globals = { values: [{ key: "g", value: 1 }], _postman_variable_scope: "globals" };
const minimal = { info: { name: "m" }, item: [{ name: "r", request: "https://x.test/:id" }] };

const cases: [string, unknown[], typeof jsonMutation, number][] = [
  ["Postman collection", [sampleCollection, minimal], jsonMutation, MUTATIONS],
  ["Postman environment and globals", [env, globals], jsonMutation, MUTATIONS],
  ["cURL", [chromeBash, apiDoc, multipart], textMutation, MUTATIONS],
  ["HAR", [sampleHar, { log: { entries: [sampleHar.log.entries[1]] } }], jsonMutation, MUTATIONS],
  ["Insomnia v4", [sampleInsomniaV4], jsonMutation, MUTATIONS],
  ["Insomnia v5", [sampleInsomniaV5], yamlMutation, YAML_MUTATIONS],
  ["Hoppscotch", [sampleHoppscotch, sampleHoppscotch[0]], jsonMutation, MUTATIONS],
];

describe("importer fuzz", () => {
  cases.forEach(([name, fixtures, mutate, count], k) => {
    it(
      `${name}: ${count} mutated inputs never throw and give well-formed results`,
      () => {
        const { failures, ok } = fuzz(count, 1000 + k, fixtures, mutate, viaFunnel);
        expect(failures).toEqual([]);
        // The mutations must leave some inputs importable, or the check above proves little.
        expect(ok).toBeGreaterThan(count / 20);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
      TIMEOUT_MS,
    );
  });

  it(
    `OpenAPI: ${MUTATIONS} mutated documents convert or fail cleanly`,
    () => {
      const run = (text: string, i: number): Result<ImportBundle> => {
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          return { ok: false, error: { code: "INVALID_JSON", message: "bad" } };
        }
        const r = convertOpenApi(doc, deps(i), "ws");
        if (!r.ok) return r;
        const { collection, folders, requests } = r.value;
        return {
          ok: true,
          value: { collections: [collection], folders, requests, environments: [] },
        };
      };
      const { failures, ok } = fuzz(MUTATIONS, 99, [smallOpenApi], jsonMutation, run);
      expect(failures).toEqual([]);
      expect(ok).toBeGreaterThan(MUTATIONS / 20);
    },
    TIMEOUT_MS,
  );
});
