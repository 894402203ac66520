import { describe, expect, it } from "vitest";
import type { Variable } from "../model";
import { makeVariableLookup, previewTemplate, secretKeysOf } from "./lookup";
import { listVariableNames, makeScopes } from "./scopes";
import { resolveTemplate } from "./template";
import { makeFixedClock, makeSeededRandom } from "../clock";

const v = (
  key: string,
  value: Variable["value"],
  type: Variable["type"] = "default",
  enabled = true,
): Variable => ({
  key,
  value,
  type,
  enabled,
});

describe("makeVariableLookup", () => {
  const environment = [
    v("token", "s3cret", "secret"),
    v("host", "example.com"),
    v("off", "x", "default", false),
  ];
  const collection = [v("host", "collection.example"), v("n", 3)];
  const scopes = makeScopes({ environment, collection, local: { l: { a: 1 } } });

  it("reports the winning scope and value", () => {
    const lookup = makeVariableLookup(scopes);
    expect(lookup("host")).toEqual({ value: "example.com", scope: "environment", secret: false });
    expect(lookup("n")).toEqual({ value: "3", scope: "collection", secret: false });
    expect(lookup("l")).toEqual({ value: '{"a":1}', scope: "local", secret: false });
  });

  it("marks secrets per scope", () => {
    const lookup = makeVariableLookup(scopes, secretKeysOf({ environment, collection }));
    expect(lookup("token")?.secret).toBe(true);
    expect(lookup("host")?.secret).toBe(false);
  });

  it("marks variables named like a secret, as exports blank them", () => {
    const named = [v("apiKey", "k"), v("keyword", "w")];
    const lookup = makeVariableLookup(
      makeScopes({ globals: named }),
      secretKeysOf({ global: named }),
    );
    expect(lookup("apiKey")?.secret).toBe(true);
    expect(lookup("keyword")?.secret).toBe(false);
  });

  it("accepts one set of secret names for all scopes", () => {
    const lookup = makeVariableLookup(scopes, new Set(["n"]));
    expect(lookup("n")?.secret).toBe(true);
  });

  it("describes dynamic variables and leaves unknown names undefined", () => {
    const lookup = makeVariableLookup(scopes);
    expect(lookup("$guid")).toEqual({ value: "A v4 UUID", scope: "dynamic", secret: false });
    expect(lookup("off")).toBeUndefined();
    expect(lookup("nothing")).toBeUndefined();
  });

  it("prefers a user variable named like a dynamic one", () => {
    const lookup = makeVariableLookup(makeScopes({ globals: [v("$guid", "mine")] }));
    expect(lookup("$guid")).toEqual({ value: "mine", scope: "global", secret: false });
  });
});

describe("listVariableNames", () => {
  it("lists enabled names from all scopes, sorted and unique", () => {
    const scopes = makeScopes({
      environment: [v("b", "1"), v("off", "x", "default", false)],
      globals: [v("a", "1"), v("b", "2")],
      data: { c: 1 },
    });
    expect(listVariableNames(scopes)).toEqual(["a", "b", "c"]);
  });
});

describe("previewTemplate", () => {
  const scopes = makeScopes({
    environment: [v("base", "https://{{host}}"), v("host", "api.test"), v("key", "k", "secret")],
  });
  const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };
  const lookup = makeVariableLookup(scopes);

  it("resolves user variables as a send does, nested ones too", () => {
    const text = "{{base}}/a?x={{host}}";
    expect(previewTemplate(text, lookup)).toBe(resolveTemplate(text, scopes, deps));
    expect(previewTemplate(text, lookup)).toBe("https://api.test/a?x=api.test");
  });

  it("keeps secrets, dynamic and unknown variables as typed", () => {
    const secret = makeVariableLookup(scopes, new Set(["key"]));
    expect(previewTemplate("{{key}} {{$guid}} {{nope}}", secret)).toBe(
      "{{key}} {{$guid}} {{nope}}",
    );
  });
});
