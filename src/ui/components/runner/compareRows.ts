/**
 * Lines two runs up for the compare table: by request id and iteration (and, for a request run
 * twice in one iteration by `setNextRequest`, by which time it ran), never by position. A request
 * only one run has gets a row of its own where it ran, so the rows after it still match.
 */
import type { ExecutionRecord } from "../../../core/report";

/** One row: the request, its iteration (0-based), and what each run did with it. */
export interface CompareRow {
  key: string;
  name: string;
  /** Folder names, outermost first. */
  path: string[];
  iteration: number;
  a?: ExecutionRecord;
  b?: ExecutionRecord;
}

/** Keys `id#iteration#n`, n counting repeats of the request within the iteration. */
function keyed(executions: readonly ExecutionRecord[]): [string, ExecutionRecord][] {
  const seen = new Map<string, number>();
  return executions.map((e) => {
    const base = `${e.item.id}#${e.iteration}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [`${base}#${n}`, e];
  });
}

const rowOf = (key: string, e: ExecutionRecord): CompareRow => ({
  key,
  name: e.item.name,
  path: e.path,
  iteration: e.iteration,
});

/** The rows in run `a`'s order, with what only `b` ran placed after the row `b` ran before it. */
export function compareRows(
  a: readonly ExecutionRecord[],
  b: readonly ExecutionRecord[],
): CompareRow[] {
  const rows: CompareRow[] = keyed(a).map(([key, e]) => ({ ...rowOf(key, e), a: e }));
  const at = new Map(rows.map((row, i) => [row.key, i]));
  const extra = new Map<number, CompareRow[]>(); // b-only rows, by the a-row index they follow
  let anchor = -1;
  for (const [key, e] of keyed(b)) {
    const i = at.get(key);
    const row = i === undefined ? undefined : rows[i];
    if (row && i !== undefined) {
      row.b = e;
      anchor = Math.max(anchor, i);
    } else {
      const list = extra.get(anchor) ?? [];
      list.push({ ...rowOf(key, e), b: e });
      extra.set(anchor, list);
    }
  }
  const out: CompareRow[] = [...(extra.get(-1) ?? [])];
  rows.forEach((row, i) => out.push(row, ...(extra.get(i) ?? [])));
  return out;
}
