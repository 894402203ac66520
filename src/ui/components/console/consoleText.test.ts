import { describe, expect, it } from "vitest";
import type { ConsoleEntry } from "../../../core/sandbox/types";
import { consoleText } from "./consoleText";

const entry = (...args: string[]): ConsoleEntry => ({ level: "log", args, at: 0, location: "" });

describe("consoleText", () => {
  it("joins short entries whole", () => {
    expect(consoleText(entry("a", "bc"), 10)).toEqual({ text: "a bc", cut: false, length: 4 });
  });

  it("cuts long entries at the limit, across arguments", () => {
    expect(consoleText(entry("abc", "defgh"), 6)).toEqual({ text: "abc de", cut: true, length: 9 });
    const huge = consoleText(entry("x".repeat(50_000_000)), 2_000);
    expect(huge.text.length).toBe(2_000);
    expect(huge.length).toBe(50_000_000);
  });
});
