/**
 * The one way Satchel writes a duration for people: the status bar, history, the runner's results,
 * chart and comparison, and the HTML report all call it, so one request never reads "2330 ms" in
 * one place and "2.33 s" in another, and a measured 5.300000000046566 ms reads "5 ms".
 */

/**
 * `850 ms` below a second (whole milliseconds), `2.33 s` below a minute (at most two decimals),
 * then `2 m 5 s` (whole seconds). Rounding happens before the unit is chosen, so 999.6 ms reads
 * `1 s` and 59,996 ms `1 m`, never `1000 ms` or `60 s`. Negative, NaN and infinite read `0 ms`.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "0 ms";
  const millis = Math.round(ms);
  if (millis < 1000) return `${millis} ms`;
  const seconds = Math.round(ms / 10) / 100;
  if (seconds < 60) return `${seconds} s`;
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  return rest ? `${minutes} m ${rest} s` : `${minutes} m`;
}
