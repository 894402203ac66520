// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ExecutionRecord } from "../../../core/report";
import type { StoredRun } from "../../../core/runner/types";
import { RunCompare } from "./RunCompare";

afterEach(cleanup);

const exec = (id: string, code: number): ExecutionRecord => ({
  iteration: 0,
  index: 0,
  item: { id, name: id },
  path: ["Users"],
  response: { code, status: "", headers: [], timeMs: 5, size: 0 },
  skipped: false,
  assertions: [],
  failures: [],
});
const run = (startedAt: number, executions: ExecutionRecord[]) =>
  ({ startedAt, executions }) as unknown as StoredRun;

describe("RunCompare", () => {
  it("keeps each request on its own row when the second run skipped one", () => {
    const a = run(1, [exec("List", 200), exec("Create", 201), exec("Delete", 204)]);
    const b = run(2, [exec("List", 200), exec("Delete", 404)]);
    render(() => <RunCompare a={a} b={b} />);
    const table = screen.getByRole("table", { name: "Run comparison" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Users / List", "1", "200", "5 ms", "0", "200", "5 ms", "0"],
      ["Users / Create", "1", "201", "5 ms", "0", "—", "—", "—"],
      ["Users / Delete", "1", "204", "5 ms", "0", "404", "5 ms", "0"],
    ]);
  });
});
