/**
 * Fuzz: thousands of seeded mutations per importer through the funnel. Nothing may throw; every
 * answer is a Result; errors carry a code and a message; successes are well-formed bundles that
 * `restoreBundle` leaves unchanged (the funnel restored them already).
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as yamlText } from "yaml";
import type { RandomSource } from "../clock";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import type { Result } from "../result";
import { chromeBash, apiDoc, multipart } from "./curl/test/fixtures";
import { importText } from "./funnel";
import { sampleHar } from "./har/test/fixtures";
import { sampleHoppscotch } from "./hoppscotch/test/fixtures";
import { sampleInsomniaV4, sampleInsomniaV5 } from "./insomnia/test/fixtures";
import { convertOpenApi } from "./openapi/index";
import { restoreBundle } from "./restore/index";
import { sampleCollection } from "./postman/test/sample";
import { bundleProblems } from "./test/bundleProblems";
import { mutateJson, mutateText } from "./test/mutate";
import { smallOpenApi } from "./test/openapi";
import type { Bundle } from "../model";

const MUTATIONS = 1500;
/** Per-case limit: generous, as other suites may share the machine. */
const TIMEOUT_MS = 30_000;
/** YAML is slow to write and read back when mutations nest deeply; fewer cases keep it quick. */
const YAML_MUTATIONS = 200;
const deps = (seed: number): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(seed) });

/** Run `count` mutated inputs through `run`; returns the failures (with the case number). */
function fuzz(
  count: number,
  seed: number,
  fixtures: readonly unknown[],
  mutate: (fixture: unknown, rnd: RandomSource) => string,
  run: (text: string, i: number) => Result<Bundle>,
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
        for (const p of bundleProblems(r.value, "ws")) failures.push(`#${i}: ${p}`);
        const again = restoreBundle(r.value, deps(i));
        if (!again.ok) failures.push(`#${i}: restoring again failed: ${again.error.message}`);
        else if (again.value.warnings.length || !isDeepStrictEqual(again.value.bundle, r.value)) {
          failures.push(`#${i}: restoring again changed the bundle`);
        }
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

const viaFunnel = (text: string, i: number): Result<Bundle> => {
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
      const run = (text: string, i: number): Result<Bundle> => {
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          return { ok: false, error: { code: "INVALID_JSON", message: "bad" } };
        }
        const r = convertOpenApi(doc, deps(i), "ws");
        if (!r.ok) return r;
        const { collection, folders, requests } = r.value;
        // As the OpenAPI service does: the converter's output passes through restore.
        const restored = restoreBundle(
          { collections: [collection], folders, requests, environments: [] },
          deps(i),
        );
        return restored.ok ? { ok: true, value: restored.value.bundle } : restored;
      };
      const { failures, ok } = fuzz(MUTATIONS, 99, [smallOpenApi], jsonMutation, run);
      expect(failures).toEqual([]);
      expect(ok).toBeGreaterThan(MUTATIONS / 20);
    },
    TIMEOUT_MS,
  );
});
