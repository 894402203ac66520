import { describe, expect, it } from "vitest";
import { scriptVariableNameAt, variableCompletionAt } from "./variableCompletion";

const names = ["baseUrl", "token", "baseUrl", "userId"];

describe("variableCompletionAt", () => {
  it("offers each defined name once after an open {{", () => {
    const found = variableCompletionAt('{"url": "{{', names);
    expect(found?.from).toBe('{"url": "{{'.length);
    expect(found?.options.map((o) => o.label)).toEqual(["baseUrl", "token", "userId"]);
    expect(found?.options[0]).toEqual({ label: "baseUrl", type: "variable", apply: "baseUrl}}" });
  });

  it("starts after {{ and its spaces, so the typed prefix is what gets replaced", () => {
    expect(variableCompletionAt("x {{ba", names)?.from).toBe(4);
    expect(variableCompletionAt("x {{  ba", names)?.from).toBe(6);
  });

  it("adds only the closing braces that are missing after the caret", () => {
    const apply = (after: string) => variableCompletionAt("{{", names, after)?.options[0]?.apply;
    expect(apply("}}")).toBe("baseUrl");
    expect(apply("}")).toBe("baseUrl}");
    expect(apply(" rest")).toBe("baseUrl}}");
  });

  it("offers nothing outside an open token or without names", () => {
    expect(variableCompletionAt("{{done}} ", names)).toBeNull();
    expect(variableCompletionAt("{ single", names)).toBeNull();
    expect(variableCompletionAt("{{", [])).toBeNull();
  });
});

describe("scriptVariableNameAt", () => {
  it("offers names inside the string argument of a scope call", () => {
    const text = 'const t = pm.environment.get("to';
    const found = scriptVariableNameAt(text, names);
    expect(found?.from).toBe(text.length - 2);
    expect(found?.options.map((o) => o.apply)).toEqual(["baseUrl", "token", "userId"]);
    expect(scriptVariableNameAt("pm.variables.set('", names)?.from).toBe(18);
    expect(scriptVariableNameAt('pm.collectionVariables.unset("', names)).not.toBeNull();
  });

  it("offers nothing elsewhere", () => {
    expect(scriptVariableNameAt('console.log("', names)).toBeNull();
    expect(scriptVariableNameAt('pm.environment.get("a") + "', names)).toBeNull();
    expect(scriptVariableNameAt("pm.environment.get(", names)).toBeNull();
  });
});
