/**
 * Host-side state of one run: what the guest reports (console, assertions, errors) for the script
 * that is running, and its pm.sendRequest calls through the host Transport, capped per script.
 */
import type { Clock } from "../../core/env";
import { decodeUtf8 } from "../../core/pipeline/decode";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import type { AssertionResult, ConsoleEntry } from "../../core/sandbox/types";
import type { GuestErrorInfo } from "./engine";
import type { AssertionRow } from "./stage";
import { ASSERTION_ERROR, ASSERTION_PASSED, ASSERTION_SKIPPED } from "./stage";

/** One script's pending and settled sends; `wake` resolves the driver's wait early. */
export interface ScriptSink {
  location: string;
  /** `at`: performance.now() when reported (errors after a deadline are noise of the interrupt). */
  errors: (GuestErrorInfo & { at: number })[];
  sent: number;
  pending: Set<number>;
  settled: [number, string][];
  wake?: () => void;
}

export interface Collector {
  readonly assertions: AssertionResult[];
  readonly console: ConsoleEntry[];
  sink: ScriptSink;
  emit(type: string, json: string): void;
  /** Adds a stage's test results (from its end report). */
  addAssertions(rows: readonly AssertionRow[]): void;
  send(json: string): number;
}

export const newSink = (location: string): ScriptSink => ({
  location,
  errors: [],
  sent: 0,
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

export function makeCollector(opts: {
  clock: Clock;
  transport?: Transport;
  maxSendRequests: number;
  timeoutMs: number;
}): Collector {
  let seq = 0;
  const c: Collector = {
    assertions: [],
    console: [],
    sink: newSink(""),
    emit(type, json) {
      const data = JSON.parse(json) as Record<string, unknown>;
      const location = c.sink.location;
      if (type === "console") {
        const level = data.level as ConsoleEntry["level"];
        c.console.push({ level, args: data.args as string[], at: opts.clock.now(), location });
      } else if (type === "error") {
        c.sink.errors.push({ ...(data as unknown as GuestErrorInfo), at: performance.now() });
      }
    },
    addAssertions(rows) {
      for (const [name, flags, errorName, errorMessage, location] of rows) {
        const result: AssertionResult = {
          name,
          passed: (flags & ASSERTION_PASSED) !== 0,
          skipped: (flags & ASSERTION_SKIPPED) !== 0,
          location,
        };
        if (flags & ASSERTION_ERROR) result.error = { name: errorName, message: errorMessage };
        c.assertions.push(result);
      }
    },
    send(json) {
      const sink = c.sink;
      if (sink.sent >= opts.maxSendRequests) return -1;
      sink.sent++;
      const id = ++seq;
      sink.pending.add(id);
      const done = (result: SendResult) => {
        sink.pending.delete(id);
        sink.settled.push([id, guestSendResult(result)]);
        sink.wake?.();
      };
      const transport = opts.transport;
      if (!transport) {
        const error = { code: "NETWORK" as const, message: "pm.sendRequest is not available here" };
        queueMicrotask(() => done({ ok: false, error }));
        return id;
      }
      const request = JSON.parse(json) as HttpRequest;
      transport.send(request, { timeoutMs: opts.timeoutMs }).then(done, (e: unknown) =>
        done({
          ok: false,
          error: { code: "NETWORK", message: e instanceof Error ? e.message : String(e) },
        }),
      );
      return id;
    },
  };
  return c;
}
