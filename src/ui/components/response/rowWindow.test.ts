import { describe, expect, it } from "vitest";
import { rowWindow, scrollTopFor } from "./rowWindow";

const base = { rowHeight: 20, viewport: 200, overscan: 2, maxSpacer: 1_000_000 };

describe("rowWindow", () => {
  it("renders the visible rows plus overscan", () => {
    const w = rowWindow({ ...base, rowCount: 1000, scrollTop: 400 });
    expect(w).toEqual({ spacer: 20_000, first: 18, last: 32, top: 360 });
  });

  it("clamps at both ends", () => {
    expect(rowWindow({ ...base, rowCount: 5, scrollTop: 0 })).toMatchObject({ first: 0, last: 5 });
  });

  it("scales past the spacer cap so the last row is reachable", () => {
    const rows = 6_000_000; // 120 million px at 20 px a row
    const end = rowWindow({ ...base, rowCount: rows, scrollTop: 1_000_000 - 200 });
    expect(end.spacer).toBe(1_000_000);
    expect(end.last).toBe(rows);
    const mid = rowWindow({ ...base, rowCount: rows, scrollTop: 500_000 });
    expect(mid.first).toBeGreaterThan(2_900_000);
    expect(mid.top).toBeGreaterThanOrEqual(500_000 - 2 * 20 - 20);
  });

  it("scrolls a row to the middle, round-tripping through the scale", () => {
    for (const rowCount of [1000, 6_000_000]) {
      const row = Math.floor(rowCount / 3);
      const scrollTop = scrollTopFor(row, { ...base, rowCount });
      const w = rowWindow({ ...base, rowCount, scrollTop, overscan: 0 });
      expect(row).toBeGreaterThanOrEqual(w.first);
      expect(row).toBeLessThan(w.last);
    }
  });
});
