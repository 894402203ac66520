import { describe, expect, it } from "vitest";
import type { ExecutionRecord } from "../../../core/report";
import { compareRows } from "./compareRows";

let index = 0;
const exec = (id: string, iteration = 0, code = 200): ExecutionRecord => ({
  iteration,
  index: index++,
  item: { id, name: `Request ${id}` },
  path: [],
  response: { code, status: "", headers: [], timeMs: 1, size: 0 },
  skipped: false,
  assertions: [],
  failures: [],
});

/** Each row as "id#iteration: a-status / b-status" ("-" where that run did not run it). */
const show = (a: ExecutionRecord[], b: ExecutionRecord[]) =>
  compareRows(a, b).map(
    (r) =>
      `${r.name.slice(8)}#${r.iteration}: ${r.a?.response?.code ?? "-"} / ${r.b?.response?.code ?? "-"}`,
  );

describe("compareRows", () => {
  it("lines runs up by request and iteration when the second skipped a request", () => {
    const a = [exec("1"), exec("2"), exec("3"), exec("1", 1), exec("2", 1), exec("3", 1)];
    const b = [exec("1", 0, 201), exec("3", 0, 203), exec("1", 1, 201), exec("2", 1, 202)];
    expect(show(a, b)).toEqual([
      "1#0: 200 / 201",
      "2#0: 200 / -",
      "3#0: 200 / 203",
      "1#1: 200 / 201",
      "2#1: 200 / 202",
      "3#1: 200 / -",
    ]);
  });

  it("puts what only the second run ran where it ran, so later rows still match", () => {
    const a = [exec("1"), exec("3")];
    const b = [exec("0", 0, 500), exec("1", 0, 201), exec("2", 0, 202), exec("3", 0, 203)];
    expect(show(a, b)).toEqual([
      "0#0: - / 500",
      "1#0: 200 / 201",
      "2#0: - / 202",
      "3#0: 200 / 203",
    ]);
  });

  it("matches a request run twice in one iteration time for time", () => {
    const a = [exec("1"), exec("2"), exec("1", 0, 299)];
    const b = [exec("1", 0, 201), exec("2", 0, 202)];
    expect(show(a, b)).toEqual(["1#0: 200 / 201", "2#0: 200 / 202", "1#0: 299 / -"]);
  });
});
