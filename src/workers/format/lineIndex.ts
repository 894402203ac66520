/**
 * Line index over UTF-8 bytes: where each display line starts. Lines longer than the wrap width
 * are cut (at a character boundary) into continuation lines, so a minified 50 MB body never
 * becomes one 50 MB DOM node.
 */
import { U32List } from "./growable";

/** Bytes per display line before it wraps. */
export const WRAP_BYTES = 2000;

/** Line starts plus which lines continue the previous one. */
export interface LineIndex {
  /** Byte offset where each line starts; length = line count. */
  starts: Uint32Array;
  /** 1 where the line continues the previous line (a wrap, not a newline). */
  wrapped: Uint8Array;
  /** Total byte length of the text. */
  byteLength: number;
}

/** Builds the index in one pass (the newline search is native `indexOf`). */
export function buildLineIndex(bytes: Uint8Array, wrap = WRAP_BYTES): LineIndex {
  const starts = new U32List(Math.max(16, bytes.length >> 5));
  const wrappedAt: number[] = [];
  let pos = 0;
  starts.push(0);
  for (;;) {
    const nl = bytes.indexOf(0x0a, pos);
    const end = nl === -1 ? bytes.length : nl;
    while (end - pos > wrap) {
      let cut = pos + wrap;
      while (cut > pos + 1 && (bytes[cut]! & 0xc0) === 0x80) cut--;
      wrappedAt.push(starts.len);
      starts.push(cut);
      pos = cut;
    }
    if (nl === -1) break;
    pos = nl + 1;
    starts.push(pos);
  }
  const wrapped = new Uint8Array(starts.len);
  for (const w of wrappedAt) wrapped[w] = 1;
  return { starts: starts.toArray(), wrapped, byteLength: bytes.length };
}

/** Byte range of line `i`'s content (without its line break). */
export function lineRange(index: LineIndex, bytes: Uint8Array, i: number): [number, number] {
  const start = index.starts[i]!;
  const last = i + 1 >= index.starts.length;
  let end = last ? index.byteLength : index.starts[i + 1]!;
  if (!last && index.wrapped[i + 1] !== 1) {
    end--; // the "\n"
    if (end > start && bytes[end - 1] === 0x0d) end--;
  } else if (last && end > start && bytes[end - 1] === 0x0d) {
    end--;
  }
  return [start, end];
}

/** The line containing byte `offset` (binary search). */
export function lineOf(index: LineIndex, offset: number): number {
  const s = index.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
