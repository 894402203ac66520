import { describe, expect, it } from "vitest";
import { keepTimings } from "./timing";
import type { TimingPhases } from "./transport";

describe("keepTimings", () => {
  it("copies the seven known fields and drops anything else", () => {
    const given = {
      dnsMs: 1,
      connectMs: 2,
      tlsMs: 3,
      firstByteMs: 4,
      downloadMs: 5,
      redirectMs: 6,
      totalMs: 21,
      extra: "x",
    } as TimingPhases;
    const kept = keepTimings(given);
    expect(kept).toEqual({
      dnsMs: 1,
      connectMs: 2,
      tlsMs: 3,
      firstByteMs: 4,
      downloadMs: 5,
      redirectMs: 6,
      totalMs: 21,
    });
    expect(kept).not.toBe(given);
  });

  it("reads negative, NaN and missing numbers as 0 and leaves out a zero redirectMs", () => {
    const odd = {
      dnsMs: -1,
      connectMs: Number.NaN,
      tlsMs: Number.POSITIVE_INFINITY,
      firstByteMs: "7",
      downloadMs: 2,
      redirectMs: 0,
      totalMs: 2,
    } as unknown as TimingPhases;
    expect(keepTimings(odd)).toEqual({
      dnsMs: 0,
      connectMs: 0,
      tlsMs: 0,
      firstByteMs: 0,
      downloadMs: 2,
      totalMs: 2,
    });
    expect(keepTimings(undefined)).toBeUndefined();
  });
});
