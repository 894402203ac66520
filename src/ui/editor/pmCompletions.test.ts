import { describe, expect, it } from "vitest";
import { PM_API, pmCompletionsAt } from "./pmCompletions";

const labels = (text: string, explicit = false) =>
  pmCompletionsAt(text, explicit)?.options.map((o) => o.label) ?? null;

describe("pmCompletionsAt", () => {
  it("offers the pm namespace after `pm.`, each with a doc line", () => {
    const found = pmCompletionsAt("const a = pm.");
    expect(found?.kind).toBe("member");
    expect(found?.from).toBe("const a = pm.".length);
    const names = found?.options.map((o) => o.label);
    for (const name of ["info", "environment", "response", "test", "expect", "sendRequest"]) {
      expect(names).toContain(name);
    }
    expect(found?.options.every((o) => (o.info ?? "").length > 0)).toBe(true);
  });

  it("starts the range at the typed member prefix", () => {
    expect(pmCompletionsAt("pm.env")).toMatchObject({ from: 3, kind: "member" });
    expect(labels("pm.env")).toContain("environment");
  });

  it("offers the variable scope methods", () => {
    for (const scope of ["environment", "collectionVariables", "globals"]) {
      expect(labels(`pm.${scope}.`)).toEqual(
        expect.arrayContaining(["get", "set", "has", "unset", "clear", "toObject", "replaceIn"]),
      );
    }
    expect(labels("pm.iterationData.")).not.toContain("set");
  });

  it("walks nested chains: response, its assertions, request, info, execution, test", () => {
    expect(labels("pm.response.")).toEqual(
      expect.arrayContaining(["code", "status", "headers", "responseTime", "json", "text", "to"]),
    );
    expect(labels("pm.response.to.")).toEqual(["have", "be", "not"]);
    expect(labels("pm.response.to.have.")).toEqual(
      expect.arrayContaining(["status", "header", "body", "jsonBody", "jsonSchema"]),
    );
    expect(labels("pm.request.")).toEqual(["url", "headers", "method", "body", "auth"]);
    expect(labels("pm.info.")).toContain("requestName");
    expect(labels("pm.execution.")).toEqual(["setNextRequest", "skipRequest", "location"]);
    expect(labels("pm.test.")).toEqual(["skip"]);
  });

  it("offers pm.cookies and, after pm.cookies.jar(), the jar's methods", () => {
    expect(labels("pm.cookies.")).toEqual(["get", "has", "toObject", "jar"]);
    expect(pmCompletionsAt("pm.cookies.")?.options.find((o) => o.label === "jar")).toMatchObject({
      apply: "jar()",
      type: "method",
    });
    expect(labels("pm.cookies.jar().")).toEqual(["get", "getAll", "set", "unset", "clear"]);
    expect(labels("pm.cookies .jar( ) .un")).toEqual(["get", "getAll", "set", "unset", "clear"]);
    const getAll = pmCompletionsAt("pm.cookies.jar().")?.options.find((o) => o.label === "getAll");
    expect(getAll?.detail).toBe("(url, options?, callback)");
    expect(pmCompletionsAt("pm.cookies.jar.")).toBeNull();
    expect(pmCompletionsAt("pm.cookies().")).toBeNull();
  });

  it("inserts calls for body readers", () => {
    const json = pmCompletionsAt("pm.response.")?.options.find((o) => o.label === "json");
    expect(json).toMatchObject({ apply: "json()", type: "method" });
  });

  it("allows whitespace and line breaks inside a chain", () => {
    expect(labels("pm.response\n  .to.")).toEqual(["have", "be", "not"]);
  });

  it("offers nothing after unknown members, calls or foreign objects", () => {
    expect(pmCompletionsAt("pm.nope.")).toBeNull();
    expect(pmCompletionsAt("pm.response.json().")).toBeNull();
    expect(pmCompletionsAt("foo.pm.")).toBeNull();
    expect(pmCompletionsAt("pm.constructor.")).toBeNull();
    expect(pmCompletionsAt("x.")).toBeNull();
  });

  it("offers top-level names for a bare identifier, or when asked explicitly", () => {
    const found = pmCompletionsAt("let r = resp");
    expect(found).toMatchObject({ kind: "global", from: "let r = ".length });
    expect(found?.options.map((o) => o.label)).toEqual(Object.keys(PM_API));
    expect(labels("let r = resp")).toEqual(
      expect.arrayContaining(["pm", "console", "require", "postman", "tests", "responseBody"]),
    );
    expect(pmCompletionsAt("let r = ")).toBeNull();
    expect(pmCompletionsAt("let r = ", true)?.from).toBe(8);
  });

  it('offers module names inside require("…', () => {
    const found = pmCompletionsAt('const _ = require("lo');
    expect(found).toMatchObject({ kind: "module", from: 'const _ = require("'.length });
    expect(found?.options.map((o) => o.label)).toEqual(
      expect.arrayContaining(["lodash", "moment", "crypto-js", "csv-parse/lib/sync", "cheerio"]),
    );
    expect(labels("require('")).toContain("uuid");
    expect(pmCompletionsAt('require("lodash") + "')).toBeNull();
  });
});
