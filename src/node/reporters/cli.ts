/**
 * The terminal reporter: a line per request with its assertions as they finish, then a table of
 * counts and the list of failures (Newman's cli reporter, in spirit).
 */
import type { ItemEvent, RunEvent, RunSummary } from "../../core/runner";
import { failuresOf } from "../../core/report";
import type { Failure } from "../../core/report";
import type { Reporter } from "./types";

function statusLine(event: ItemEvent): string {
  const r = event.result;
  if (r.skipped) return "  (skipped)";
  if (r.buildError) return `  ${r.buildError.code}: ${r.buildError.message}`;
  const method = r.http?.method ?? "";
  const url = r.http?.url ?? "";
  if (!r.result) return `  ${method} ${url}`;
  if (!r.result.ok) return `  ${method} ${url} [errored: ${r.result.error.message}]`;
  const res = r.result.response;
  return `  ${method} ${url} [${res.status} ${res.statusText}, ${event.bodySize}B, ${Math.round(res.timeMs)}ms]`;
}

/** What went out other than as written (a file sent empty, a header left out, …). */
function warningsOf(event: ItemEvent): string[] {
  const r = event.result;
  const sent = r.result?.ok ? (r.result.warnings ?? []).map((w) => w.message) : [];
  return [...r.warnings, ...sent];
}

/** The summary table: rows of executed / failed. */
export function summaryTable(summary: RunSummary): string {
  const s = summary.stats;
  const rows: [string, number, number][] = [
    ["iterations", s.iterations, 0],
    ["items", s.items.total, s.items.failed],
    ["requests", s.requests.total, s.requests.failed],
    ["assertions", s.assertions.total, s.assertions.failed],
    ["script errors", s.scriptErrors, s.scriptErrors],
  ];
  const line = `├${"─".repeat(17)}┼${"─".repeat(12)}┼${"─".repeat(12)}┤`;
  const row = (a: string, b: string, c: string) =>
    `│ ${a.padEnd(15)} │ ${b.padStart(10)} │ ${c.padStart(10)} │`;
  const t = summary.timings;
  const avg = t.responseCount ? Math.round(t.responseTotal / t.responseCount) : 0;
  return [
    `┌${"─".repeat(17)}┬${"─".repeat(12)}┬${"─".repeat(12)}┐`,
    row("", "executed", "failed"),
    line,
    ...rows.map(([n, total, failed]) => row(n, String(total), String(failed))),
    `└${"─".repeat(17)}┴${"─".repeat(12)}┴${"─".repeat(12)}┘`,
    `total run duration: ${t.completed - t.started}ms`,
    `average response time: ${avg}ms [min: ${Math.round(t.responseMin)}ms, max: ${Math.round(t.responseMax)}ms]`,
  ].join("\n");
}

/** A reporter writing human-readable lines through `write`. */
export function makeCliReporter(write: (text: string) => void, collectionName: string): Reporter {
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
        write(`\n→ ${path}\n${statusLine(event)}\n`);
        for (const warning of warningsOf(event)) write(`  ! ${warning}\n`);
        const mine = failuresOf(event);
        event.result.assertions.forEach((a) => {
          if (a.skipped) return write(`  - ${a.name} (skipped)\n`);
          if (a.passed) return write(`  ✓ ${a.name}\n`);
          const n = failures.length + mine.findIndex((f) => f.test === a.name) + 1;
          write(`  ${n}. ${a.name}\n`);
        });
        failures.push(...mine);
      } else if (event.type === "done") {
        summary = event.summary;
      }
    },
    async finish() {
      if (!summary) return;
      write(`\n${summaryTable(summary)}\n`);
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
