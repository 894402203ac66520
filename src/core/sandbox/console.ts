/**
 * How much of a stage's console travels on: its last CONSOLE_TAIL entries and a count of all.
 * A script may log 200,000 lines; the browser's sandbox worker keeps only the tail before the
 * result crosses to the page, so the page never receives (and clones) them all.
 */
import type { SandboxResult } from "./types";

/** Entries kept per stage, and per run in the page (the Console says how many were dropped). */
export const CONSOLE_TAIL = 5_000;

/** `result` with only the last `cap` console entries, and `consoleTotal` counting all of them. */
export function withConsoleTail(result: SandboxResult, cap = CONSOLE_TAIL): SandboxResult {
  const total = result.consoleTotal ?? result.console.length;
  if (result.console.length <= cap) return { ...result, consoleTotal: total };
  return { ...result, console: result.console.slice(-cap), consoleTotal: total };
}
