import { describe, expect, it } from "vitest";
import type { AssertionResult, ScriptError } from "../../../core/sandbox/types";
import { testSummary } from "./testSummary";

const a = (passed: boolean, skipped = false): AssertionResult => ({
  name: "t",
  passed,
  skipped,
  location: "request",
});
const boom: ScriptError = { code: "RUNTIME", message: "x", location: "request" };

describe("testSummary", () => {
  it("labels the tab with passed out of run, and is green when all pass", () => {
    const s = testSummary([a(true), a(true), a(true)], []);
    expect(s).toMatchObject({
      label: "Tests 3/3",
      tone: "pass",
      text: "3 passed, 0 failed, 0 skipped",
    });
  });

  it("is red when one fails, and leaves skipped tests out of the ratio", () => {
    const s = testSummary([a(true), a(true), a(true), a(false), a(false, true)], []);
    expect(s).toMatchObject({ label: "Tests 3/4", tone: "fail", failed: 1, skipped: 1 });
  });

  it("says script error in the singular, and errors in the plural", () => {
    expect(testSummary([a(true)], [boom]).text).toBe(
      "1 passed, 0 failed, 0 skipped, 1 script error",
    );
    expect(testSummary([a(true)], [boom]).label).toBe("Tests 1/1 · 1 script error");
    expect(testSummary([a(true)], [boom]).tone).toBe("fail");
    expect(testSummary([], [boom, boom]).text).toBe(
      "0 passed, 0 failed, 0 skipped, 2 script errors",
    );
  });

  it("has no tone when nothing ran", () => {
    expect(testSummary([a(false, true)], []).tone).toBeUndefined();
  });
});
