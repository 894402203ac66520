import { describe, expect, it } from "vitest";
import { segments } from "./segments";

describe("segments", () => {
  it("overlays search marks on syntax tokens", () => {
    const text = '"key": 12';
    const tokens = [
      { from: 0, to: 5, type: "key" as const },
      { from: 5, to: 6, type: "punctuation" as const },
      { from: 7, to: 9, type: "number" as const },
    ];
    expect(segments(text, tokens, [{ from: 2, to: 8, current: true }])).toEqual([
      { text: '"k', cls: "tok-key" },
      { text: 'ey"', cls: "tok-key mark mark-current" },
      { text: ":", cls: "tok-punctuation mark mark-current" },
      { text: " ", cls: "mark mark-current" },
      { text: "1", cls: "tok-number mark mark-current" },
      { text: "2", cls: "tok-number" },
    ]);
  });

  it("returns the plain line when there is nothing to style", () => {
    expect(segments("abc", [], [])).toEqual([{ text: "abc", cls: "" }]);
    expect(segments("", [], [])).toEqual([]);
  });
});
