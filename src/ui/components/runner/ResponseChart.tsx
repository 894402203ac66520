/** The run's response times as an inline SVG bar chart, with p50 and p95 lines and values. */
import { Index, Show, createMemo } from "solid-js";
import { formatDuration } from "../../../core/format/duration";
import type { ExecutionRecord } from "../../../core/report";
import { bars, percentile } from "./chartMath";

/** Props of {@link ResponseChart}. */
export interface ResponseChartProps {
  executions: readonly ExecutionRecord[];
}

const WIDTH = 600;
const HEIGHT = 120;
/** Bars drawn at most (the percentiles use every execution). */
const MAX_BARS = 500;

/** One bar per request with a response; nothing when no request got one. */
export function ResponseChart(props: ResponseChartProps) {
  const points = createMemo(() =>
    props.executions.flatMap((e) =>
      e.response ? [{ label: e.item.name, timeMs: e.response.timeMs }] : [],
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
  const chart = createMemo(() => bars(points().slice(0, MAX_BARS), WIDTH, HEIGHT));
  return (
    <Show when={points().length > 0}>
      <figure class="runner-chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label="Response times per request"
          preserveAspectRatio="none"
        >
          {/* Index: a redraw updates the existing bars instead of rebuilding them all. */}
          <Index each={chart().bars}>
            {(bar) => (
              <rect
                class="runner-chart-bar"
                x={bar().x}
                y={bar().y}
                width={bar().width}
                height={bar().height}
              >
                <title>{`${bar().label}: ${formatDuration(bar().timeMs)}`}</title>
              </rect>
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
        <figcaption>
          <span class="runner-p50">p50 {formatDuration(p50())}</span>
          <span class="runner-p95">p95 {formatDuration(p95())}</span>
        </figcaption>
      </figure>
    </Show>
  );
}
