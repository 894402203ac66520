import { describe, expect, it } from "vitest";
import type { Variable } from "../model";
import { writeBackVariables } from "./writeBack";

const v = (key: string, value: Variable["value"], extra: Partial<Variable> = {}): Variable => ({
  key,
  value,
  type: "default",
  enabled: true,
  ...extra,
});

describe("writeBackVariables", () => {
  it("returns undefined when the scope did not change", () => {
    expect(writeBackVariables([v("a", "1")], { a: "1" }, { a: "1" })).toBeUndefined();
  });

  it("updates values in place and keeps type and description", () => {
    const stored = [v("token", "old", { type: "secret", description: "d" }), v("b", "x")];
    const out = writeBackVariables(stored, { token: "old", b: "x" }, { token: "new", b: "x" });
    expect(out).toEqual([v("token", "new", { type: "secret", description: "d" }), v("b", "x")]);
  });

  it("appends new keys and drops unset ones, leaving disabled rows alone", () => {
    const stored = [v("gone", "1"), v("off", "z", { enabled: false })];
    const out = writeBackVariables(stored, { gone: "1" }, { added: 5 });
    expect(out).toEqual([v("off", "z", { enabled: false }), v("added", 5)]);
  });

  it("stores objects as JSON text", () => {
    expect(writeBackVariables([], {}, { o: { a: 1 } })).toEqual([v("o", '{"a":1}')]);
  });
});
