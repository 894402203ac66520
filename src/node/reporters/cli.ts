/**
 * The terminal reporter: a line per request with its assertions as they finish, then a table of
 * counts and the list of failures (Newman's cli reporter, in spirit). Scripts' console output is
 * printed as Newman prints it (./consoleBox.ts): the pre-request script's under the item's name,
 * the test script's under the request line, between its assertions in the order they happened. `--verbose` adds each request's details
 * (./verbose.ts), `--disable-unicode` swaps the symbols for Newman's plain-text ones, `--color`
 * adds Newman's colours.
 * @see node_modules/newman/lib/reporters/cli/index.js
 */
import type { ItemEvent, RunEvent, RunSummary } from "../../core/runner";
import { failuresOf } from "../../core/report";
import type { Failure } from "../../core/report";
import type { AssertionResult, ConsoleEntry, ScriptKind } from "../../core/sandbox/types";
import { consoleBox } from "./consoleBox";
import { interleave } from "./interleave";
import type { Palette, Symbols } from "./style";
import { paletteFor, symbolsFor } from "./style";
import type { Reporter } from "./types";
import { fileSize, headSize, prettyMs } from "./units";
import { verboseBlock } from "./verbose";

/** How the terminal reporter draws (all optional: Unicode, no colours, not verbose). */
export interface CliReporterOptions {
  /** Unicode symbols (default) or Newman's plain-text ones. */
  unicode?: boolean;
  /** ANSI colours. */
  color?: boolean;
  /** Request and response details under each request (needs the run to keep bodies). */
  verbose?: boolean;
  /** The terminal's width, when stdout is one (console lines wrap at it). */
  columns?: number;
  /**
   * Which script stage logged a console entry or made an assertion (pre-request output goes
   * above the request line, as Newman prints it).
   */
  stageOf?: (entry: ConsoleEntry | AssertionResult) => ScriptKind | undefined;
}

/** `  GET url [200 OK, 180B, 96ms]`, as Newman writes it (size: head and body). */
function statusLine(event: ItemEvent, p: Palette): string {
  const r = event.result;
  if (r.skipped) return "  (skipped)";
  if (r.buildError) return `  ${r.buildError.code}: ${r.buildError.message}`;
  const request = `  ${p.gray(r.http?.method ?? "")} ${p.gray(r.http?.url ?? "")}`;
  if (!r.result) return request;
  if (!r.result.ok)
    return `${request} ${p.red("[errored]")}\n${p.red(`     ${r.result.error.message}`)}`;
  const res = r.result.response;
  const size = event.bodySize + headSize(res.status, res.statusText, res.headers);
  return `${request} ${p.gray(`[${res.status} ${res.statusText}, ${fileSize(size)}, ${prettyMs(res.timeMs)}]`)}`;
}

/** What went out other than as written (a file sent empty, a header left out, …). */
function warningsOf(event: ItemEvent): string[] {
  const r = event.result;
  const sent = r.result?.ok ? (r.result.warnings ?? []).map((w) => w.message) : [];
  return [...r.warnings, ...sent];
}

/** The summary table: rows of executed / failed. */
export function summaryTable(summary: RunSummary, symbols: Symbols = symbolsFor(true)): string {
  const b = symbols.table;
  const s = summary.stats;
  const rows: [string, number, number][] = [
    ["iterations", s.iterations, 0],
    ["items", s.items.total, s.items.failed],
    ["requests", s.requests.total, s.requests.failed],
    ["assertions", s.assertions.total, s.assertions.failed],
    ["script errors", s.scriptErrors, s.scriptErrors],
  ];
  const rule = (l: string, j: string, r: string) =>
    `${l}${b.h.repeat(17)}${j}${b.h.repeat(12)}${j}${b.h.repeat(12)}${r}`;
  const line = rule(b.lj, b.join, b.rj);
  const row = (x: string, y: string, z: string) =>
    `${b.v} ${x.padEnd(15)} ${b.v} ${y.padStart(10)} ${b.v} ${z.padStart(10)} ${b.v}`;
  const t = summary.timings;
  const avg = t.responseCount ? Math.round(t.responseTotal / t.responseCount) : 0;
  return [
    rule(b.tl, b.tj, b.tr),
    row("", "executed", "failed"),
    line,
    ...rows.map(([n, total, failed]) => row(n, String(total), String(failed))),
    rule(b.bl, b.bj, b.br),
    `total run duration: ${t.completed - t.started}ms`,
    `average response time: ${avg}ms [min: ${Math.round(t.responseMin)}ms, max: ${Math.round(t.responseMax)}ms]`,
  ].join("\n");
}

/** A reporter writing human-readable lines through `write`. */
export function makeCliReporter(
  write: (text: string) => void,
  collectionName: string,
  options: CliReporterOptions = {},
): Reporter {
  const symbols = symbolsFor(options.unicode !== false);
  const palette = paletteFor(options.color === true);
  const boxStyle = { symbols, palette, colors: options.color === true, columns: options.columns };
  const failures: Failure[] = [];
  let summary: RunSummary | undefined;
  let iterations = 1;
  return {
    onEvent(event: RunEvent) {
      if (event.type === "start") {
        iterations = event.iterations;
        write(`satchel\n\n${collectionName}\n`);
      } else if (event.type === "iteration" && iterations > 1) {
        write(`\nIteration ${event.index + 1}/${event.count}\n`);
      } else if (event.type === "item") {
        const path = [...event.path, event.request.name].join(" / ");
        write(`\n${symbols.item} ${path}\n`);
        const logged = event.result.console;
        const early = (e: ConsoleEntry | AssertionResult) => options.stageOf?.(e) === "prerequest";
        const mine = failuresOf(event);
        const assertionLine = (a: AssertionResult) => {
          if (a.skipped)
            return write(`${palette.cyan("  - ")} ${palette.cyan(`[skipped] ${a.name}`)}\n`);
          if (a.passed)
            return write(`${palette.green(`  ${symbols.ok} `)} ${palette.gray(a.name)}\n`);
          const n = failures.length + mine.findIndex((f) => f.test === a.name) + 1;
          write(
            `${palette.red(palette.bold(`${String(n).padStart(3)}.`))} ${palette.red(palette.bold(a.name))}\n`,
          );
        };
        // Console lines and assertions in the order they happened (./interleave.ts).
        const print = (entries: ConsoleEntry[], assertions: AssertionResult[]) => {
          for (const part of interleave(entries, assertions)) {
            if (part.kind === "console") write(consoleBox(part.entries, boxStyle));
            else assertionLine(part.assertion);
          }
        };
        const assertions = event.result.assertions;
        print(logged.filter(early), assertions.filter(early));
        const r = event.result;
        if (options.verbose && r.http && r.result?.ok) {
          const text = new TextDecoder().decode(r.result.response.body);
          write(`  ${verboseBlock(r.http, r.result.response, text, { symbols, palette })}`);
        } else write(`${statusLine(event, palette)}\n`);
        for (const warning of warningsOf(event)) write(`  ! ${warning}\n`);
        print(
          logged.filter((e) => !early(e)),
          assertions.filter((a) => !early(a)),
        );
        failures.push(...mine);
      } else if (event.type === "done") {
        summary = event.summary;
      }
    },
    async finish() {
      if (!summary) return;
      write(`\n${summaryTable(summary, symbols)}\n`);
      if (summary.stopped === "bail") write("\nThe run stopped early (--bail).\n");
      if (failures.length === 0) return;
      write("\n  #  failure         detail\n");
      failures.forEach((f, i) => {
        const head = f.test ? `${f.name}: ${f.test}` : f.name;
        write(
          `\n ${String(i + 1).padStart(2)}. ${head}\n     ${f.message}\n     at ${f.at} ("${f.item}", iteration ${f.iteration + 1})\n`,
        );
      });
    },
  };
}
