/** Shared by the restoreBundle tests: a deterministic restore that checks idempotence, hostile inputs. */
import { expect } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../../clock";
import type { Deps } from "../../../factory";
import { bundleProblems } from "../../test/bundleProblems";
import { restoreBundle } from "../index";

export const NOW = 1_700_000_000_000;
export const deps = (): Deps => ({ clock: makeFixedClock(NOW), random: makeSeededRandom(7) });
export const UNSAFE = ["__proto__", "constructor", "prototype"];

/** Restores and expects success; also checks that restoring again changes nothing. */
export function restored(input: unknown, withDeps: Deps | null = deps()) {
  const d = withDeps ?? undefined;
  const r = restoreBundle(input, d);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const again = restoreBundle(r.value.bundle, d);
  expect(again).toEqual({ ok: true, value: { bundle: r.value.bundle, warnings: [] } });
  expect(bundleProblems(r.value.bundle)).toEqual([]);
  return r.value;
}

/** Every own key in `v`, at any depth. */
export function ownKeys(v: unknown, out: string[] = []): string[] {
  if (typeof v !== "object" || v === null) return out;
  for (const k of Object.keys(v)) {
    out.push(k);
    ownKeys((v as Record<string, unknown>)[k], out);
  }
  return out;
}

export const evil =
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1}';
/** A hostile object: `fields` plus own `__proto__`, `constructor` and `prototype` keys. */
export const hostile = (fields: object): Record<string, unknown> => ({
  ...(JSON.parse(evil) as object),
  ...fields,
});
/** JSON.parse keeps `__proto__` as an own key; a literal would set the prototype instead. */
export const parsed = (o: unknown) =>
  JSON.parse(JSON.stringify(o).replace(/"EVIL":1/g, evil.slice(1, -1))) as unknown;
