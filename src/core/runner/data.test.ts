import { describe, expect, it } from "vitest";
import { parseIterationData } from "./data";

// CSV itself is checked against csv-parse 4.16.3 (Newman's) in ./csv.test.ts.
describe("parseIterationData (Newman's iterationData loader)", () => {
  it("reads a JSON array of objects", () => {
    const r = parseIterationData('[{"a":1},{"a":"x"}]');
    expect(r.ok && r.value).toEqual([{ a: 1 }, { a: "x" }]);
  });

  it("gives an empty row for a JSON element that is not an object, and no rows for other JSON", () => {
    const rows = parseIterationData('[1, {"a": 2}]');
    expect(rows.ok && rows.value).toEqual([{}, { a: 2 }]);
    const other = parseIterationData('{"a": 1}');
    expect(other.ok && other.value).toEqual([]);
  });

  it("reads CSV with a header and a BOM; unquoted numbers cast, quoted ones kept as text", () => {
    const r = parseIterationData('\uFEFFuser,n,q\nada,1,"2"\nbob,-2.5,x y\n');
    expect(r.ok && r.value).toEqual([
      { user: "ada", n: 1, q: "2" },
      { user: "bob", n: -2.5, q: "x y" },
    ]);
  });

  it("rejects broken CSV with a message naming the problem", () => {
    const csv = parseIterationData('a,b\n"unterminated,1\n');
    expect(csv.ok).toBe(false);
    expect(!csv.ok && csv.error.message).not.toBe("");
  });
});
