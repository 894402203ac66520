import { describe, expect, it } from "vitest";
import type { KeyValue } from "../model";
import {
  ensureScheme,
  fillPathVariables,
  parseQuery,
  pathVariableNames,
  splitUrl,
  syncPathVariables,
  withQuery,
} from "./url";

const kv = (key: string, value: string, enabled = true): KeyValue => ({ key, value, enabled });

describe("splitUrl / ensureScheme", () => {
  it("cuts at the first ? and the # after it", () => {
    expect(splitUrl("http://h/a?x=1?y#frag?z")).toEqual({
      base: "http://h/a",
      query: "x=1?y",
      hash: "frag?z",
    });
    expect(splitUrl("{{host}}/a")).toEqual({ base: "{{host}}/a" });
    expect(splitUrl("h/a?")).toEqual({ base: "h/a", query: "" });
  });

  it("adds http:// only when no scheme is given", () => {
    expect(ensureScheme("example.com/a")).toBe("http://example.com/a");
    expect(ensureScheme("localhost:3000")).toBe("http://localhost:3000");
    expect(ensureScheme("https://x.org")).toBe("https://x.org");
    expect(ensureScheme("  HTTP://x.org ")).toBe("HTTP://x.org");
    expect(ensureScheme("")).toBe("");
  });
});

describe("parseQuery", () => {
  it("reads params as typed, without decoding", () => {
    expect(parseQuery("http://h/a?q=a%20b&x={{v}}&e=&k=a=b#h")).toEqual([
      kv("q", "a%20b"),
      kv("x", "{{v}}"),
      kv("e", ""),
      kv("k", "a=b"),
    ]);
  });

  it("marks params typed without =", () => {
    const [flag] = parseQuery("h?flag");
    expect(flag).toMatchObject({ key: "flag", value: "" });
    expect(withQuery("h", parseQuery("h?flag&e="))).toBe("h?flag&e=");
  });

  it("has no params without a query; a bare ? is one empty value-less row", () => {
    expect(parseQuery("http://h/a")).toEqual([]);
    expect(parseQuery("http://h/a?")).toEqual([
      { key: "", value: "", enabled: true, extra: { valueless: true } },
    ]);
    expect(withQuery("http://h/a", parseQuery("http://h/a?"))).toBe("http://h/a?");
  });

  it("keeps value-less params and empty && segments as Postman does (regression)", () => {
    const rows = parseQuery("h?foo1&foo2&&a=&=b");
    expect(rows.map((r) => [r.key, r.value, r.extra])).toEqual([
      ["foo1", "", { valueless: true }],
      ["foo2", "", { valueless: true }],
      ["", "", { valueless: true, nullKey: true }],
      ["a", "", undefined],
      ["", "b", undefined],
    ]);
    expect(withQuery("h", rows)).toBe("h?foo1&foo2&&a=&=b");
    expect(withQuery("h?x", [kv("", "")])).toBe("h");
  });

  it("does not cut inside {{variables}} that hold # ? or &", () => {
    expect(splitUrl("{{baseUrl}}/{{###}}?a={{x&y}}&b#{{#}}")).toEqual({
      base: "{{baseUrl}}/{{###}}",
      query: "a={{x&y}}&b",
      hash: "{{#}}",
    });
    expect(parseQuery("h?a={{x&y}}&b={{c#d}}").map((r) => r.value)).toEqual(["{{x&y}}", "{{c#d}}"]);
  });
});

describe("withQuery", () => {
  it("round-trips typed URLs unchanged", () => {
    for (const url of [
      "{{host}}/a?x={{v}}&y",
      "https://api.example.com/v1/items?page=1&sort=-name&q=a%2Bb",
      "http://h/a?x=1#section",
      "{{baseUrl}}/get?{{key}}={{value}}&a[]=1&a[]=2",
      "h/path",
    ]) {
      expect(withQuery(url, parseQuery(url))).toBe(url);
    }
  });

  it("leaves disabled params out of the URL", () => {
    expect(withQuery("h/a?old=1", [kv("a", "1"), kv("b", "2", false), kv("c", "3")])).toBe(
      "h/a?a=1&c=3",
    );
  });

  it("drops the ? when nothing is enabled, keeping the hash", () => {
    expect(withQuery("h/a?x=1#top", [kv("x", "1", false)])).toBe("h/a#top");
  });

  it("escapes only what would break the query's structure", () => {
    expect(withQuery("h", [kv("a&b", "c&d#e=f"), kv("sp ace", "{{v}}")])).toBe(
      "h?a%26b=c%26d%23e=f&sp ace={{v}}",
    );
  });

  it("does not touch the base or {{vars}}", () => {
    expect(withQuery("{{scheme}}://{{host}}:{{port}}/:id", [kv("x", "{{y}}")])).toBe(
      "{{scheme}}://{{host}}:{{port}}/:id?x={{y}}",
    );
  });
});

describe("path variables", () => {
  it("finds :name segments, not ports or names inside {{ }}", () => {
    expect(pathVariableNames("http://localhost:3000/users/:id/posts/:postId")).toEqual([
      "id",
      "postId",
    ]);
    expect(pathVariableNames("{{host}}:8080/a/:id?x=:notpath")).toEqual(["id"]);
    expect(pathVariableNames("{{base}}/{{a:b}}/:c")).toEqual(["c"]);
    expect(pathVariableNames("localhost:3000")).toEqual([]);
    expect(pathVariableNames("/:id/:id")).toEqual(["id"]);
    expect(pathVariableNames("http://h/a:b/:")).toEqual([]);
    expect(pathVariableNames("http://h/:id.json/:.x")).toEqual(["id"]);
  });

  it("keeps values of names that remain and adds new names empty", () => {
    const existing = [kv("id", "7"), kv("gone", "x")];
    expect(syncPathVariables("h/:org/:id", existing)).toEqual([kv("org", ""), kv("id", "7")]);
  });

  it("fills segments with values, leaving unknown names as typed", () => {
    const values: Record<string, string> = { id: "42", org: "{{org}}" };
    expect(fillPathVariables("http://h:80/:org/:id/:other?q=:id", (n) => values[n])).toBe(
      "http://h:80/{{org}}/42/:other?q=:id",
    );
    expect(fillPathVariables("h/:id.json/:empty", (n) => (n === "id" ? "7" : ""))).toBe(
      "h/7.json/:empty",
    );
  });
});
