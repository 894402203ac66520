import { describe, expect, it } from "vitest";
import { phaseSpans, phaseSummary, timingScale } from "./timingPhases";

const timings = { dnsMs: 2, connectMs: 3, tlsMs: 0, firstByteMs: 40, downloadMs: 5, totalMs: 50 };

describe("phaseSpans", () => {
  it("lays the phases back to back from 0, a phase that did not happen at 0 ms", () => {
    expect(phaseSpans(timings).map((p) => [p.label, p.startMs, p.ms])).toEqual([
      ["DNS lookup", 0, 2],
      ["TCP connect", 2, 3],
      ["TLS handshake", 5, 0],
      ["Waiting (first byte)", 5, 40],
      ["Download", 45, 5],
    ]);
  });

  it("starts with the redirect hops only when there were some", () => {
    const spans = phaseSpans({ ...timings, redirectMs: 20, dnsMs: -4 });
    expect(spans.map((p) => [p.key, p.startMs, p.ms]).slice(0, 3)).toEqual([
      ["redirectMs", 0, 20],
      ["dnsMs", 20, 0],
      ["connectMs", 20, 3],
    ]);
  });
});

describe("timingScale and phaseSummary", () => {
  it("scales to the total, or to the phases when rounding made them longer", () => {
    expect(timingScale(timings)).toBe(50);
    expect(timingScale({ ...timings, totalMs: 49 })).toBe(50);
    expect(
      timingScale({
        ...timings,
        dnsMs: 0,
        connectMs: 0,
        firstByteMs: 0,
        downloadMs: 0,
        totalMs: 0,
      }),
    ).toBe(1);
  });

  it("writes one line through the duration formatter", () => {
    expect(phaseSummary({ ...timings, downloadMs: 1234.5 })).toBe(
      "DNS lookup 2 ms · TCP connect 3 ms · TLS handshake 0 ms · Waiting (first byte) 40 ms · Download 1.23 s",
    );
  });
});
