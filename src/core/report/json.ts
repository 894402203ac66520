/**
 * Newman's JSON report (`run.stats`, `run.executions`, `run.failures`, `run.timings`) from a
 * RunRecord, so dashboards that read Newman's report read ours; bodies are text, not bytes.
 * @see ../shared/postman-semantics.md (the team folder beside the project root) (Runs: Newman's JSON report)
 */
import type { RunSummary } from "../runner/types";
import type { ExecutionRecord, ReportContext, RunRecord } from "./types";

const counter = (total: number, failed = 0) => ({ total, pending: 0, failed });
const values = (map: Record<string, unknown> = {}) =>
  Object.keys(map).map((key) => ({ key, value: map[key], type: "any", enabled: true }));
const pairs = (headers: [string, string][]) => headers.map(([key, value]) => ({ key, value }));

/** UTF-8 bytes of `text` through the host's TextEncoder (core's lib lacks its type). */
const encodeUtf8 = (text: string): Uint8Array =>
  new (
    globalThis as unknown as { TextEncoder: new () => { encode(t: string): Uint8Array } }
  ).TextEncoder().encode(text);

/** One execution as Newman writes it; bodies as text unless `bytes` (Newman's Buffer form). */
export function newmanExecution(e: ExecutionRecord, bytes = false) {
  return {
    cursor: { iteration: e.iteration, position: e.index },
    item: { id: e.item.id, name: e.item.name },
    ...(e.request && {
      request: {
        method: e.request.method,
        url: e.request.url,
        header: pairs(e.request.headers),
        ...(e.request.body !== undefined && { body: { mode: "raw", raw: e.request.body } }),
      },
    }),
    ...(e.response && {
      response: {
        code: e.response.code,
        status: e.response.status,
        header: pairs(e.response.headers),
        ...(bytes
          ? { stream: { type: "Buffer", data: [...encodeUtf8(e.response.body ?? "")] } }
          : { body: e.response.body ?? "" }),
        responseTime: e.response.timeMs,
        responseSize: e.response.size,
      },
    }),
    ...(e.requestError && { requestError: e.requestError }),
    assertions: e.assertions.map((a) => ({
      assertion: a.name,
      skipped: a.skipped,
      ...(a.error && { error: a.error }),
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

/** The whole Newman-shaped report object (serialize with JSON.stringify). */
export function buildNewmanReport(run: RunRecord, context: ReportContext = {}) {
  const executions = run.executions;
  const skipped = executions.filter((e) => e.skipped).length;
  const summary = run.summary;
  const t = summary?.timings;
  return {
    collection: { info: { _postman_id: run.collection.id, name: run.collection.name } },
    environment: { name: context.environmentName ?? "", values: values(context.environment) },
    globals: { values: values(context.globals) },
    run: {
      stats: summary ? newmanStats(summary, executions.length, skipped) : undefined,
      timings: {
        responseAverage: t?.responseCount ? t.responseTotal / t.responseCount : 0,
        responseMin: t?.responseMin ?? 0,
        responseMax: t?.responseMax ?? 0,
        started: t?.started ?? 0,
        completed: t?.completed ?? 0,
      },
      executions: executions.map((e) => newmanExecution(e, context.bodiesAsBytes)),
      transfers: { responseTotal: executions.reduce((n, e) => n + (e.response?.size ?? 0), 0) },
      failures: executions.flatMap((e) =>
        e.failures.map((f) => ({
          error: {
            name: f.name,
            message: f.message,
            ...(f.test !== undefined && { test: f.test }),
          },
          at: f.at,
          source: { id: e.item.id, name: e.item.name },
          cursor: { iteration: e.iteration, position: e.index },
        })),
      ),
      error: null,
    },
  };
}
