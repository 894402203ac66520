/**
 * Maps visible rows to document lines when some JSON regions are collapsed. A collapsed region
 * keeps its opening line visible and hides the lines after it up to and including its closer.
 */

/** A region of lines [start, end]; collapsing hides start+1 … end. */
export interface Region {
  start: number;
  end: number;
}

/** Row ↔ line mapping for a set of collapsed regions. */
export interface FoldMap {
  rowCount: number;
  /** The document line shown at a row. */
  lineAt(row: number): number;
  /** The row showing a line (its collapsed region's opening row when it is hidden). */
  rowOf(line: number): number;
}

/** Sorts regions and keeps only the outermost ones (nested collapsed regions are already hidden). */
export function outermost(regions: readonly Region[]): Region[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Region[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (r.end <= r.start) continue;
    if (last !== undefined && r.start <= last.end) continue;
    out.push(r);
  }
  return out;
}

/** Builds the mapping; cost is linear in the number of collapsed regions, not lines. */
export function makeFoldMap(lineCount: number, collapsed: readonly Region[]): FoldMap {
  const regions = outermost(collapsed).filter((r) => r.start < lineCount);
  const hidden = regions.reduce((n, r) => n + Math.min(r.end, lineCount - 1) - r.start, 0);
  return {
    rowCount: lineCount - hidden,
    lineAt(row) {
      let line = row;
      for (const r of regions) {
        if (r.start < line) line += r.end - r.start;
        else break;
      }
      return Math.min(line, lineCount - 1);
    },
    rowOf(line) {
      let skipped = 0;
      for (const r of regions) {
        if (line <= r.start) break;
        if (line <= r.end) return r.start - skipped;
        skipped += r.end - r.start;
      }
      return line - skipped;
    },
  };
}
