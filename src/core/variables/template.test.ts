import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import type { Variable } from "../model";
import { makeScopes } from "./scopes";
import { MAX_PASSES, findVariableTokens, resolveTemplate, unresolvedNames } from "./template";

const deps = (): Deps => ({
  clock: makeFixedClock(1_700_000_000_123),
  random: makeSeededRandom(7),
});
const v = (key: string, value: Variable["value"], enabled = true): Variable => ({
  key,
  value,
  type: "default",
  enabled,
});

describe("resolveTemplate precedence", () => {
  const scopes = makeScopes({
    globals: [v("x", "global"), v("g", "G")],
    collection: [v("x", "collection"), v("c", "C")],
    environment: [v("x", "environment"), v("e", "E")],
    data: { x: "data", d: "D" },
    local: { x: "local", l: "L" },
  });

  it("takes local over every other scope", () => {
    expect(resolveTemplate("{{x}}", scopes, deps())).toBe("local");
  });

  it("falls through local > data > environment > collection > global", () => {
    const order = ["local", "data", "environment", "collection", "global"] as const;
    const maps = {
      local: scopes.local,
      data: scopes.data,
      environment: scopes.environment,
      collection: scopes.collection,
      global: scopes.globals,
    };
    const s = makeScopes();
    for (const scope of order)
      Object.assign(s[scope === "global" ? "globals" : scope], maps[scope]);
    for (const scope of order) {
      expect(resolveTemplate("{{x}}", s, deps())).toBe(scope);
      delete (scope === "global" ? s.globals : s[scope]).x;
    }
    expect(resolveTemplate("{{x}}", s, deps())).toBe("{{x}}");
  });

  it("reads each scope's own names", () => {
    expect(resolveTemplate("{{l}}{{d}}{{e}}{{c}}{{g}}", scopes, deps())).toBe("LDECG");
  });
});

describe("resolveTemplate tokens", () => {
  it("resolves the inner token of {{a{{i}}}} first", () => {
    const scopes = makeScopes({ environment: [v("i", "1"), v("a1", "first")] });
    expect(resolveTemplate("{{a{{i}}}}", scopes, deps())).toBe("first");
  });

  it("resolves values that themselves hold tokens", () => {
    const scopes = makeScopes({
      environment: [v("url", "{{host}}/api"), v("host", "example.com")],
    });
    expect(resolveTemplate("https://{{url}}/x", scopes, deps())).toBe("https://example.com/api/x");
  });

  it("stops after 19 passes", () => {
    // n0 → {{n1}} → … each pass resolves one level.
    const chain = Array.from({ length: 30 }, (_, i) => v(`n${i}`, `{{n${i + 1}}}`));
    const scopes = makeScopes({ environment: chain });
    expect(MAX_PASSES).toBe(19);
    expect(resolveTemplate("{{n0}}", scopes, deps())).toBe("{{n19}}");
  });

  it("terminates on a self-reference", () => {
    const scopes = makeScopes({ environment: [v("loop", "{{loop}}")] });
    expect(resolveTemplate("{{loop}}", scopes, deps())).toBe("{{loop}}");
  });

  it("leaves unresolved tokens verbatim, spaces and all", () => {
    const scopes = makeScopes({ environment: [v("a", "A")] });
    expect(resolveTemplate("{{missing}}-{{ a }}-{{a}}-{{}}", scopes, deps())).toBe(
      "{{missing}}-{{ a }}-A-{{}}",
    );
  });

  it("allows spaces inside names", () => {
    const scopes = makeScopes({ environment: [v("my var", "ok")] });
    expect(resolveTemplate("{{my var}}", scopes, deps())).toBe("ok");
  });

  it("treats extra braces as text around the token", () => {
    const scopes = makeScopes({ environment: [v("a", "A")] });
    expect(resolveTemplate("{{{a}}}", scopes, deps())).toBe("{A}");
  });

  it("does not interpret $ patterns in values", () => {
    const scopes = makeScopes({ environment: [v("a", "$&$1$$")] });
    expect(resolveTemplate("{{a}}", scopes, deps())).toBe("$&$1$$");
  });
});

describe("resolveTemplate values", () => {
  it("skips disabled variables and uses a lower scope", () => {
    const scopes = makeScopes({
      environment: [v("x", "env", false)],
      collection: [v("x", "collection")],
    });
    expect(resolveTemplate("{{x}}", scopes, deps())).toBe("collection");
  });

  it("uses the last enabled duplicate within a scope", () => {
    const scopes = makeScopes({ environment: [v("x", "1"), v("x", "2"), v("x", "3", false)] });
    expect(resolveTemplate("{{x}}", scopes, deps())).toBe("2");
  });

  it("substitutes strings, numbers, booleans and empty strings", () => {
    const scopes = makeScopes({ data: { s: "s", n: 42, f: 1.5, b: false, t: true, e: "" } });
    expect(resolveTemplate("{{s}}|{{n}}|{{f}}|{{b}}|{{t}}|{{e}}", scopes, deps())).toBe(
      "s|42|1.5|false|true|",
    );
  });

  it("keeps tokens whose value is an object, null or undefined, without falling through", () => {
    const scopes = makeScopes({
      local: { o: { a: 1 }, nul: null, u: undefined },
      environment: [v("o", "env"), v("nul", "env"), v("u", "env")],
    });
    expect(resolveTemplate("{{o}} {{nul}} {{u}}", scopes, deps())).toBe("{{o}} {{nul}} {{u}}");
  });

  it("treats prototype names as plain keys", () => {
    const scopes = makeScopes({ environment: [v("__proto__", "p")] });
    expect(resolveTemplate("{{__proto__}} {{toString}} {{constructor}}", scopes, deps())).toBe(
      "p {{toString}} {{constructor}}",
    );
  });
});

describe("dynamic variables in templates", () => {
  it("draws a fresh value for every occurrence", () => {
    const out = resolveTemplate("{{$guid}} {{$guid}}", makeScopes(), deps());
    const [a, b] = out.split(" ");
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });

  it("lets a user variable named $guid win", () => {
    const scopes = makeScopes({ globals: [v("$guid", "mine")] });
    expect(resolveTemplate("{{$guid}}", scopes, deps())).toBe("mine");
  });

  it("resolves $timestamp in seconds and $isoTimestamp from the clock", () => {
    expect(resolveTemplate("{{$timestamp}} {{$isoTimestamp}}", makeScopes(), deps())).toBe(
      "1700000000 2023-11-14T22:13:20.123Z",
    );
  });

  it("resolves dynamic names produced by an inner token", () => {
    const scopes = makeScopes({ environment: [v("kind", "timestamp")] });
    expect(resolveTemplate("{{${{kind}}}}", scopes, deps())).toBe("1700000000");
  });

  it("keeps unknown $names verbatim", () => {
    expect(resolveTemplate("{{$nope}}", makeScopes(), deps())).toBe("{{$nope}}");
  });
});

describe("findVariableTokens", () => {
  it("reports positions and names of innermost tokens", () => {
    expect(findVariableTokens("a {{x}} b {{my var}}{{c{{i}}}}")).toEqual([
      { from: 2, to: 7, name: "x" },
      { from: 10, to: 20, name: "my var" },
      { from: 23, to: 28, name: "i" },
    ]);
  });

  it("finds nothing in plain text", () => {
    expect(findVariableTokens("{ {x} } {{ x }")).toEqual([]);
  });
});

describe("unresolvedNames", () => {
  it("lists names left after resolution, once each, ignoring dynamic ones", () => {
    const scopes = makeScopes({ environment: [v("host", "h"), v("i", "2")] });
    expect(unresolvedNames("{{host}}/{{a}}/{{a}}/{{b{{i}}}}/{{$guid}}", scopes)).toEqual([
      "a",
      "b2",
    ]);
  });
});
