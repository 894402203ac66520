/**
 * The Timing tab: each phase of the exchange (DNS lookup, TCP connect, TLS handshake, waiting for
 * the first byte, download) as a labelled bar placed where it happened within the total, or, when
 * the transport could not measure phases (the browser's fetch), the total and why.
 */
import { For, Show, createMemo } from "solid-js";
import type { TimingPhases } from "../../../core/http/transport";
import { formatDuration } from "../../../core/format/duration";
import { phaseSpans, timingScale } from "./timingPhases";
import "../../styles/timing.css";

/** Props of {@link TimingView}. */
export interface TimingViewProps {
  /** The measured phases; absent when the transport cannot see them. */
  timings: TimingPhases | undefined;
  /** The response's own total, shown when there are no phases. */
  timeMs: number;
}

/** Why fetch shows no phases, and how to get them. */
export const FETCH_TIMING_NOTE =
  "The browser's fetch exposes only the total time for cross-origin requests without " +
  "Timing-Allow-Origin; send through the local agent to see DNS, connect, TLS, first byte and " +
  "download.";

/** A table of phases with a waterfall bar each, totalled in the footer. */
export function TimingView(props: TimingViewProps) {
  return (
    <div class="response-timing">
      <Show
        when={props.timings}
        fallback={
          <>
            <p class="response-note">{FETCH_TIMING_NOTE}</p>
            <p class="timing-total">
              <span class="response-metric-label">Total</span> {formatDuration(props.timeMs)}
            </p>
          </>
        }
      >
        {(timings) => <PhaseTable timings={timings()} timeMs={props.timeMs} />}
      </Show>
    </div>
  );
}

function PhaseTable(props: { timings: TimingPhases; timeMs: number }) {
  const spans = createMemo(() => phaseSpans(props.timings));
  const scale = createMemo(() => timingScale(props.timings));
  const pct = (ms: number) => `${((ms / scale()) * 100).toFixed(2)}%`;
  const total = () => (props.timings.totalMs > 0 ? props.timings.totalMs : props.timeMs);
  return (
    <table class="timing-table">
      <caption class="visually-hidden">Timing phases</caption>
      <thead>
        <tr>
          <th scope="col">Phase</th>
          <th scope="col">Time</th>
          <th scope="col">
            <span class="visually-hidden">Timeline</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={spans()}>
          {(span) => (
            <tr class={span.className}>
              <th scope="row">{span.label}</th>
              <td class="timing-ms">{formatDuration(span.ms)}</td>
              <td class="timing-track" aria-hidden="true">
                <span
                  class="timing-bar"
                  style={{ "margin-left": pct(span.startMs), width: pct(span.ms) }}
                />
              </td>
            </tr>
          )}
        </For>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td class="timing-ms">{formatDuration(total())}</td>
          <td class="timing-track" aria-hidden="true">
            <span class="timing-bar timing-bar-total" style={{ width: pct(total()) }} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
