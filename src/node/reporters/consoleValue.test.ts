import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import type { ConsoleValue } from "../../core/sandbox/types";
import { toInspectable } from "./consoleValue";

const show = (v: ConsoleValue) => inspect(toInspectable(v), { breakLength: Infinity });

describe("toInspectable", () => {
  it("rebuilds values as Newman's reporter receives them", () => {
    expect(show({ t: "number", v: "-Infinity" })).toBe("-Infinity");
    expect(show({ t: "bigint", v: "10" })).toBe("10n");
    expect(show({ t: "symbol", v: "Symbol(s)" })).toBe("Symbol(s)");
    expect(show({ t: "regexp", v: "/a+/gi" })).toBe("/a+/gi");
    expect(show({ t: "date", v: "Invalid Date" })).toBe("Invalid Date");
    expect(show({ t: "error", name: "TypeError", message: "m" })).toBe(
      "{ type: 'Error', name: 'TypeError', message: 'm' }",
    );
    expect(show({ t: "array", id: 1, items: [{ t: "ref", id: 1 }, { t: "cut" }] })).toBe(
      "<ref *1> [ [Circular *1], […] ]",
    );
  });

  it("shows an array's unsent items as a count, whatever length it claims", () => {
    const items = Array.from({ length: 101 }, (): ConsoleValue => ({ t: "number", v: 0 }));
    expect(show({ t: "array", id: 1, items, more: 19 })).toMatch(/\.\.\. 20 more items\s*\]$/);
    expect(show({ t: "array", id: 1, items, more: 1e20 })).toMatch(/more items\s*\]$/);
  });

  it("keeps a `__proto__` key as an own property", () => {
    const v = toInspectable({
      t: "object",
      id: 1,
      entries: [["__proto__", { t: "object", id: 2, entries: [["x", { t: "number", v: 1 }]] }]],
    }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(["__proto__"]);
  });
});
