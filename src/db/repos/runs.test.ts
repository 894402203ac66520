import { describe, expect, it } from "vitest";
import { setup } from "../test/helpers";
import type { ExecutionRecord } from "../../core/report/types";
import { RUN_ROWS_CAP, RUNS_CAP } from "./types";
import type { StoredRun } from "../../core/runner/types";

const row = (index: number): ExecutionRecord => ({
  index,
  iteration: 0,
  item: { id: "r1", name: "Get" },
  path: [],
  request: { method: "GET", url: "http://x", headers: [] },
  response: { code: 200, status: "OK", headers: [], timeMs: 5, size: 2 },
  skipped: false,
  assertions: [{ name: "ok", passed: true, skipped: false }],
  failures: [],
});

function run(id: string, startedAt: number, collectionId = "c1", rows = [row(0)]): StoredRun {
  return {
    id,
    collectionId,
    collectionName: "API",
    target: { kind: "collection", id: collectionId, name: "API" },
    startedAt,
    stats: {
      iterations: 1,
      items: { total: rows.length, failed: 0, skipped: 0 },
      requests: { total: rows.length, failed: 0 },
      assertions: { total: rows.length, failed: 0, skipped: 0 },
      scriptErrors: 0,
    },
    timings: {
      started: startedAt,
      completed: startedAt + 10,
      responseTotal: 5,
      responseMin: 5,
      responseMax: 5,
      responseCount: 1,
    },
    failed: false,
    executions: rows,
  };
}

describe("runs", () => {
  it("lists a collection's runs newest first and gets one by id", async () => {
    const { repos } = setup();
    await repos.runs.add(run("a", 10));
    await repos.runs.add(run("b", 30));
    await repos.runs.add(run("x", 20, "c2"));
    expect((await repos.runs.list("c1")).map((r) => r.id)).toEqual(["b", "a"]);
    expect(await repos.runs.get("x")).toEqual(run("x", 20, "c2"));
    await repos.runs.remove("a");
    expect((await repos.runs.list("c1")).map((r) => r.id)).toEqual(["b"]);
  });

  it(`keeps the newest ${RUNS_CAP} runs overall`, async () => {
    const { repos, db } = setup();
    for (let i = 0; i < RUNS_CAP + 3; i++) await repos.runs.add(run(`r${i}`, i));
    expect(await db.runs.count()).toBe(RUNS_CAP);
    expect(await repos.runs.get("r2")).toBeUndefined();
    expect(await repos.runs.get("r3")).toBeDefined();
  });

  it(`stores at most ${RUN_ROWS_CAP} executions of one run`, async () => {
    const { repos } = setup();
    const rows = Array.from({ length: RUN_ROWS_CAP + 5 }, (_, i) => row(i));
    await repos.runs.add(run("big", 1, "c1", rows));
    const stored = await repos.runs.get("big");
    expect(stored?.executions).toHaveLength(RUN_ROWS_CAP);
    expect(stored?.stats.items.total).toBe(RUN_ROWS_CAP + 5);
  });
});
