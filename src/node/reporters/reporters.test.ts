import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ItemEvent, RunEvent, RunSummary } from "../../core/runner";
import { makeScopes } from "../../core/variables/scopes";
import { makeCliReporter } from "./cli";
import { makeJsonReporter } from "./json";
import { makeJunitReporter, xmlEscape } from "./junit";

const item = (name: string, passed: boolean): ItemEvent => ({
  type: "item",
  iteration: 0,
  index: 0,
  request: { id: `id-${name}`, name },
  path: ["Folder"],
  bodySize: 2,
  failed: !passed,
  result: {
    http: { method: "GET", url: "http://x/", headers: [["a", "b"]] },
    result: {
      ok: true,
      response: {
        status: 200,
        statusText: "OK",
        headers: [],
        body: new TextEncoder().encode("hi"),
        timeMs: 4,
        url: "http://x/",
        redirected: false,
      },
    },
    assertions: [
      {
        name: `${name} <check>`,
        passed,
        skipped: false,
        location: "request",
        ...(passed ? {} : { error: { name: "AssertionError", message: "expected 1 & 2" } }),
      },
    ],
    console: [],
    scopes: makeScopes(),
    skipped: false,
    errors: [],
    unresolved: [],
    warnings: [],
  },
});

const summary: RunSummary = {
  stats: {
    iterations: 1,
    items: { total: 2, failed: 1, skipped: 0 },
    requests: { total: 2, failed: 0 },
    assertions: { total: 2, failed: 1, skipped: 0 },
    scriptErrors: 0,
  },
  timings: {
    started: 0,
    completed: 9,
    responseTotal: 8,
    responseMin: 4,
    responseMax: 4,
    responseCount: 2,
  },
  scopes: makeScopes(),
  failed: true,
};

const events: RunEvent[] = [
  { type: "start", collection: { id: "c", name: "Col" }, iterations: 1, items: 2 },
  { type: "iteration", index: 0, count: 1, data: {} },
  item("A", true),
  item("B", false),
  { type: "done", summary },
];

describe("reporters", () => {
  it("json: Newman's shape with text bodies and failures", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "rep-")), "r.json");
    const r = makeJsonReporter(path, {
      collectionName: "Col",
      environmentName: "Env",
      finalScopes: () => ({ environment: { e: 1 }, globals: {} }),
    });
    events.forEach((e) => r.onEvent(e));
    await r.finish();
    const report = JSON.parse(readFileSync(path, "utf8"));
    expect(report.environment.values).toEqual([{ key: "e", value: 1, type: "any", enabled: true }]);
    expect(report.run.stats.assertions).toEqual({ total: 2, pending: 0, failed: 1 });
    expect(report.run.executions[0].response.body).toBe("hi");
    expect(report.run.executions[1].assertions[0].error.message).toBe("expected 1 & 2");
    expect(report.run.failures).toHaveLength(1);
    expect(report.run.failures[0].error.test).toBe("B <check>");
    expect(report.run.timings.responseAverage).toBe(4);
  });

  it("junit: a suite per execution, escaped, with failures counted", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "rep-")), "r.xml");
    const r = makeJunitReporter(path, "Col");
    events.forEach((e) => r.onEvent(e));
    await r.finish();
    const xml = readFileSync(path, "utf8");
    expect(xml).toContain('<testsuites name="Col" tests="2" failures="1" errors="0"');
    expect(xml).toContain('<testsuite name="Folder / B"');
    expect(xml).toContain('name="B &lt;check&gt;"');
    expect(xml).toContain('message="expected 1 &amp; 2"');
    expect(xmlEscape('\u0001a"')).toBe("a&quot;");
  });

  it("cli: lines per item, the summary table and the failure list", async () => {
    let text = "";
    const r = makeCliReporter((t) => (text += t), "Col");
    events.forEach((e) => r.onEvent(e));
    await r.finish();
    expect(text).toContain("→ Folder / A");
    expect(text).toContain("✓ A <check>");
    expect(text).toContain("1. B <check>");
    expect(text).toMatch(/│ assertions\s+│\s+2 │\s+1 │/);
    expect(text).toContain("expected 1 & 2");
  });
});
