/**
 * The run's response times as an inline SVG bar chart, with p50 and p95 lines and values. A
 * request whose transport measured timing phases (Node, the agent) gets its bar stacked by phase,
 * with a legend below the chart.
 */
import { Index, Show, createMemo } from "solid-js";
import { formatDuration } from "../../../core/format/duration";
import type { TimingPhases } from "../../../core/http/transport";
import type { ExecutionRecord } from "../../../core/report";
import { PHASES, phaseSpans } from "../response/timingPhases";
import type { Bar } from "./chartMath";
import { bars, percentile, stackSegments } from "./chartMath";
import "../../styles/timing.css";

/** Props of {@link ResponseChart}. */
export interface ResponseChartProps {
  executions: readonly ExecutionRecord[];
}

const WIDTH = 600;
const HEIGHT = 120;
/** Bars drawn at most (the percentiles use every execution). */
const MAX_BARS = 500;

interface Point {
  label: string;
  timeMs: number;
  timings: TimingPhases | undefined;
}

/** One bar per request with a response; nothing when no request got one. */
export function ResponseChart(props: ResponseChartProps) {
  const points = createMemo(() =>
    props.executions.flatMap((e): Point[] =>
      e.response
        ? [{ label: e.item.name, timeMs: e.response.timeMs, timings: e.response.timings }]
        : [],
    ),
  );
  const p50 = createMemo(() =>
    percentile(
      points().map((p) => p.timeMs),
      50,
    ),
  );
  const p95 = createMemo(() =>
    percentile(
      points().map((p) => p.timeMs),
      95,
    ),
  );
  const shown = createMemo(() => points().slice(0, MAX_BARS));
  const chart = createMemo(() => bars(shown(), WIDTH, HEIGHT));
  /** The phases some drawn bar has a slice of, in order; empty when none is stacked. */
  const legend = createMemo(() => {
    const seen = new Set<string>();
    for (const p of shown()) {
      if (p.timings) for (const s of phaseSpans(p.timings)) if (s.ms > 0) seen.add(s.key);
    }
    return PHASES.filter((phase) => seen.has(phase.key));
  });
  return (
    <Show when={points().length > 0}>
      <figure class="runner-chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={
            legend().length
              ? "Response times per request, stacked by timing phase"
              : "Response times per request"
          }
          preserveAspectRatio="none"
        >
          {/* Index: a redraw updates the existing bars instead of rebuilding them all. */}
          <Index each={chart().bars}>
            {(bar, i) => (
              <ChartBar bar={bar()} timings={shown()[i]?.timings} scale={chart().scale} />
            )}
          </Index>
          <line
            class="runner-chart-p50"
            x1={0}
            x2={WIDTH}
            y1={chart().scale(p50())}
            y2={chart().scale(p50())}
          />
          <line
            class="runner-chart-p95"
            x1={0}
            x2={WIDTH}
            y1={chart().scale(p95())}
            y2={chart().scale(p95())}
          />
        </svg>
        <Show when={legend().length}>
          <ul class="runner-chart-legend" aria-label="Timing phases">
            <Index each={legend()}>
              {(phase) => <li class={phase().className}>{phase().label}</li>}
            </Index>
          </ul>
        </Show>
        <figcaption>
          <span class="runner-p50">p50 {formatDuration(p50())}</span>
          <span class="runner-p95">p95 {formatDuration(p95())}</span>
        </figcaption>
      </figure>
    </Show>
  );
}

/** One request's bar; with timings, its phases stacked over a faint full-height bar. */
function ChartBar(props: {
  bar: Bar;
  timings: TimingPhases | undefined;
  scale: (ms: number) => number;
}) {
  const segments = createMemo(() =>
    props.timings ? stackSegments(phaseSpans(props.timings), props.scale) : [],
  );
  return (
    <>
      <rect
        class={segments().length ? "runner-chart-bar runner-chart-bar-stacked" : "runner-chart-bar"}
        x={props.bar.x}
        y={props.bar.y}
        width={props.bar.width}
        height={props.bar.height}
      >
        <title>{`${props.bar.label}: ${formatDuration(props.bar.timeMs)}`}</title>
      </rect>
      <Index each={segments()}>
        {(segment) => (
          <rect
            class={`runner-chart-phase ${segment().className}`}
            x={props.bar.x}
            y={segment().y}
            width={props.bar.width}
            height={segment().height}
          >
            <title>
              {`${props.bar.label}, ${segment().label}: ${formatDuration(segment().ms)}`}
            </title>
          </rect>
        )}
      </Index>
    </>
  );
}
