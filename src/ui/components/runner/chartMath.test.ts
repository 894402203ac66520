import { describe, expect, it } from "vitest";
import { bars, percentile, stackSegments } from "./chartMath";

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

describe("stackSegments", () => {
  it("stacks phases from the baseline up in order and skips empty ones", () => {
    const { scale } = bars([{ label: "a", timeMs: 100 }], 200, 100);
    const out = stackSegments(
      [
        { key: "dns", ms: 10 },
        { key: "tls", ms: 0 },
        { key: "wait", ms: 60 },
        { key: "download", ms: 30 },
      ],
      scale,
    );
    expect(out.map((s) => [s.key, s.y, s.height])).toEqual([
      ["dns", 90, 10],
      ["wait", 30, 60],
      ["download", 0, 30],
    ]);
  });
});
