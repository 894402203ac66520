import { describe, expect, it } from "vitest";
import { makeFoldMap, outermost } from "./foldMap";

describe("makeFoldMap", () => {
  it("is the identity with nothing collapsed", () => {
    const map = makeFoldMap(10, []);
    expect(map.rowCount).toBe(10);
    expect([0, 5, 9].map((r) => map.lineAt(r))).toEqual([0, 5, 9]);
  });

  it("hides the lines after each collapsed opener", () => {
    const map = makeFoldMap(12, [
      { start: 8, end: 10 },
      { start: 2, end: 5 },
    ]);
    expect(map.rowCount).toBe(7);
    expect(Array.from({ length: 7 }, (_, r) => map.lineAt(r))).toEqual([0, 1, 2, 6, 7, 8, 11]);
    expect([0, 2, 3, 5, 6, 8, 9, 11].map((l) => map.rowOf(l))).toEqual([0, 2, 2, 2, 3, 5, 5, 6]);
  });

  it("ignores regions nested inside a collapsed one", () => {
    expect(
      outermost([
        { start: 3, end: 4 },
        { start: 1, end: 9 },
      ]),
    ).toEqual([{ start: 1, end: 9 }]);
    expect(
      makeFoldMap(10, [
        { start: 1, end: 9 },
        { start: 3, end: 4 },
      ]).rowCount,
    ).toBe(2);
  });
});
