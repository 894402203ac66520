import { describe, expect, it } from "vitest";
import type { AssertionResult, ConsoleEntry } from "../../core/sandbox/types";
import { interleave } from "./interleave";

const log = (text: string, seq?: number): ConsoleEntry => ({
  level: "log",
  args: [text],
  at: 0,
  location: "request",
  ...(seq !== undefined ? { seq } : {}),
});
const test = (name: string, seq?: number): AssertionResult => ({
  name,
  passed: true,
  skipped: false,
  location: "request",
  ...(seq !== undefined ? { seq } : {}),
});

const shape = (parts: ReturnType<typeof interleave>) =>
  parts.map((p) => (p.kind === "console" ? p.entries.map((e) => e.args[0]) : p.assertion.name));

describe("interleave", () => {
  it("merges console runs and assertions by seq, one box per run of console lines", () => {
    const parts = interleave(
      [log("a", 1), log("b", 3), log("c", 4), log("d", 7)],
      [test("t1", 2), test("t2", 5), test("t3", 6)],
    );
    expect(shape(parts)).toEqual([["a"], "t1", ["b", "c"], "t2", "t3", ["d"]]);
  });

  it("keeps the older order (console, then assertions) when a report has no seq", () => {
    const parts = interleave([log("a", 3), log("b")], [test("t1", 1)]);
    expect(shape(parts)).toEqual([["a", "b"], "t1"]);
  });
});
