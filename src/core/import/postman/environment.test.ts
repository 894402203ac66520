import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { importPostmanEnvironment, importPostmanGlobals } from "./environment";

const deps = () => ({ clock: makeFixedClock(5), random: makeSeededRandom(2) });

describe("importPostmanEnvironment", () => {
  it("maps name, values (with secret type and disabled) and keeps the rest", () => {
    const result = importPostmanEnvironment(
      {
        id: "env-1",
        name: "Local",
        values: [
          { key: "baseUrl", value: "http://localhost", type: "default", enabled: true },
          { key: "token", value: "s3cret", type: "secret", enabled: true },
          { key: "off", value: "x", enabled: false },
        ],
        _postman_variable_scope: "environment",
      },
      deps(),
      "ws",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe("Local");
    expect(result.value.workspaceId).toBe("ws");
    expect(result.value.variables.map((v) => [v.key, v.type, v.enabled])).toEqual([
      ["baseUrl", "default", true],
      ["token", "secret", true],
      ["off", "default", false],
    ]);
    expect(result.value.extra).toEqual({
      postmanId: "env-1",
      _postman_variable_scope: "environment",
    });
  });

  it("reports a bad values list with its path", () => {
    const result = importPostmanEnvironment({ name: "x", values: [1] }, deps(), "ws");
    expect(result).toMatchObject({ ok: false, error: { at: "values[0]" } });
  });
});

describe("importPostmanGlobals", () => {
  it("returns a Globals row for the workspace", () => {
    const result = importPostmanGlobals(
      { name: "Globals", values: [{ key: "g", value: 1, enabled: true }] },
      deps(),
      "ws",
    );
    expect(result).toMatchObject({
      ok: true,
      value: { workspaceId: "ws", createdAt: 5, variables: [{ key: "g", value: 1 }] },
    });
  });
});
