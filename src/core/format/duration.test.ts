import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it("writes whole milliseconds below a second, whatever the measurement's fraction", () => {
    expect([0, 0.4, 5.300000000046566, 12.5, 999.4].map(formatDuration)).toEqual([
      "0 ms",
      "0 ms",
      "5 ms",
      "13 ms",
      "999 ms",
    ]);
  });

  it("writes seconds with at most two decimals below a minute", () => {
    expect([1000, 1240, 2330, 2330.4999, 10_005, 59_994].map(formatDuration)).toEqual([
      "1 s",
      "1.24 s",
      "2.33 s",
      "2.33 s",
      "10.01 s",
      "59.99 s",
    ]);
  });

  it("writes minutes and whole seconds from a minute on", () => {
    expect([60_000, 120_000, 125_000, 3_599_000].map(formatDuration)).toEqual([
      "1 m",
      "2 m",
      "2 m 5 s",
      "59 m 59 s",
    ]);
  });

  it("rounds before choosing the unit, so no value reads 1000 ms, 60 s or 1 m 60 s", () => {
    expect([999.6, 59_996, 119_600].map(formatDuration)).toEqual(["1 s", "1 m", "2 m"]);
  });

  it("reads 0 ms for values that are not a duration", () => {
    expect([-1, Number.NaN, Number.POSITIVE_INFINITY].map(formatDuration)).toEqual([
      "0 ms",
      "0 ms",
      "0 ms",
    ]);
  });
});
