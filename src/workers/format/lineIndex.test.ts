import { describe, expect, it } from "vitest";
import { buildLineIndex, lineOf, lineRange } from "./lineIndex";
import { utf8 } from "./test/fixtures";

const linesOf = (s: string, wrap?: number) => {
  const bytes = utf8(s);
  const index = buildLineIndex(bytes, wrap);
  return Array.from(index.starts, (_, i) => {
    const [a, b] = lineRange(index, bytes, i);
    return new TextDecoder().decode(bytes.subarray(a, b));
  });
};

describe("buildLineIndex", () => {
  it("splits on LF and CRLF and keeps a final empty line", () => {
    expect(linesOf("a\nbc\r\nd\n")).toEqual(["a", "bc", "d", ""]);
    expect(linesOf("")).toEqual([""]);
  });

  it("records line starts as byte offsets", () => {
    expect(Array.from(buildLineIndex(utf8("é\nx\n\ny")).starts)).toEqual([0, 3, 5, 6]);
  });

  it("wraps long lines at a character boundary and flags the continuations", () => {
    const index = buildLineIndex(utf8("abcdefg\nhi"), 3);
    expect(Array.from(index.wrapped)).toEqual([0, 1, 1, 0]);
    expect(linesOf("abcdefg\nhi", 3)).toEqual(["abc", "def", "g", "hi"]);
    // "é" is two bytes: the cut backs off rather than splitting it.
    expect(linesOf("aéé", 2)).toEqual(["a", "é", "é"]);
  });

  it("finds the line containing a byte offset", () => {
    const index = buildLineIndex(utf8("ab\ncd\nef"));
    expect([0, 2, 3, 5, 6, 7].map((o) => lineOf(index, o))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
