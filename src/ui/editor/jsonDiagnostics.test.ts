import { describe, expect, it } from "vitest";
import { blankVariables, errorOffset, jsonDiagnostics } from "./jsonDiagnostics";

describe("jsonDiagnostics", () => {
  it("accepts valid JSON, blank text, and {{variables}} in and out of strings", () => {
    expect(jsonDiagnostics('{"a": 1}')).toEqual([]);
    expect(jsonDiagnostics("  ")).toEqual([]);
    expect(jsonDiagnostics('{"id": {{id}}, "name": "{{name}}"}')).toEqual([]);
  });

  it("reports one error at JSON.parse's position", () => {
    const text = '{"a": 1,, "b": 2}';
    const [d, ...rest] = jsonDiagnostics(text);
    expect(rest).toEqual([]);
    expect(d?.severity).toBe("error");
    expect(d?.from).toBe(8);
    expect(d?.to).toBe(9);
  });

  it("reports an unterminated document at its end", () => {
    const text = '{"a": [1, 2';
    const [d] = jsonDiagnostics(text);
    expect(d?.to).toBe(text.length);
    expect(d?.from).toBe(text.length - 1);
  });

  it("maps line/column and position messages to offsets", () => {
    expect(errorOffset("Unexpected token (line 2 column 3)", "ab\ncdef")).toBe(5);
    expect(errorOffset("Unexpected token at position 4", "abcdefg")).toBe(4);
    expect(blankVariables("{{ab}}")).toBe("0     ");
  });
});
