/**
 * Host-side state of one stage: what the guest reports as it happens (console, test results,
 * errors, variable changes, setNextRequest, skipRequest, the visualizer) for the script that is
 * running (console arguments as text and as typed values, ./consoleValues.ts), its
 * pm.sendRequest calls through the host Transport and its `pm.cookies.jar()` calls against the
 * stage's jar (./stageJar.ts), each capped per script. Reports are plain strings
 * from the guest's captured channel; the host checks their shape and caps their size, so a
 * script cannot grow the host's memory without bound.
 */
import type { Clock } from "../../core/clock";
import type { CookieChange } from "../../core/cookies/types";
import { decodeUtf8 } from "../../core/pipeline/decode";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import type {
  AssertionResult,
  ConsoleEntry,
  SandboxContext,
  ScopeSnapshot,
  ScriptError,
} from "../../core/sandbox/types";
import { parseConsoleValues } from "./consoleValues";
import type { GuestErrorInfo } from "./engine";
import { makeStageJar } from "./stageJar";

/** One script's pending and settled sends; `wake` resolves the driver's wait early. */
export interface ScriptSink {
  location: string;
  /** `at`: performance.now() when reported (errors after a deadline are noise of the interrupt). */
  errors: (GuestErrorInfo & { at: number })[];
  sent: number;
  /** `pm.cookies.jar()` calls made. */
  jarCalls: number;
  pending: Set<number>;
  settled: [number, string][];
  wake?: () => void;
}

/** What a stage's scripts decided besides variables: the host keeps it between executions. */
export interface StageOutcome {
  /** undefined: not called; null: setNextRequest(null). */
  nextRequest?: string | null;
  skip: boolean;
  visualizer?: { template: string; data: unknown; options?: unknown };
}

export interface Collector {
  readonly assertions: AssertionResult[];
  readonly console: ConsoleEntry[];
  /** The scopes with every change reported so far (copied on first write). */
  readonly scopes: ScopeSnapshot;
  readonly outcome: StageOutcome;
  /** Errors of the stage not tied to a guest exception (output cut at its cap). */
  readonly notes: ScriptError[];
  sink: ScriptSink;
  emit(type: string, args: string[]): void;
  send(json: string): number;
  /** A jar call: its id, -1 past the per-script cap, -2 when the stage has no jar. */
  cookie(json: string): number;
  /** The jar changes of the stage so far (taken once, at its end). */
  takeCookieChanges(): CookieChange[];
}

/** Bytes of reports (console text, test names and messages, variable values) a stage may send. */
export const REPORT_BUDGET = 32 * 1024 * 1024;
const SCOPES = new Set<keyof ScopeSnapshot>(["globals", "collection", "environment", "local"]);
const LEVELS = new Set<ConsoleEntry["level"]>(["log", "info", "warn", "error", "debug"]);

export const newSink = (location: string): ScriptSink => ({
  location,
  errors: [],
  sent: 0,
  jarCalls: 0,
  pending: new Set(),
  settled: [],
});

/** The guest's view of a send result (body as text). */
export function guestSendResult(result: SendResult): string {
  if (!result.ok) return JSON.stringify({ ok: false, error: result.error });
  const r = result.response;
  return JSON.stringify({
    ok: true,
    response: {
      code: r.status,
      status: r.statusText,
      headers: r.headers,
      body: decodeUtf8(r.body),
      responseTime: r.timeMs,
      responseSize: r.body.byteLength,
    },
  });
}

/** Sets `key` as an own property even when it is "__proto__". */
function setOwn(store: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(store, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

export function makeCollector(opts: {
  clock: Clock;
  transport?: Transport;
  maxSendRequests: number;
  timeoutMs: number;
  scopes: ScopeSnapshot;
  cookieJar?: SandboxContext["cookieJar"];
  /** Jar calls per script. Default 1000. */
  maxJarCalls?: number;
  /**
   * The next order number for a console entry or assertion (`seq`); a sandbox shares one across
   * its stages so a test stage's reports follow its pre-request stage's. Default: from 1 per stage.
   */
  order?: () => number;
}): Collector {
  let seq = 0;
  let reported = 0;
  const order = opts.order ?? (() => ++reported);
  let budget = REPORT_BUDGET;
  let cut = false;
  const owned = new Set<string>();
  let scopes: ScopeSnapshot = opts.scopes;
  /** The scope to write, copied the first time this stage writes it. */
  const writable = (name: keyof ScopeSnapshot): Record<string, unknown> => {
    if (!owned.has(name)) {
      scopes = { ...scopes, [name]: { ...scopes[name] } };
      owned.add(name);
    }
    return scopes[name];
  };
  /** Takes `bytes` from the stage's report budget; false once it is spent (said once). */
  const afford = (bytes: number): boolean => {
    budget -= bytes;
    if (budget >= 0) return true;
    if (!cut) {
      cut = true;
      c.notes.push({
        code: "RUNTIME",
        message: `the scripts reported more than ${REPORT_BUDGET / 1048576} MiB (console output, test results, variables); the rest was dropped`,
        location: c.sink.location,
      });
    }
    return false;
  };
  const size = (args: string[]) => args.reduce((n, a) => n + a.length, 0);
  const jar = opts.cookieJar
    ? makeStageJar(opts.cookieJar, opts.clock, opts.transport?.capabilities)
    : undefined;
  /** Settles one call of `sink` (a send or a jar call) and wakes the driver. */
  const settle = (sink: ScriptSink, id: number, json: string) => {
    sink.pending.delete(id);
    sink.settled.push([id, json]);
    sink.wake?.();
  };

  const handlers: Record<string, (args: string[]) => void> = {
    console([level, json = "[]", valuesJson]) {
      const args = JSON.parse(json) as unknown;
      const lvl = LEVELS.has(level as ConsoleEntry["level"]) ? level : "log";
      const texts = Array.isArray(args) ? args.map((a) => String(a)) : [String(args)];
      const values = parseConsoleValues(valuesJson, texts.length);
      c.console.push({
        level: lvl as ConsoleEntry["level"],
        args: texts,
        ...(values ? { values } : {}),
        at: opts.clock.now(),
        location: c.sink.location,
        seq: order(),
      });
    },
    error([name = "Error", message = "", stack = ""]) {
      c.sink.errors.push({ name, message, stack, at: performance.now() });
    },
    test([name = "", flagText = "0", errorName = "", errorMessage = "", location = ""]) {
      const flags = Number(flagText);
      const result: AssertionResult = {
        name,
        passed: (flags & 1) !== 0,
        skipped: (flags & 2) !== 0,
        location: location || c.sink.location,
        seq: order(),
      };
      if (flags & 4) result.error = { name: errorName, message: errorMessage };
      c.assertions.push(result);
    },
    var([op, scope, key = "", json = ""]) {
      if (!SCOPES.has(scope as keyof ScopeSnapshot)) return;
      const store = writable(scope as keyof ScopeSnapshot);
      if (op === "set") setOwn(store, key, JSON.parse(json));
      else if (op === "unset") delete store[key];
      else if (op === "clear") for (const k of Object.keys(store)) delete store[k];
    },
    next([json = "null"]) {
      const name = JSON.parse(json) as unknown;
      c.outcome.nextRequest = typeof name === "string" ? name : null;
    },
    skip() {
      c.outcome.skip = true;
    },
    visualizer([json = ""]) {
      if (json === "") delete c.outcome.visualizer;
      else c.outcome.visualizer = JSON.parse(json) as StageOutcome["visualizer"];
    },
  };

  const c: Collector = {
    assertions: [],
    console: [],
    get scopes() {
      return scopes;
    },
    outcome: { skip: false },
    notes: [],
    sink: newSink(""),
    emit(type, args) {
      const handle = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
      if (!handle) return;
      // A script's effects always apply past the budget: the guest holds every variable too, so
      // they are bounded by its memory limit.
      const essential = type === "var" || type === "next" || type === "skip";
      if (!afford(size(args)) && !essential) return;
      handle(args);
    },
    send(json) {
      const sink = c.sink;
      if (sink.sent >= opts.maxSendRequests) return -1;
      sink.sent++;
      const id = ++seq;
      sink.pending.add(id);
      const done = (result: SendResult) => settle(sink, id, guestSendResult(result));
      const transport = opts.transport;
      if (!transport) {
        const error = { code: "NETWORK" as const, message: "pm.sendRequest is not available here" };
        queueMicrotask(() => done({ ok: false, error }));
        return id;
      }
      const request = JSON.parse(json) as HttpRequest;
      // With a jar, a script's request carries and keeps cookies as the item's own does (Newman).
      const sent = jar
        ? jar.send(request, (r) => transport.send(r, { timeoutMs: opts.timeoutMs }))
        : transport.send(request, { timeoutMs: opts.timeoutMs });
      sent.then(done, (e: unknown) =>
        done({
          ok: false,
          error: { code: "NETWORK", message: e instanceof Error ? e.message : String(e) },
        }),
      );
      return id;
    },
    cookie(json) {
      const sink = c.sink;
      if (!jar) return -2;
      if (sink.jarCalls >= (opts.maxJarCalls ?? 1000)) return -1;
      sink.jarCalls++;
      const id = ++seq;
      sink.pending.add(id);
      // A jar call's size counts against the report budget: past it, the call fails.
      const answer = afford(json.length)
        ? jar.run(json)
        : Promise.resolve({ ok: false, error: "pm.cookies.jar(): the scripts sent too much" });
      void answer.then((out) => settle(sink, id, JSON.stringify(out)));
      return id;
    },
    takeCookieChanges() {
      return jar ? jar.takeChanges() : [];
    },
  };
  return c;
}
