import { describe, expect, it } from "vitest";
import type { CookieRecord } from "../../../core/cookies/types";
import { filterCookies, formatExpiry, groupCookies, reuseUnchanged } from "./cookieGroups";

const c = (key: string, domain: string, path = "/"): CookieRecord => ({
  key,
  value: "v",
  domain,
  path,
});

describe("groupCookies", () => {
  it("groups by domain A–Z, then path and name, with a count each", () => {
    const view = groupCookies([
      c("b", "z.test"),
      c("b", "a.test"),
      c("a", "a.test", "/x"),
      c("a", "a.test"),
    ]);
    expect(
      view.groups.map((g) => [g.domain, g.count, g.cookies.map((x) => x.key + x.path)]),
    ).toEqual([
      ["a.test", 3, ["a/", "b/", "a/x"]],
      ["z.test", 1, ["b/"]],
    ]);
    expect([view.matched, view.hidden]).toEqual([4, 0]);
  });

  it("renders at most `limit` rows, counting what it left out", () => {
    const many = Array.from({ length: 7 }, (_, i) => c(`k${i}`, i < 4 ? "a.test" : "b.test"));
    const view = groupCookies([...many, c("z", "c.test")], 5);
    expect(view.groups.map((g) => [g.domain, g.count, g.cookies.length])).toEqual([
      ["a.test", 4, 4],
      ["b.test", 3, 1],
    ]);
    expect([view.matched, view.hidden]).toEqual([8, 3]);
  });
});

describe("filterCookies", () => {
  it("matches domain or name in any case", () => {
    const all = [c("Session", "api.test"), c("theme", "www.other.test")];
    expect(filterCookies(all, "SESS").map((x) => x.key)).toEqual(["Session"]);
    expect(filterCookies(all, "other").map((x) => x.key)).toEqual(["theme"]);
    expect(filterCookies(all, "  ")).toHaveLength(2);
    expect(filterCookies(all, "nope")).toEqual([]);
  });
});

describe("formatExpiry", () => {
  it("says Session without an expiry and keeps text that is not a date", () => {
    expect(formatExpiry(undefined)).toBe("Session");
    expect(formatExpiry("whenever")).toBe("whenever");
    expect(formatExpiry("2030-01-02T03:04:05.000Z")).toMatch(/2030/);
  });
});

describe("reuseUnchanged", () => {
  it("keeps the previous object of each unchanged cookie, takes changed and new ones", () => {
    const prev = [c("a", "x.test"), c("b", "x.test")];
    const next = [c("a", "x.test"), { ...c("b", "x.test"), value: "changed" }, c("n", "x.test")];
    const out = reuseUnchanged(prev, next);
    expect(out[0]).toBe(prev[0]);
    expect(out[1]).toBe(next[1]);
    expect(out[2]).toBe(next[2]);
    expect(reuseUnchanged([], next)).toBe(next);
  });
});
