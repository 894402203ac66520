import { describe, expect, it } from "vitest";
import { CONSOLE_TAIL, withConsoleTail } from "./console";
import type { SandboxResult } from "./types";

const result = (lines: number): SandboxResult => ({
  assertions: [],
  console: Array.from({ length: lines }, (_, i) => ({
    level: "log",
    args: [`line ${i}`],
    at: 0,
    location: "request",
  })),
  scopes: { globals: {}, collection: {}, environment: {}, data: {}, local: {} },
  request: { method: "GET", url: "http://x/", headers: [] },
  skipRequest: false,
  errors: [],
});

describe("withConsoleTail", () => {
  it("keeps the last entries of a flood and counts them all", () => {
    const r = withConsoleTail(result(200_000));
    expect(r.console).toHaveLength(CONSOLE_TAIL);
    expect(r.console[0]?.args).toEqual([`line ${200_000 - CONSOLE_TAIL}`]);
    expect(r.consoleTotal).toBe(200_000);
  });

  it("keeps a short console whole, and an earlier total", () => {
    expect(withConsoleTail(result(3)).console).toHaveLength(3);
    expect(withConsoleTail({ ...result(3), consoleTotal: 9 }, 2)).toMatchObject({
      consoleTotal: 9,
      console: [{ args: ["line 1"] }, { args: ["line 2"] }],
    });
  });
});
