import { describe, expect, it } from "vitest";
import type { BlankedValue } from "./report";
import { describeBlanked, makeBlankedList, summarizeBlanked } from "./report";

const header: BlankedValue = { kind: "header", name: "Authorization", where: "'Get user'" };
const variable: BlankedValue = { kind: "variable", name: "token" };

describe("describeBlanked", () => {
  it("words each kind", () => {
    expect(describeBlanked(header)).toBe("Authorization header in 'Get user'");
    expect(describeBlanked(variable)).toBe("variable token");
    expect(describeBlanked({ kind: "query parameter", name: "api_key" })).toBe(
      "query parameter api_key",
    );
    expect(describeBlanked({ kind: "auth", name: "clientSecret", authType: "oauth2" })).toBe(
      "oauth2 auth clientSecret",
    );
  });
});

describe("summarizeBlanked", () => {
  it("counts and lists up to five, then says how many more", () => {
    const seven = [
      header,
      variable,
      ...Array.from({ length: 5 }, (_, i) => ({ ...variable, name: `v${i}` })),
    ];
    expect(summarizeBlanked(seven)).toBe(
      "7 values blanked: Authorization header in 'Get user', variable token, variable v0, " +
        "variable v1, variable v2 and 2 more.",
    );
    expect(summarizeBlanked([variable])).toBe("1 value blanked: variable token.");
    expect(summarizeBlanked([])).toBe("No secret values found to blank.");
  });
});

describe("makeBlankedList", () => {
  it("lists a value once per owner", () => {
    const { add, list } = makeBlankedList();
    add("r1", header);
    add("r1", { ...header, name: "authorization" });
    add("r2", header);
    expect(list).toHaveLength(2);
  });
});
