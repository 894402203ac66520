import { describe, expect, it } from "vitest";
import { serializePairs, serializeValue } from "./serialize";

// The examples table of the OpenAPI 3.1 specification, "Style Examples".
const arr = ["blue", "black", "brown"];
const obj = { R: 100, G: 200, B: 150 };

describe("serializeValue (path and header styles)", () => {
  it.each([
    ["simple", false, 5, "5"],
    ["simple", false, arr, "blue,black,brown"],
    ["simple", false, obj, "R,100,G,200,B,150"],
    ["simple", true, obj, "R=100,G=200,B=150"],
    ["label", false, 5, ".5"],
    ["label", false, arr, ".blue,black,brown"],
    ["label", true, arr, ".blue.black.brown"],
    ["label", true, obj, ".R=100.G=200.B=150"],
    ["matrix", false, 5, ";color=5"],
    ["matrix", false, arr, ";color=blue,black,brown"],
    ["matrix", true, arr, ";color=blue;color=black;color=brown"],
    ["matrix", false, obj, ";color=R,100,G,200,B,150"],
    ["matrix", true, obj, ";R=100;G=200;B=150"],
  ] as const)("%s explode=%s %j → %s", (style, explode, value, expected) => {
    expect(serializeValue("color", value, style, explode)).toBe(expected);
  });
});

describe("serializePairs (query styles)", () => {
  it.each([
    [
      "form",
      true,
      arr,
      [
        ["color", "blue"],
        ["color", "black"],
        ["color", "brown"],
      ],
    ],
    ["form", false, arr, [["color", "blue,black,brown"]]],
    [
      "form",
      true,
      obj,
      [
        ["R", "100"],
        ["G", "200"],
        ["B", "150"],
      ],
    ],
    ["form", false, obj, [["color", "R,100,G,200,B,150"]]],
    ["spaceDelimited", false, arr, [["color", "blue black brown"]]],
    ["pipeDelimited", false, arr, [["color", "blue|black|brown"]]],
    [
      "deepObject",
      true,
      obj,
      [
        ["color[R]", "100"],
        ["color[G]", "200"],
        ["color[B]", "150"],
      ],
    ],
    ["form", true, "x", [["color", "x"]]],
  ] as const)("%s explode=%s %j", (style, explode, value, expected) => {
    expect(serializePairs("color", value, style, explode)).toEqual(expected);
  });
});
