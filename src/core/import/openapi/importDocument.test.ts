import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { importOpenApiText } from "./importDocument";
import { petstore30, swagger20 } from "./test/fixtures";

const deps = { clock: makeFixedClock(1), random: makeSeededRandom(2) };
const yaml = readFileSync(new URL("./test/petstore.yaml", import.meta.url), "utf8");

describe("importOpenApiText", () => {
  it("imports YAML with anchors and merge keys", () => {
    const r = importOpenApiText(yaml, deps, "ws");
    if (!r.ok) throw new Error(r.error.message);
    const { collections, folders, requests } = r.value.bundle;
    expect(collections[0]?.name).toBe("YAML Pets");
    expect(folders.map((f) => f.name)).toEqual(["pets", "stores"]);
    expect(requests[0]?.params).toEqual([{ key: "limit", value: "20", enabled: false }]);
    expect(requests[1]?.pathVariables[0]?.value).toBe("s1");
    expect(JSON.parse(requests[0]?.examples[0]?.body ?? "")).toEqual([{ id: 1, name: "Rex" }]);
  });

  it("imports JSON 3.0 and 2.0 text", () => {
    for (const doc of [petstore30, swagger20]) {
      const r = importOpenApiText(JSON.stringify(doc), deps, "ws");
      expect(r.ok && r.value.bundle.requests.length).toBeGreaterThan(2);
    }
  });

  it("names the line of a YAML syntax error", () => {
    const r = importOpenApiText("openapi: 3.0.0\npaths:\n  /a: [unclosed\n", deps, "ws");
    expect(r.ok ? undefined : r.error).toMatchObject({ code: "INVALID_YAML" });
    expect(r.ok ? "" : r.error.at).toMatch(/^line \d+, column \d+$/);
  });

  it("names the line of a JSON syntax error", () => {
    const r = importOpenApiText('{"openapi": "3.0.0",\n "paths": {,}}', deps, "ws");
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: "INVALID_JSON",
      at: expect.stringMatching(/line 2/),
    });
  });
});
