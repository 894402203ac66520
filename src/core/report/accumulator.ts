/**
 * Turns the runner's event stream into a RunRecord for the report builders. Bounded: it keeps a
 * compact record per execution (heads, assertions, failures) and drops bodies unless asked.
 */
import { keepTimings } from "../http/timing";
import { decodeUtf8 } from "../pipeline/decode";
import type { ItemEvent, RunEvent } from "../runner/types";
import { failuresOf } from "./failures";
import type { ExecutionRecord, RunRecord } from "./types";

/** What to keep beyond the defaults. */
export interface AccumulatorOptions {
  /** Keep request and response bodies as text (default false: sizes only). */
  keepBodies?: boolean;
  /** Cut kept bodies to this many characters (default 1 MiB). */
  maxBodyChars?: number;
}

/** Collects events with `add`; `record()` returns the run so far (cheap, not copied). */
export interface RunAccumulator {
  add(event: RunEvent): void;
  record(): RunRecord;
}

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The compact record of one item event. */
export function executionRecord(
  event: ItemEvent,
  options: AccumulatorOptions = {},
): ExecutionRecord {
  const r = event.result;
  const keep = options.keepBodies === true;
  const max = options.maxBodyChars ?? 1 << 20;
  const res = r.result?.ok ? r.result.response : undefined;
  const body = r.http?.body;
  const timings = keepTimings(res?.timings);
  return {
    iteration: event.iteration,
    index: event.index,
    item: { id: event.request.id, name: event.request.name },
    path: event.path,
    ...(r.http && {
      request: {
        method: r.http.method,
        url: r.http.url,
        headers: r.http.headers.map(([k, v]): [string, string] => [k, v]),
        ...(keep && body?.kind === "text" && { body: cut(body.text, max) }),
      },
    }),
    ...(res && {
      response: {
        code: res.status,
        status: res.statusText,
        headers: res.headers.map(([k, v]): [string, string] => [k, v]),
        ...(keep && { body: cut(decodeUtf8(res.body), max) }),
        timeMs: res.timeMs,
        size: event.bodySize,
        ...(timings && { timings }),
      },
    }),
    ...(r.result &&
      !r.result.ok && {
        requestError: { code: r.result.error.code, message: r.result.error.message },
      }),
    skipped: r.skipped,
    assertions: r.assertions.map((a) => ({
      name: a.name,
      passed: a.passed,
      skipped: a.skipped,
      ...(!a.passed &&
        !a.skipped && {
          error: { name: a.error?.name ?? "AssertionError", message: a.error?.message ?? "" },
        }),
    })),
    failures: failuresOf(event),
  };
}

/** A fresh accumulator for one run. */
export function makeRunAccumulator(options: AccumulatorOptions = {}): RunAccumulator {
  const run: RunRecord = { collection: { id: "", name: "" }, executions: [] };
  return {
    add(event) {
      if (event.type === "start") run.collection = { ...event.collection };
      else if (event.type === "item") run.executions.push(executionRecord(event, options));
      else if (event.type === "done") run.summary = event.summary;
    },
    record: () => run,
  };
}
