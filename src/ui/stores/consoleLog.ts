/**
 * How much of a run's console the page keeps: the last {@link CONSOLE_KEEP} entries and a count
 * of all of them. A script may log 200,000 lines (the sandbox caps a stage's reports at 32 MiB,
 * not at a number of lines); keeping them all made the Console tab freeze the page for seconds.
 */
import { CONSOLE_TAIL } from "../../core/sandbox/console";
import type { ConsoleEntry } from "../../core/sandbox/types";

/** Entries kept per run; older ones are dropped (the view says how many). */
export const CONSOLE_KEEP = CONSOLE_TAIL;

/** The kept tail of a run's console, and how many entries the run logged in all. */
export interface ConsoleLog {
  console: ConsoleEntry[];
  consoleTotal: number;
}

/** `log` with `added` appended, keeping the last `cap` entries; `log` is not changed. */
export function appendConsole(
  log: ConsoleLog,
  added: readonly ConsoleEntry[],
  cap = CONSOLE_KEEP,
): ConsoleLog {
  const fromAdded = added.slice(Math.max(0, added.length - cap));
  const fromLog = log.console.slice(Math.max(0, log.console.length - (cap - fromAdded.length)));
  return {
    console: fromLog.length ? [...fromLog, ...fromAdded] : fromAdded,
    consoleTotal: log.consoleTotal + added.length,
  };
}

/** The kept tail of a whole console. */
export const keepConsole = (all: readonly ConsoleEntry[], cap = CONSOLE_KEEP): ConsoleLog =>
  appendConsole({ console: [], consoleTotal: 0 }, all, cap);
