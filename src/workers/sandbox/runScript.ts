/**
 * Runs one script in a warm engine: wrap (async function, so top-level await works), compile,
 * start, then drive promise jobs, timers and pm.sendRequest results until nothing is pending —
 * Postman's completion rule — or the deadline passes.
 */
import type { ScriptError, ScriptErrorCode, ScriptSource } from "../../core/sandbox/types";
import type { ScriptSink } from "./collector";
import type { CallResult, Engine } from "./engine";
import { limitCode, toScriptError } from "./errors";

export interface ScriptOutcome {
  errors: ScriptError[];
  /** A limit was hit: the engine must be replaced. */
  fatal?: ScriptErrorCode;
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

/** Drives the engine until the script has nothing pending. Returns a limit code if one was hit. */
async function drive(
  engine: Engine,
  sink: ScriptSink,
  deadline: number,
): Promise<ScriptErrorCode | undefined> {
  const check = (r: CallResult): ScriptErrorCode | undefined => {
    if (r.ok) return undefined;
    sink.errors.push({ ...r.error, at: performance.now() });
    return limitCode(r.error);
  };
  for (;;) {
    const fatal = check(engine.jobs()) ?? sink.errors.map(limitCode).find(Boolean);
    if (fatal) return fatal;
    const now = performance.now();
    if (now > deadline) return "TIMEOUT";
    const poll = engine.call("poll", now);
    const pollFatal = check(poll);
    if (pollFatal || !poll.ok) return pollFatal ?? "TIMEOUT";
    const wait = poll.value as number;
    if (wait === 0) {
      const fired = check(engine.call("fire", now));
      if (fired) return fired;
      continue;
    }
    if (wait < 0 && sink.pending.size === 0 && sink.settled.length === 0) return undefined;
    if (sink.settled.length === 0) {
      const budget = deadline - performance.now();
      await sleep(wait < 0 ? budget : Math.min(wait, budget), sink);
    }
    for (const [id, json] of sink.settled.splice(0)) {
      const delivered = check(engine.call("deliver", id, json));
      if (delivered) return delivered;
    }
  }
}

/** Runs `script` in the engine's current stage; the sink collects what it reports. */
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
  let fatal: ScriptErrorCode | undefined;
  try {
    const started = engine.call("run", compiled.fn, script.location);
    if (!started.ok) sink.errors.push({ ...started.error, at: performance.now() });
  } finally {
    compiled.fn.dispose();
  }
  fatal = sink.errors.map(limitCode).find(Boolean) ?? (await drive(engine, sink, deadline));
  if (!fatal) {
    engine.setDeadline(performance.now() + Math.min(timeoutMs, 1000));
    const finished = engine.call("finish");
    if (!finished.ok) fatal = limitCode(finished.error) ?? undefined;
  }
  const errors = sink.errors
    .filter((e) => !limitCode(e) && !(fatal === "TIMEOUT" && e.at > deadline))
    .map((e) => toScriptError(e, { ...where, compiling: false }));
  return fatal ? { errors, fatal } : { errors };
}
