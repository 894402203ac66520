import { describe, expect, it } from "vitest";
import { prettyJson } from "./prettyJson";
import { fixture, fixtureText, utf8 } from "./test/fixtures";

const print = (s: string | Uint8Array) => {
  const r = prettyJson(typeof s === "string" ? utf8(s) : s);
  return r === undefined ? undefined : new TextDecoder().decode(r.bytes);
};

describe("prettyJson", () => {
  it("prints nested objects and arrays with two-space indentation", () => {
    expect(print(fixture("nested.json.txt"))).toBe(fixtureText("nested.pretty.json.txt"));
  });

  it("matches JSON.stringify(…, null, 2) on the fixtures", () => {
    for (const name of ["nested.json.txt", "escaped.json.txt", "unicode.json.txt"]) {
      const text = fixtureText(name);
      // JSON.stringify re-escapes strings, so compare structure through a re-parse.
      const printed = print(text)!;
      expect(JSON.parse(printed)).toEqual(JSON.parse(text));
      expect(printed.split("\n").length).toBe(
        JSON.stringify(JSON.parse(text), null, 2).split("\n").length,
      );
    }
  });

  it("copies escapes and structural characters inside strings through untouched", () => {
    expect(print(fixture("escaped.json.txt"))).toBe(
      '{\n  "q\\"uote": "a\\\\b\\"c{[,:]}",\n  "u": "\\u00e9\\n"\n}',
    );
  });

  it("keeps multi-byte UTF-8 intact", () => {
    expect(print(fixture("unicode.json.txt"))).toBe(
      '{\n  "name": "Zoë",\n  "emoji": "😀 héllo",\n  "日本": [\n    "語"\n  ]\n}',
    );
  });

  it("prints scalars and empty containers at the top level", () => {
    expect(print(" 42 ")).toBe("42");
    expect(print('"s"')).toBe('"s"');
    expect(print("[ ]")).toBe("[]");
    expect(print("{\n}")).toBe("{}");
  });

  it.each([
    ["an empty body", ""],
    ["a double comma", '{"a": [1, 2,, 3]}'],
    ["two documents", '{"a":1}\n{"b":2}'],
    ["a trailing comma", "[1,]"],
    ["a missing colon", '{"a" 1}'],
    ["a bare word", "[nope]"],
    ["a mismatched bracket", "[1}"],
    ["an unclosed object", '{"a":1'],
    ["an unterminated string", '["abc'],
    ["a raw newline in a string", '["a\nb"]'],
    ["a non-string key", "{1:2}"],
    ["a dangling minus", "[-]"],
  ])("rejects %s", (_name, input) => {
    expect(print(input)).toBeUndefined();
  });

  it("rejects the invalid fixture", () => {
    expect(print(fixture("invalid.json.txt"))).toBeUndefined();
  });

  it("records bracket offsets for every multi-line container", () => {
    const r = prettyJson(fixture("nested.json.txt"))!;
    const text = new TextDecoder().decode(r.bytes);
    const pairs = Array.from(r.foldOpen, (o, k) => text[o]! + text[r.foldClose[k]!]!);
    expect(pairs).toEqual(["{}", "[]", "{}", "[]", "{}"]);
    expect(Array.from(r.foldOpen)).toEqual([...r.foldOpen].sort((a, b) => a - b));
  });
});
