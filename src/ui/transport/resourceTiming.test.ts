// Resource Timing through fetch: the phases when the server allows them (Timing-Allow-Origin),
// nothing when the browser zeroes them, and only the entry of this send.
import { describe, expect, it } from "vitest";
import { resourcePhases } from "./resourceTiming";

const URL_A = "https://api.test/a";

/** An entry as Chromium records it (ms since the page's time origin). */
const entry = (over: Partial<PerformanceResourceTiming> = {}) =>
  ({
    name: URL_A,
    startTime: 100,
    redirectStart: 0,
    redirectEnd: 0,
    domainLookupStart: 101,
    domainLookupEnd: 105,
    connectStart: 105,
    secureConnectionStart: 110,
    connectEnd: 125,
    requestStart: 126,
    responseStart: 176,
    responseEnd: 196,
    ...over,
  }) as PerformanceResourceTiming;

const source = (...entries: PerformanceResourceTiming[]) => ({
  getEntriesByName: (name: string) => entries.filter((e) => e.name === name),
});

describe("resourcePhases", () => {
  it("splits an allowed entry into DNS, connect, TLS, first byte and download", () => {
    expect(resourcePhases(URL_A, 90, source(entry()))).toEqual({
      dnsMs: 4,
      connectMs: 5,
      tlsMs: 15,
      firstByteMs: 50,
      downloadMs: 20,
      redirectMs: 0,
      totalMs: 96,
    });
  });

  it("gives nothing when the browser hides the phases (no Timing-Allow-Origin)", () => {
    const hidden = entry({
      domainLookupStart: 0,
      domainLookupEnd: 0,
      connectStart: 0,
      connectEnd: 0,
      secureConnectionStart: 0,
      requestStart: 0,
      responseStart: 0,
    });
    expect(resourcePhases(URL_A, 90, source(hidden))).toBeUndefined();
  });

  it("reads the entry of this send, not an older request to the same URL", () => {
    const older = entry({ startTime: 10, responseEnd: 30, requestStart: 11, responseStart: 20 });
    expect(resourcePhases(URL_A, 90, source(older))).toBeUndefined();
    expect(resourcePhases(URL_A, 90, source(older, entry()))?.totalMs).toBe(96);
  });
});
