/**
 * How the terminal reporter draws: Newman's symbol sets (Unicode, or plain text with
 * `--disable-unicode`) and ANSI colours (`--color on|off|auto`; auto: when stdout is a terminal).
 * @see node_modules/newman/lib/reporters/cli/cli-utils-symbols.js
 */

/** The symbols a reporter line may use. */
export interface Symbols {
  item: string;
  ok: string;
  top: string;
  middle: string;
  bottom: string;
  star: string;
  up: string;
  down: string;
  /** Table borders: corners/joins, horizontal, vertical. */
  table: {
    join: string;
    h: string;
    v: string;
    tl: string;
    tr: string;
    bl: string;
    br: string;
    tj: string;
    bj: string;
    lj: string;
    rj: string;
  };
}

const UNICODE: Symbols = {
  item: "→",
  ok: "✓",
  top: "┌",
  middle: "│",
  bottom: "└",
  star: "★",
  up: "↑",
  down: "↓",
  table: {
    join: "┼",
    h: "─",
    v: "│",
    tl: "┌",
    tr: "┐",
    bl: "└",
    br: "┘",
    tj: "┬",
    bj: "┴",
    lj: "├",
    rj: "┤",
  },
};

/** Newman's plainText set (`--disable-unicode`), with `->` for the item arrow. */
const PLAIN: Symbols = {
  item: "->",
  ok: "Pass",
  top: "-",
  middle: "|",
  bottom: "-",
  star: "*",
  up: "^",
  down: "v",
  table: {
    join: "+",
    h: "-",
    v: "|",
    tl: "-",
    tr: "-",
    bl: "-",
    br: "-",
    tj: "-",
    bj: "-",
    lj: "-",
    rj: "-",
  },
};

/** The symbol set for `unicode`. */
export const symbolsFor = (unicode: boolean): Symbols => (unicode ? UNICODE : PLAIN);

/** A colouring function: the text wrapped in an SGR code, or unchanged when colours are off. */
export type Paint = (text: string) => string;

/** The colours the reporter uses (Newman's theme: log grey, info cyan, warn yellow, …). */
export interface Palette {
  gray: Paint;
  green: Paint;
  red: Paint;
  cyan: Paint;
  yellow: Paint;
  blue: Paint;
  bold: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

/** ANSI colours when `on`, else identity functions. */
export function paletteFor(on: boolean): Palette {
  if (!on) {
    const id: Paint = (t) => t;
    return { gray: id, green: id, red: id, cyan: id, yellow: id, blue: id, bold: id };
  }
  return {
    gray: sgr(90, 39),
    green: sgr(32, 39),
    red: sgr(31, 39),
    cyan: sgr(36, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    bold: sgr(1, 22),
  };
}

/** `--color`: "on", "off", or "auto" (on when stdout is a terminal and NO_COLOR is not set). */
export function colorEnabled(
  mode: "on" | "off" | "auto",
  stdoutIsTty: boolean,
  env = process.env,
): boolean {
  if (mode !== "auto") return mode === "on";
  return stdoutIsTty && !env.NO_COLOR;
}
