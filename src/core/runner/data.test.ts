import { describe, expect, it } from "vitest";
import { parseCsvRows, parseIterationData, splitCsv } from "./data";

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

describe("CSV (RFC 4180)", () => {
  it("keeps commas, CRLF and doubled quotes inside quotes; CRLF ends records", () => {
    const r = parseCsvRows('a,b\r\n"x, y","say ""hi""\r\nthere"\r\n');
    expect(r.ok && r.value).toEqual([{ a: "x, y", b: 'say "hi"\r\nthere' }]);
  });

  it("skips blank lines, allows short rows, ignores extra fields and a missing final newline", () => {
    const r = parseCsvRows("a,b\n\n1\n2,3,4\n\n5,");
    expect(r.ok && r.value).toEqual([{ a: 1 }, { a: 2, b: 3 }, { a: 5, b: "" }]);
  });

  it("keeps an empty quoted record and rejects a stray quote", () => {
    expect(splitCsv('""\n').ok && splitCsv('""\n')).toMatchObject({ value: [[{ text: "" }]] });
    const r = splitCsv('a"b\n');
    expect(!r.ok && r.error.code).toBe("BAD_DATA_FILE");
    const after = splitCsv('"a"b\n');
    expect(!after.ok && after.error.code).toBe("BAD_DATA_FILE");
  });

  it("gives no rows for an empty file", () => {
    const r = parseCsvRows("");
    expect(r.ok && r.value).toEqual([]);
  });
});
