/**
 * The JSON reporter in the shape of Newman's (`run.stats`, `run.executions`, `run.failures`,
 * `run.timings`) so dashboards that read Newman's report read ours; bodies are text, not bytes.
 * @see ../../../../shared/postman-semantics.md (Runs: Newman's JSON report)
 */
import { writeFile } from "node:fs/promises";
import type { ItemEvent, RunEvent, RunSummary } from "../../core/runner";
import { failuresOf } from "./failures";
import type { ReportContext, Reporter } from "./types";

const counter = (total: number, failed = 0) => ({ total, pending: 0, failed });
const values = (map: Record<string, unknown>) =>
  Object.keys(map).map((key) => ({ key, value: map[key], type: "any", enabled: true }));

/** One execution as Newman writes it. */
export function execution(event: ItemEvent) {
  const r = event.result;
  const res = r.result?.ok ? r.result.response : undefined;
  return {
    cursor: { iteration: event.iteration, position: event.index },
    item: { id: event.request.id, name: event.request.name },
    ...(r.http
      ? {
          request: {
            method: r.http.method,
            url: r.http.url,
            header: r.http.headers.map(([key, value]) => ({ key, value })),
            ...(r.http.body?.kind === "text"
              ? { body: { mode: "raw", raw: r.http.body.text } }
              : {}),
          },
        }
      : {}),
    ...(res
      ? {
          response: {
            code: res.status,
            status: res.statusText,
            header: res.headers.map(([key, value]) => ({ key, value })),
            body: new TextDecoder().decode(res.body),
            responseTime: res.timeMs,
            responseSize: event.bodySize,
          },
        }
      : {}),
    ...(r.result && !r.result.ok ? { requestError: r.result.error } : {}),
    assertions: r.assertions.map((a) => ({
      assertion: a.name,
      skipped: a.skipped,
      ...(!a.passed && !a.skipped
        ? { error: { name: a.error?.name ?? "AssertionError", message: a.error?.message ?? "" } }
        : {}),
    })),
  };
}

/** Newman's run.stats from our totals (script counts are per item, not per script). */
export function newmanStats(summary: RunSummary, executed: number, skipped: number) {
  const s = summary.stats;
  return {
    iterations: counter(s.iterations),
    items: counter(s.items.total, 0),
    scripts: counter(executed * 2 - skipped, s.scriptErrors),
    prerequests: counter(executed),
    requests: counter(s.requests.total, s.requests.failed),
    tests: counter(executed - skipped),
    assertions: counter(s.assertions.total, s.assertions.failed),
    testScripts: counter(executed - skipped),
    prerequestScripts: counter(executed),
  };
}

/** A reporter that writes Newman-shaped JSON to `path` when the run ends. */
export function makeJsonReporter(path: string, context: ReportContext): Reporter {
  const executions: ReturnType<typeof execution>[] = [];
  const failures: unknown[] = [];
  let summary: RunSummary | undefined;
  let skipped = 0;
  return {
    onEvent(event: RunEvent) {
      if (event.type === "item") {
        executions.push(execution(event));
        if (event.result.skipped) skipped++;
        for (const f of failuresOf(event))
          failures.push({
            error: { name: f.name, message: f.message, ...(f.test ? { test: f.test } : {}) },
            at: f.at,
            source: { id: event.request.id, name: event.request.name },
            cursor: { iteration: event.iteration, position: event.index },
          });
      } else if (event.type === "done") summary = event.summary;
    },
    async finish() {
      if (!summary) return;
      const t = summary.timings;
      const scopes = context.finalScopes();
      const report = {
        collection: { info: { name: context.collectionName } },
        environment: { name: context.environmentName, values: values(scopes.environment) },
        globals: { values: values(scopes.globals) },
        run: {
          stats: newmanStats(summary, executions.length, skipped),
          timings: {
            responseAverage: t.responseCount ? t.responseTotal / t.responseCount : 0,
            responseMin: t.responseMin,
            responseMax: t.responseMax,
            started: t.started,
            completed: t.completed,
          },
          executions,
          transfers: { responseTotal: 0 },
          failures,
          error: null,
        },
      };
      report.run.transfers.responseTotal = executions.reduce(
        (n, e) => n + (e.response?.responseSize ?? 0),
        0,
      );
      await writeFile(path, JSON.stringify(report, null, 2));
    },
  };
}
