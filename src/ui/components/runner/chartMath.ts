/** Figures for the response-time chart: nearest-rank percentiles, bars and stacked phases. */

/** The nearest-rank `p`th percentile (0–100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? 0;
}

/** One bar of the chart, in SVG user units. */
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  timeMs: number;
}

/** Bars for `points` in a `width` × `height` box, scaled to the largest of them and `floor`. */
export function bars(
  points: readonly { label: string; timeMs: number }[],
  width: number,
  height: number,
  floor = 1,
): { bars: Bar[]; scale: (ms: number) => number } {
  const max = Math.max(floor, ...points.map((p) => p.timeMs));
  const step = points.length ? width / points.length : width;
  const scale = (ms: number) => height - (ms / max) * height;
  return {
    scale,
    bars: points.map((p, i) => ({
      x: i * step + step * 0.1,
      y: scale(p.timeMs),
      width: Math.max(step * 0.8, 0.5),
      height: height - scale(p.timeMs),
      label: p.label,
      timeMs: p.timeMs,
    })),
  };
}

/**
 * Slices for `phases` stacked from the baseline upward in order (the first at the bottom), placed
 * through the chart's `scale` (ms → y); each keeps its phase's fields. Phases of 0 ms get none.
 */
export function stackSegments<T extends { ms: number }>(
  phases: readonly T[],
  scale: (ms: number) => number,
): (T & { y: number; height: number })[] {
  let below = 0;
  return phases
    .filter((p) => p.ms > 0)
    .map((p) => {
      const y = scale(below + p.ms);
      const segment = { ...p, y, height: scale(below) - y };
      below += p.ms;
      return segment;
    });
}
