/**
 * Scripts' console output as Newman's cli reporter prints it: a box per run of consecutive
 * messages (`┌`, one `│ ` line per wrapped line, `└`), each message's arguments rendered with
 * util.inspect and joined with ", ", wrapped at the terminal's width less 6 (54 columns when
 * stdout is not a terminal, as Newman does).
 * @see node_modules/newman/lib/reporters/cli/index.js (the `console` listener)
 * @see node_modules/newman/lib/reporters/cli/cli-utils.js (inspector, wrapper)
 */
import { inspect } from "node:util";
import type { ConsoleEntry } from "../../core/sandbox/types";
import { toInspectable } from "./consoleValue";
import type { Palette, Symbols } from "./style";

/** Widths: Newman uses the terminal's (less 6 for wrapping, less 16 for inspect), else 60. */
export function consoleWidths(columns: number | undefined): { wrap: number; inspect: number } {
  const width = columns !== undefined && columns > 20 ? columns : 60;
  return { wrap: width - 6, inspect: width - 16 };
}

/** One argument as Newman shows it: util.inspect with its reporter's options. */
export const inspectArg = (value: unknown, colors: boolean, breakLength: number): string =>
  inspect(value, { depth: 25, maxArrayLength: 100, colors, breakLength });

/**
 * The arguments of `entry` as Newman's reporter receives them: typed when the sandbox sent
 * their types (`200`, `{ a: 1 }`), else their text (shown quoted, as strings are).
 */
export function entryArgs(entry: ConsoleEntry): unknown[] {
  // One call's arguments share their references, as teleport-javascript sends them together.
  const refs = new Map<number, unknown>();
  return entry.values ? entry.values.map((v) => toInspectable(v, refs)) : entry.args;
}

/** word-wrap 1.2.5 with `cut: true`, as Newman calls it: lines of at most `width` characters. */
export function wrap(text: string, width: number, indent: string): string {
  const lines = text.match(new RegExp(`.{1,${width}}`, "g")) ?? [];
  return indent + lines.join(`\n${indent}`);
}

const LEVEL_COLOR: Record<ConsoleEntry["level"], keyof Palette> = {
  log: "gray",
  info: "cyan",
  warn: "yellow",
  debug: "blue",
  error: "red",
};

/** The `│ ` lines of one console message (without the box's top and bottom). */
export function consoleLines(
  entry: ConsoleEntry,
  style: { symbols: Symbols; palette: Palette; columns?: number; colors: boolean },
): string {
  const color = style.palette[LEVEL_COLOR[entry.level] ?? "gray"];
  const widths = consoleWidths(style.columns);
  const joined = entryArgs(entry)
    .map((a) => inspectArg(a, style.colors, widths.inspect))
    .join(style.colors ? `\u001b[37m, \u001b[39m` : ", ");
  const message = wrap(joined, widths.wrap, `  ${color(style.symbols.middle)} `);
  return `${style.palette.gray(message.replace(/\n\s*\n/g, "\n"))}\n`;
}

/** A box around consecutive messages: its top, the messages' lines, its bottom. */
export function consoleBox(
  entries: readonly ConsoleEntry[],
  style: { symbols: Symbols; palette: Palette; columns?: number; colors: boolean },
): string {
  const first = entries[0];
  if (!first) return "";
  const color = style.palette[LEVEL_COLOR[first.level] ?? "gray"];
  const last = entries[entries.length - 1] ?? first;
  const lastColor = style.palette[LEVEL_COLOR[last.level] ?? "gray"];
  return (
    color(`  ${style.symbols.top}\n`) +
    entries.map((e) => consoleLines(e, style)).join("") +
    lastColor(`  ${style.symbols.bottom}\n`)
  );
}
