import { describe, expect, it } from "vitest";
import { makeResolver } from "./refs";
import { MAX_EXAMPLE_CHARS, makeExampleMaker } from "./schemaExample";

/** An object schema `width` properties wide and `depth` levels deep, every node distinct. */
function wide(width: number, depth: number): unknown {
  if (depth === 0) return { type: "string" };
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < width; i++) properties[`p${depth}_${i}`] = wide(width, depth - 1);
  return { type: "object", properties };
}

describe("generated examples", () => {
  it("stay small for wide, deep schemas", () => {
    const maker = makeExampleMaker(makeResolver({}));
    const value = maker.example(wide(12, 6));
    expect(maker.json(value).length).toBeLessThanOrEqual(MAX_EXAMPLE_CHARS);
    expect(value).toHaveProperty("p6_0");
  });

  it("get shallower until they fit, as Stripe's error response needs", () => {
    const maker = makeExampleMaker(makeResolver({}));
    // 3 levels (64,000 leaves) and 2 levels (1,600) are both over the cap; 1 level fits.
    const value = maker.example(wide(40, 4));
    expect(maker.json(value).length).toBeLessThanOrEqual(MAX_EXAMPLE_CHARS);
    expect(value).toHaveProperty("p4_39");
  });

  it("are made once per $ref however many operations use it", () => {
    const doc = { components: { schemas: { Deep: wide(40, 4) } } };
    const maker = makeExampleMaker(makeResolver(doc));
    const first = maker.example({ $ref: "#/components/schemas/Deep" });
    // Another operation's own {$ref} object: the same example, not a second generation.
    expect(maker.example({ $ref: "#/components/schemas/Deep" })).toBe(first);
    expect(maker.json(first).length).toBeLessThanOrEqual(MAX_EXAMPLE_CHARS);
    const inline = wide(2, 1);
    expect(maker.example(inline)).toBe(maker.example(inline));
    expect(maker.example(wide(2, 1))).toEqual(maker.example(inline));
  });

  it("keep a small schema's full example", () => {
    const maker = makeExampleMaker(makeResolver({}));
    expect(maker.example(wide(2, 3))).toEqual({
      p3_0: { p2_0: { p1_0: "string", p1_1: "string" }, p2_1: { p1_0: "string", p1_1: "string" } },
      p3_1: { p2_0: { p1_0: "string", p1_1: "string" }, p2_1: { p1_0: "string", p1_1: "string" } },
    });
  });
});
