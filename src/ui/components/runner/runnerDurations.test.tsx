// @vitest-environment jsdom
/**
 * Regression (issue 11): the runner's results, chart and comparison wrote raw measurements
 * ("5.300000000046566 ms"); they use core's one duration formatter, as the status bar does.
 */
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ExecutionRecord } from "../../../core/report";
import { ResponseChart } from "./ResponseChart";
import { ResultRow } from "./ResultRow";
import { RunCompare } from "./RunCompare";
import type { StoredRun } from "../../../core/runner/types";

afterEach(cleanup);

function execution(timeMs: number): ExecutionRecord {
  return {
    iteration: 0,
    index: 0,
    item: { id: "r1", name: "Get user" },
    path: [],
    response: { code: 200, status: "OK", headers: [], timeMs, size: 2 },
    skipped: false,
    assertions: [],
    failures: [],
  };
}

function run(timeMs: number, startedAt: number): StoredRun {
  return {
    id: `run-${startedAt}`,
    collectionId: "c",
    collectionName: "C",
    target: { kind: "collection", id: "c", name: "C" },
    startedAt,
    stats: {
      iterations: 1,
      items: { total: 1, failed: 0, skipped: 0 },
      requests: { total: 1, failed: 0 },
      assertions: { total: 0, failed: 0, skipped: 0 },
      scriptErrors: 0,
    },
    timings: {
      started: 0,
      completed: timeMs,
      responseTotal: timeMs,
      responseMin: timeMs,
      responseMax: timeMs,
      responseCount: 1,
    },
    failed: false,
    executions: [execution(timeMs)],
  };
}

describe("durations in the runner", () => {
  it("a result row rounds the measured time", () => {
    render(() => (
      <ul>
        <ResultRow execution={execution(5.300000000046566)} onOpen={() => {}} />
      </ul>
    ));
    const row = screen.getByRole("listitem");
    expect(row.textContent).toContain("5 ms");
    expect(row.textContent).not.toContain("5.3");
  });

  it("the comparison table writes both runs' times like the status bar", () => {
    render(() => <RunCompare a={run(5.300000000046566, 1)} b={run(2330, 2)} />);
    const table = screen.getByRole("table", { name: "Run comparison" });
    const cells = within(table)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(within(table).getByRole("rowheader").textContent).toBe("Get user");
    expect(cells).toEqual(["1", "200 OK", "5 ms", "0", "200 OK", "2.33 s", "0"]);
  });

  it("the chart's percentiles and bar titles use the same formatter", () => {
    render(() => <ResponseChart executions={[execution(2330.25)]} />);
    const figure = screen.getByRole("figure");
    expect(figure.querySelector("figcaption")?.textContent).toBe("p50 2.33 sp95 2.33 s");
    expect(figure.querySelector("title")?.textContent).toBe("Get user: 2.33 s");
  });
});
