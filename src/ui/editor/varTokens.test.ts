import { describe, expect, it } from "vitest";
import type { VariableLookup } from "../../core/variables/lookup";
import {
  SECRET_MASK,
  VAR_MISSING,
  VAR_OK,
  classifyTokens,
  completeNames,
  describeVariable,
  openTokenBefore,
  segmentText,
  tokenAt,
} from "./varTokens";

const lookup: VariableLookup = (name) =>
  name === "host"
    ? { value: "api.test", scope: "environment", secret: false }
    : name === "token"
      ? { value: "s3cret", scope: "collection", secret: true }
      : undefined;

describe("varTokens", () => {
  it("classes resolved and unresolved tokens", () => {
    expect(classifyTokens("https://{{host}}/{{nope}}", lookup)).toEqual([
      { from: 8, to: 16, name: "host", className: VAR_OK },
      { from: 17, to: 25, name: "nope", className: VAR_MISSING },
    ]);
  });

  it("segments text so the pieces join back to the input", () => {
    const text = "a{{host}}b{{x}}";
    const segments = segmentText(text, lookup);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => s.token?.className ?? "-")).toEqual(["-", VAR_OK, "-", VAR_MISSING]);
  });

  it("finds the token at a caret position, inclusive of its ends", () => {
    expect(tokenAt("x {{host}} y", 2)?.name).toBe("host");
    expect(tokenAt("x {{host}} y", 10)?.name).toBe("host");
    expect(tokenAt("x {{host}} y", 1)).toBeUndefined();
  });

  it("describes values with scope, masking secrets, and undefined names", () => {
    expect(describeVariable("host", lookup)).toMatchObject({
      value: "api.test",
      scope: "environment",
    });
    expect(describeVariable("token", lookup)).toMatchObject({
      value: SECRET_MASK,
      scope: "collection",
    });
    expect(describeVariable("nope", lookup)).toMatchObject({
      scope: "not defined",
      defined: false,
    });
  });

  it("offers completion after an open {{", () => {
    expect(openTokenBefore("a {{ho", 6)).toEqual({ prefix: "ho", from: 2 });
    expect(openTokenBefore("a {{host}} b", 12)).toBeUndefined();
    expect(completeNames(["host", "Hostname", "token", "host"], "ho")).toEqual([
      "host",
      "Hostname",
    ]);
  });
});
