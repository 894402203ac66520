import { describe, expect, it } from "vitest";
import { bars, percentile } from "./chartMath";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = [50, 10, 40, 20, 30];
    expect(percentile(values, 50)).toBe(30);
    expect(percentile(values, 95)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe("bars", () => {
  it("scales bars to the slowest request", () => {
    const { bars: out, scale } = bars(
      [
        { label: "a", timeMs: 50 },
        { label: "b", timeMs: 100 },
      ],
      200,
      100,
    );
    expect(out.map((b) => b.height)).toEqual([50, 100]);
    expect(out[1]?.x).toBe(110);
    expect(scale(100)).toBe(0);
  });
});
