/**
 * The timing phases as people read them: names, order and geometry shared by the response's
 * Timing tab, the history row and the runner's stacked chart, so a phase has one name everywhere.
 */
import { formatDuration } from "../../../core/format/duration";
import type { TimingPhases } from "../../../core/http/transport";

/** A phase's field in {@link TimingPhases}. */
export type PhaseKey =
  "redirectMs" | "dnsMs" | "connectMs" | "tlsMs" | "firstByteMs" | "downloadMs";

/** Every phase in the order it happens, with its label and CSS class (its colour). */
export const PHASES: readonly { key: PhaseKey; label: string; className: string }[] = [
  { key: "redirectMs", label: "Redirects", className: "phase-redirect" },
  { key: "dnsMs", label: "DNS lookup", className: "phase-dns" },
  { key: "connectMs", label: "TCP connect", className: "phase-connect" },
  { key: "tlsMs", label: "TLS handshake", className: "phase-tls" },
  { key: "firstByteMs", label: "Waiting (first byte)", className: "phase-first-byte" },
  { key: "downloadMs", label: "Download", className: "phase-download" },
];

/** One phase of one exchange: where it starts after the send began, and how long it took. */
export interface PhaseSpan {
  key: PhaseKey;
  label: string;
  className: string;
  startMs: number;
  ms: number;
}

const ms = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;

/**
 * The phases back to back from 0. Every phase is listed (a phase that did not happen reads 0),
 * except Redirects, which only a redirected send has.
 */
export function phaseSpans(timings: TimingPhases): PhaseSpan[] {
  let start = 0;
  return PHASES.filter((p) => p.key !== "redirectMs" || ms(timings.redirectMs) > 0).map((p) => {
    const span = { ...p, startMs: start, ms: ms(timings[p.key]) };
    start += span.ms;
    return span;
  });
}

/** The span a bar chart scales to: the total, or the phases' sum if rounding made it larger. */
export function timingScale(timings: TimingPhases): number {
  const sum = phaseSpans(timings).reduce((total, p) => total + p.ms, 0);
  return Math.max(ms(timings.totalMs), sum, 1);
}

/** "DNS lookup 3 ms · TCP connect 12 ms · …" on one line, through the one duration formatter. */
export function phaseSummary(timings: TimingPhases): string {
  return phaseSpans(timings)
    .map((p) => `${p.label} ${formatDuration(p.ms)}`)
    .join(" · ");
}
