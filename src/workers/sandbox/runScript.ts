/**
 * Runs one script in an engine that has just begun its execution: wrap (async function, so
 * top-level await works), compile, start, then drive promise jobs, timers and pm.sendRequest
 * results until nothing is pending — Postman's completion rule — or the deadline passes.
 */
import type { ScriptError, ScriptErrorCode, ScriptSource } from "../../core/sandbox/types";
import type { ScriptSink } from "./collector";
import type { CallResult, Engine } from "./engine";
import { limitCode, toScriptError } from "./errors";

export interface ScriptOutcome {
  errors: ScriptError[];
  /** A limit was hit: the engine must be replaced. */
  fatal?: ScriptErrorCode;
  /** The script's end report (JSON: its changes to the request), when the guest gave it. */
  end?: string;
}

const sleep = (ms: number, sink: ScriptSink) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      clearTimeout(timer);
      sink.wake = undefined;
      resolve();
    }
    sink.wake = done;
  });

/** How a script's drive ended: its limit, or what the last poll said. */
type Driven = { fatal: ScriptErrorCode } | { fatal?: undefined; finished: boolean; end?: string };

/**
 * Drives the engine until the script has nothing pending. The last poll also finishes the
 * script's tests (`finished`) and returns its end report (`end`).
 */
async function drive(
  engine: Engine,
  sink: ScriptSink,
  deadline: number,
  timeoutMs: number,
): Promise<Driven> {
  const check = (r: CallResult): ScriptErrorCode | undefined => {
    if (r.ok) return undefined;
    sink.errors.push({ ...r.error, at: performance.now() });
    return limitCode(r.error);
  };
  for (;;) {
    const fatal = check(engine.jobs()) ?? sink.errors.map(limitCode).find(Boolean);
    if (fatal) return { fatal };
    const now = performance.now();
    if (now > deadline) return { fatal: "TIMEOUT" };
    const idle = sink.pending.size === 0 && sink.settled.length === 0;
    // An idle poll may finish the script: give that as long as finishing got before (≤ 1 s).
    if (idle) engine.setDeadline(Math.max(deadline, now + Math.min(timeoutMs, 1000)));
    const poll = engine.call("poll", now, idle ? 1 : 0);
    engine.setDeadline(deadline);
    const pollFatal = check(poll);
    if (pollFatal || !poll.ok) return { fatal: pollFatal ?? "TIMEOUT" };
    // "end-failed": finished, but the caller reads the end report itself (with more memory).
    if (poll.value === "finished" || poll.value === "end-failed") return { finished: true };
    if (poll.value.startsWith("{")) return { finished: true, end: poll.value };
    const wait = Number(poll.value);
    if (wait === 0) {
      const fired = check(engine.call("fire", now));
      if (fired) return { fatal: fired };
      continue;
    }
    if (sink.settled.length === 0) {
      const budget = deadline - performance.now();
      await sleep(wait < 0 ? budget : Math.min(wait, budget), sink);
    }
    for (const [id, json] of sink.settled.splice(0)) {
      const delivered = check(engine.call("deliver", id, json));
      if (delivered) return { fatal: delivered };
    }
  }
}

/**
 * Runs `script` in the engine's current execution; the sink collects what it reports. The
 * outcome carries the end report when the guest could give it (otherwise the caller asks).
 */
export async function runScript(
  engine: Engine,
  script: ScriptSource,
  sink: ScriptSink,
  timeoutMs: number,
): Promise<ScriptOutcome> {
  const filename = `${script.location}.js`;
  const lineCount = script.code.split("\n").length;
  const where = { location: script.location, filename, lineCount };
  const deadline = performance.now() + timeoutMs;
  engine.setDeadline(deadline);
  const source = `(async function () {{\n${script.code}\n}})`;
  const compiled = engine.compile(source, filename);
  if (!("fn" in compiled)) {
    const error = compiled.ok ? undefined : compiled.error;
    if (!error) return { errors: [] };
    const fatal = limitCode(error);
    return fatal
      ? { errors: [], fatal }
      : { errors: [toScriptError(error, { ...where, compiling: true })] };
  }
  try {
    const started = engine.call("run", compiled.fn, script.location);
    if (!started.ok) sink.errors.push({ ...started.error, at: performance.now() });
  } finally {
    compiled.fn.dispose();
  }
  const early = sink.errors.map(limitCode).find(Boolean);
  const driven: Driven = early ? { fatal: early } : await drive(engine, sink, deadline, timeoutMs);
  let fatal = driven.fatal;
  if (!driven.fatal && !driven.finished) {
    engine.setDeadline(performance.now() + Math.min(timeoutMs, 1000));
    const finished = engine.call("finish");
    if (!finished.ok) fatal = limitCode(finished.error) ?? undefined;
  }
  const errors = sink.errors
    .filter((e) => !limitCode(e) && !(fatal === "TIMEOUT" && e.at > deadline))
    .map((e) => toScriptError(e, { ...where, compiling: false }));
  const end = !driven.fatal ? driven.end : undefined;
  return { errors, ...(fatal ? { fatal } : {}), ...(end !== undefined ? { end } : {}) };
}
