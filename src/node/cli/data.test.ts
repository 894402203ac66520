import { describe, expect, it } from "vitest";
import { parseIterationData } from "./data";

describe("parseIterationData", () => {
  it("reads a JSON array of objects", () => {
    const r = parseIterationData('[{"a":1},{"a":"x"}]');
    expect(r.ok && r.value).toEqual([{ a: 1 }, { a: "x" }]);
  });

  it("reads CSV with a header, a BOM, numbers unquoted and text quoted", () => {
    const r = parseIterationData('\uFEFFuser,n,q\nada,1,"2"\nbob,-2.5,x y\n');
    expect(r.ok && r.value).toEqual([
      { user: "ada", n: 1, q: "2" },
      { user: "bob", n: -2.5, q: "x y" },
    ]);
  });

  it("rejects a JSON array of non-objects and broken CSV", () => {
    const json = parseIterationData("[1, 2]");
    expect(!json.ok && json.error.code).toBe("BAD_DATA_FILE");
    const csv = parseIterationData('a,b\n"unterminated,1\n');
    expect(!csv.ok && csv.error.code).toBe("BAD_DATA_FILE");
  });
});
