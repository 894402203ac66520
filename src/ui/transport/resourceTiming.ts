/**
 * What Resource Timing tells about a fetch: the phases of the request to `url`, when the browser
 * exposes them. Cross-origin servers must send `Timing-Allow-Origin` for that; without it the
 * entry's phase fields are zero and only the total is known (the Timing tab says so).
 * @see https://www.w3.org/TR/resource-timing/#sec-cross-origin-resources
 */
import type { TimingPhases } from "../../core/http/transport";

/** The part of `performance` read here (tests pass a fake). */
export interface ResourceTimingSource {
  getEntriesByName(name: string, type?: string): PerformanceEntryList;
  clearResourceTimings?(): void;
  addEventListener?(type: "resourcetimingbufferfull", listener: () => void): void;
}

let watching = false;

/** Keeps room in the browser's entry buffer (250 by default), so later sends find their entry. */
function keepBufferRoom(perf: ResourceTimingSource): void {
  if (watching || !perf.addEventListener || !perf.clearResourceTimings) return;
  watching = true;
  perf.addEventListener("resourcetimingbufferfull", () => perf.clearResourceTimings?.());
}

const span = (from: number, to: number) => (from > 0 && to >= from ? to - from : 0);

/**
 * The phases of the latest request to `url` that started at or after `since` (performance.now
 * time), or undefined when the browser keeps them to itself.
 */
export function resourcePhases(
  url: string,
  since: number,
  perf: ResourceTimingSource | undefined = globalThis.performance,
): TimingPhases | undefined {
  if (!perf?.getEntriesByName) return undefined;
  keepBufferRoom(perf);
  const entry = (perf.getEntriesByName(url, "resource") as PerformanceResourceTiming[])
    .filter((e) => e.startTime >= since - 1)
    .at(-1);
  // Without Timing-Allow-Origin the request and response marks are 0.
  if (!entry || entry.requestStart === 0 || entry.responseStart === 0) return undefined;
  const tlsMs = span(entry.secureConnectionStart, entry.connectEnd);
  return {
    dnsMs: span(entry.domainLookupStart, entry.domainLookupEnd),
    connectMs: Math.max(0, span(entry.connectStart, entry.connectEnd) - tlsMs),
    tlsMs,
    firstByteMs: span(entry.requestStart, entry.responseStart),
    downloadMs: span(entry.responseStart, entry.responseEnd),
    redirectMs: span(entry.redirectStart, entry.redirectEnd),
    totalMs: Math.max(0, entry.responseEnd - entry.startTime),
  };
}
