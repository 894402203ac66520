/** Splits a line into styled pieces: syntax tokens overlaid with search marks. */
import type { Token } from "../../../workers/format/types";

/** A search mark on a line; `current` is the match the user navigated to. */
export interface Mark {
  from: number;
  to: number;
  current: boolean;
}

/** A run of text with its CSS classes (empty string for none). */
export interface Segment {
  text: string;
  cls: string;
}

/** Cuts `text` at every token and mark boundary and names each piece's classes. */
export function segments(
  text: string,
  tokens: readonly Token[],
  marks: readonly Mark[],
): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const t of tokens) cuts.add(t.from).add(t.to);
  for (const m of marks) cuts.add(m.from).add(m.to);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const classes: string[] = [];
    const token = tokens.find((t) => t.from <= from && t.to >= to);
    if (token !== undefined) classes.push(`tok-${token.type}`);
    const mark = marks.find((m) => m.from <= from && m.to >= to);
    if (mark !== undefined) classes.push(mark.current ? "mark mark-current" : "mark");
    const cls = classes.join(" ");
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.cls === cls) prev.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), cls });
  }
  return out;
}
