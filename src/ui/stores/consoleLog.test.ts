import { describe, expect, it } from "vitest";
import type { ConsoleEntry } from "../../core/sandbox/types";
import { appendConsole, keepConsole } from "./consoleLog";

const entries = (from: number, to: number): ConsoleEntry[] =>
  Array.from({ length: to - from }, (_, i) => ({
    level: "log",
    args: [String(from + i)],
    at: 0,
    location: "request",
  }));
const texts = (list: ConsoleEntry[]) => list.map((e) => e.args[0]);

describe("console log", () => {
  it("keeps everything under the cap", () => {
    const log = appendConsole(keepConsole(entries(0, 2), 5), entries(2, 4), 5);
    expect(texts(log.console)).toEqual(["0", "1", "2", "3"]);
    expect(log.consoleTotal).toBe(4);
  });

  it("keeps the last entries and counts all of them", () => {
    const first = keepConsole(entries(0, 4), 3);
    expect(texts(first.console)).toEqual(["1", "2", "3"]);
    const next = appendConsole(first, entries(4, 6), 3);
    expect(texts(next.console)).toEqual(["3", "4", "5"]);
    expect(next.consoleTotal).toBe(6);
    const flood = appendConsole(next, entries(6, 200_000), 3);
    expect(texts(flood.console)).toEqual(["199997", "199998", "199999"]);
    expect(flood.consoleTotal).toBe(200_000);
    expect(texts(first.console)).toEqual(["1", "2", "3"]);
  });
});
