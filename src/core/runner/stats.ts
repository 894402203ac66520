/** Running totals of a collection run, updated item by item (no list of results is kept). */
import type { ItemResult } from "../pipeline/types";
import type { RunStats, RunTimings } from "./types";

/** Whether an item counts as failed: an assertion, a script or the request itself. */
export function itemFailed(result: ItemResult): boolean {
  return (
    result.assertions.some((a) => !a.passed && !a.skipped) ||
    result.errors.length > 0 ||
    result.buildError !== undefined ||
    result.result?.ok === false
  );
}

/** Zeroed counters. */
export function emptyStats(iterations: number): RunStats {
  return {
    iterations,
    items: { total: 0, failed: 0, skipped: 0 },
    requests: { total: 0, failed: 0 },
    assertions: { total: 0, failed: 0, skipped: 0 },
    scriptErrors: 0,
  };
}

/** Zeroed timings starting at `started`. */
export function emptyTimings(started: number): RunTimings {
  return {
    started,
    completed: started,
    responseTotal: 0,
    responseMin: 0,
    responseMax: 0,
    responseCount: 0,
  };
}

/** Add one item's result to the totals (mutates `stats` and `timings`). */
export function countItem(stats: RunStats, timings: RunTimings, result: ItemResult): void {
  stats.items.total++;
  if (itemFailed(result)) stats.items.failed++;
  if (result.skipped) stats.items.skipped++;
  if (result.http || result.buildError) stats.requests.total++;
  if (result.buildError || result.result?.ok === false) stats.requests.failed++;
  for (const a of result.assertions) {
    stats.assertions.total++;
    if (a.skipped) stats.assertions.skipped++;
    else if (!a.passed) stats.assertions.failed++;
  }
  stats.scriptErrors += result.errors.length;
  if (result.result?.ok) {
    const t = result.result.response.timeMs;
    timings.responseMin = timings.responseCount === 0 ? t : Math.min(timings.responseMin, t);
    timings.responseMax = Math.max(timings.responseMax, t);
    timings.responseTotal += t;
    timings.responseCount++;
  }
}

/** A run failed when any assertion, script or request failed. */
export const runFailed = (stats: RunStats): boolean =>
  stats.items.failed > 0 ||
  stats.requests.failed > 0 ||
  stats.assertions.failed > 0 ||
  stats.scriptErrors > 0;
