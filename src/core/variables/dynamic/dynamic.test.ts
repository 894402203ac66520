import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import { DYNAMIC_VARIABLES, findDynamicVariable, generateDynamic } from "./index";

const deps = (seed = 1): Deps => ({
  clock: makeFixedClock(1_700_000_000_000),
  random: makeSeededRandom(seed),
});
const gen = (name: string, d = deps()) => {
  const value = generateDynamic(name, d);
  if (value === undefined) throw new Error(`no ${name}`);
  return value;
};

describe("dynamic variable catalogue", () => {
  it("has unique $names, each with a description", () => {
    const names = DYNAMIC_VARIABLES.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const v of DYNAMIC_VARIABLES) {
      expect(v.name).toMatch(/^\$[a-zA-Z0-9]+$/);
      expect(v.description.length).toBeGreaterThan(5);
    }
  });

  it("covers every name Postman defines", () => {
    const postman = createRequire(import.meta.url)(
      "postman-collection/lib/superstring/dynamic-variables",
    ) as Record<string, unknown>;
    const missing = Object.keys(postman).filter((name) => !findDynamicVariable(name));
    expect(missing).toEqual([]);
  });

  it("produces a non-empty string for every variable under many seeds", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const d = deps(seed);
      for (const v of DYNAMIC_VARIABLES) {
        const value = v.generate(d);
        expect(typeof value).toBe("string");
        expect(value.length, v.name).toBeGreaterThan(0);
        expect(value, v.name).not.toMatch(/undefined|NaN|\{\{/);
      }
    }
  });

  it("returns undefined for unknown names", () => {
    expect(generateDynamic("$nope", deps())).toBeUndefined();
    expect(generateDynamic("guid", deps())).toBeUndefined();
  });
});

describe("dynamic variable shapes", () => {
  it("$randomInt stays within 0..1000 and reaches both ends", () => {
    const seen = new Set<number>();
    const d = deps(9);
    for (let k = 0; k < 20_000; k++) seen.add(Number(gen("$randomInt", d)));
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(1000);
    expect([...seen].every(Number.isInteger)).toBe(true);
  });

  it("formats well-known values", () => {
    const d = deps(4);
    expect(gen("$guid", d)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(gen("$timestamp", d)).toBe("1700000000");
    expect(gen("$isoTimestamp", d)).toBe("2023-11-14T22:13:20.000Z");
    expect(gen("$randomIP", d)).toMatch(/^(\d{1,3}\.){3}\d{1,3}$/);
    expect(gen("$randomIPV6", d)).toMatch(/^([0-9a-f]{4}:){7}[0-9a-f]{4}$/);
    expect(gen("$randomMACAddress", d)).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    expect(gen("$randomHexColor", d)).toMatch(/^#[0-9a-f]{6}$/);
    expect(gen("$randomBoolean", d)).toMatch(/^(true|false)$/);
    expect(gen("$randomEmail", d)).toMatch(/^[^@\s]+@[a-z]+\.[a-z]+$/);
    expect(gen("$randomExampleEmail", d)).toMatch(/@example\.(com|net|org)$/);
    expect(gen("$randomUrl", d)).toMatch(/^https?:\/\/[a-z-]+\.[a-z]+$/);
    expect(gen("$randomSemver", d)).toMatch(/^\d\.\d\.\d$/);
    expect(gen("$randomPassword", d)).toMatch(/^[a-zA-Z0-9]{15}$/);
    expect(gen("$randomAlphaNumeric", d)).toMatch(/^[a-z0-9]$/);
    expect(gen("$randomPrice", d)).toMatch(/^\d{1,4}\.\d\d$/);
    expect(gen("$randomCountryCode", d)).toMatch(/^[A-Z]{2}$/);
    expect(gen("$randomCurrencyCode", d)).toMatch(/^[A-Z]{3}$/);
    expect(gen("$randomBankAccount", d)).toMatch(/^\d{8}$/);
    expect(gen("$randomPhoneNumber", d)).toMatch(/^\d{3}-\d{3}-\d{4}$/);
    expect(Math.abs(Number(gen("$randomLatitude", d)))).toBeLessThanOrEqual(90);
    expect(Math.abs(Number(gen("$randomLongitude", d)))).toBeLessThanOrEqual(180);
  });

  it("keeps dates on the right side of now", () => {
    const now = 1_700_000_000_000;
    for (let seed = 1; seed < 20; seed++) {
      const d = deps(seed);
      expect(Date.parse(gen("$randomDateFuture", d))).toBeGreaterThanOrEqual(now - 1000);
      expect(Date.parse(gen("$randomDatePast", d))).toBeLessThanOrEqual(now);
      expect(Date.parse(gen("$randomDateRecent", d))).toBeGreaterThanOrEqual(
        now - 86_400_000 - 1000,
      );
    }
  });
});
