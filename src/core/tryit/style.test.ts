import { describe, expect, it } from "vitest";
import { COOKIE_CODEC, HEADER_CODEC, PATH_CODEC, queryCodec, RAW_CODEC } from "./codecs";
import type { Pair } from "./style";
import { expandPairs, expandValue } from "./style";
import type { ParamStyle } from "./types";

// The "Style Examples" table of OpenAPI 3.1.1, verbatim (the query rows without their `?`).
// https://spec.openapis.org/oas/v3.1.1#style-examples
const string = "blue";
const array = ["blue", "black", "brown"];
const object = { R: 100, G: 200, B: 150 };
const empty = "";

const path = (style: ParamStyle, explode: boolean, value: unknown) =>
  expandValue({ name: "color", style, explode }, value, PATH_CODEC);
const query = (style: ParamStyle, explode: boolean, value: unknown) =>
  expandPairs({ name: "color", style, explode }, value, queryCodec())
    .map(([k, v]) => `${k}=${v}`)
    .join("&");

describe("the spec's style examples (path styles)", () => {
  it.each([
    [
      "matrix",
      false,
      ";color",
      ";color=blue",
      ";color=blue,black,brown",
      ";color=R,100,G,200,B,150",
    ],
    [
      "matrix",
      true,
      ";color",
      ";color=blue",
      ";color=blue;color=black;color=brown",
      ";R=100;G=200;B=150",
    ],
    ["label", false, ".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"],
    ["label", true, ".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"],
    ["simple", false, "", "blue", "blue,black,brown", "R,100,G,200,B,150"],
    ["simple", true, "", "blue", "blue,black,brown", "R=100,G=200,B=150"],
  ] as const)("%s explode=%s", (style, explode, e, s, a, o) => {
    expect(path(style, explode, empty)).toBe(e);
    expect(path(style, explode, string)).toBe(s);
    expect(path(style, explode, array)).toBe(a);
    expect(path(style, explode, object)).toBe(o);
  });
});

describe("the spec's style examples (query styles)", () => {
  it.each([
    ["form", false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"],
    [
      "form",
      true,
      "color=",
      "color=blue",
      "color=blue&color=black&color=brown",
      "R=100&G=200&B=150",
    ],
  ] as const)("%s explode=%s", (style, explode, e, s, a, o) => {
    expect(query(style, explode, empty)).toBe(e);
    expect(query(style, explode, string)).toBe(s);
    expect(query(style, explode, array)).toBe(a);
    expect(query(style, explode, object)).toBe(o);
  });

  it("spaceDelimited, pipeDelimited and deepObject, encoded as the table shows", () => {
    expect(query("spaceDelimited", false, array)).toBe("color=blue%20black%20brown");
    expect(query("spaceDelimited", false, object)).toBe("color=R%20100%20G%20200%20B%20150");
    expect(query("pipeDelimited", false, array)).toBe("color=blue%7Cblack%7Cbrown");
    expect(query("pipeDelimited", false, object)).toBe("color=R%7C100%7CG%7C200%7CB%7C150");
    expect(query("deepObject", true, object)).toBe(
      "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
    );
  });
});

describe("deepObject beyond one level", () => {
  const raw = (value: unknown) =>
    expandPairs({ name: "filter", style: "deepObject", explode: true }, value, RAW_CODEC);

  it("nests objects and lists arrays", () => {
    expect(raw({ color: { R: 100, G: 200 }, tags: ["a", "b"], n: 1 })).toEqual<Pair[]>([
      ["filter[color][R]", "100"],
      ["filter[color][G]", "200"],
      ["filter[tags][]", "a"],
      ["filter[tags][]", "b"],
      ["filter[n]", "1"],
    ]);
  });

  it("indexes objects inside arrays, and skips null members", () => {
    expect(raw({ items: [{ id: 1 }, { id: 2 }], gone: null })).toEqual<Pair[]>([
      ["filter[items][0][id]", "1"],
      ["filter[items][1][id]", "2"],
    ]);
  });

  it("percent-encodes brackets, names and values in a query", () => {
    const pairs = expandPairs(
      { name: "f", style: "deepObject", explode: true },
      { "a b": { "c&d": "x/y" } },
      queryCodec(),
    );
    expect(pairs).toEqual([["f%5Ba%20b%5D%5Bc%26d%5D", "x%2Fy"]]);
  });
});

describe("encoding inside values", () => {
  it("encodes a comma inside an item but not the comma between items", () => {
    expect(path("simple", false, ["a,b", "c"])).toBe("a%2Cb,c");
    expect(query("form", false, ["a,b", "c"])).toBe("color=a%2Cb,c");
  });

  it("encodes / ? # in path values", () => {
    expect(path("simple", false, "a/b?c#d")).toBe("a%2Fb%3Fc%23d");
  });

  it("encodes reserved characters in query values unless allowReserved", () => {
    const spec = { name: "q", style: "form" as const, explode: true };
    expect(expandPairs(spec, "a/b:c?d&e", queryCodec())).toEqual([["q", "a%2Fb%3Ac%3Fd%26e"]]);
    expect(expandPairs(spec, "a/b:c?d&e #%41", queryCodec(true))).toEqual([
      ["q", "a/b:c?d%26e%20%23%41"],
    ]);
  });

  it("encodes non-ASCII as UTF-8", () => {
    expect(path("simple", false, "é☃")).toBe("%C3%A9%E2%98%83");
  });

  it("leaves header values as they are", () => {
    const spec = { name: "X", style: "simple" as const, explode: true };
    expect(expandValue(spec, { a: "1 2", b: "x/y" }, HEADER_CODEC)).toBe("a=1 2,b=x/y");
  });

  it("writes cookie pairs with cookie-octet escapes", () => {
    const spec = { name: "sid", style: "form" as const, explode: false };
    expect(expandPairs(spec, ["a b", "c;d"], COOKIE_CODEC)).toEqual([["sid", "a%20b,c%3Bd"]]);
  });
});

describe("undefined values", () => {
  it.each([undefined, null, [], {}])("%j serializes to nothing", (value) => {
    expect(path("matrix", false, value)).toBeUndefined();
    expect(query("form", true, value)).toBe("");
  });

  it("skips null items of an array", () => {
    expect(path("simple", false, ["a", null, "b"])).toBe("a,b");
  });
});

describe("Swagger 2.0 collectionFormat delimiters", () => {
  const spec = (delimiter: string, explode = false) => ({
    name: "c",
    style: "form" as const,
    explode,
    delimiter,
  });
  it.each([
    [",", "c=a,b"],
    [" ", "c=a%20b"],
    ["\t", "c=a%09b"],
    ["|", "c=a%7Cb"],
  ])("joins with %j", (delimiter, expected) => {
    const [pair] = expandPairs(spec(delimiter), ["a", "b"], queryCodec());
    expect(pair?.join("=")).toBe(expected);
  });

  it("multi repeats the name", () => {
    expect(expandPairs(spec(",", true), ["a", "b"], queryCodec())).toEqual([
      ["c", "a"],
      ["c", "b"],
    ]);
  });
});
