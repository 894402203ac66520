/**
 * Timing phases kept beyond the send: history entries and run records store a copy of a
 * response's {@link TimingPhases} (seven numbers), never whatever else a transport attached.
 */
import type { TimingPhases } from "./transport";

const num = (value: unknown): number =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;

/**
 * A plain copy of `timings` with only the known fields, each a finite number ≥ 0 (anything else
 * reads 0); `redirectMs` only when it is above 0. Undefined in, undefined out.
 */
export function keepTimings(timings: TimingPhases | undefined): TimingPhases | undefined {
  if (!timings) return undefined;
  const redirectMs = num(timings.redirectMs);
  return {
    dnsMs: num(timings.dnsMs),
    connectMs: num(timings.connectMs),
    tlsMs: num(timings.tlsMs),
    firstByteMs: num(timings.firstByteMs),
    downloadMs: num(timings.downloadMs),
    ...(redirectMs > 0 && { redirectMs }),
    totalMs: num(timings.totalMs),
  };
}
