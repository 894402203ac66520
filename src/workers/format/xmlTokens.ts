/**
 * The first pass of the XML pretty printer: one walk over UTF-8 bytes that splits the document
 * into tags, text, comments, processing instructions, CDATA and a DOCTYPE, and checks that it is
 * well-formed enough to re-indent safely (tags balanced and named alike, one root, no text
 * outside it, every construct closed). Attribute values are skipped by their quotes, so a `>`
 * inside one does not end the tag. No tree is built: tokens are offsets in typed arrays.
 */
import { U32List } from "./growable";

/** Token kinds. A START whose element has text or CDATA directly inside is MIXED. */
export const START = 1;
export const MIXED = 2;
export const SELF = 3;
export const END = 4;
export const SPACE_TEXT = 5;
export const TEXT = 6;
export const OTHER = 7; // comment, processing instruction, CDATA, DOCTYPE

/** The tokens: parallel arrays; `match` holds, for a START or MIXED, its END's index. */
export interface XmlTokens {
  count: number;
  kind: Uint32Array;
  from: Uint32Array;
  to: Uint32Array;
  match: Uint32Array;
}

const LT = 0x3c;
const GT = 0x3e;
const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const [COMMENT, CDATA, DOCTYPE, PI_END, COMMENT_END, CDATA_END] = [
  "<!--",
  "<![CDATA[",
  "<!DOCTYPE",
  "?>",
  "-->",
  "]]>",
].map(enc) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isNameStart = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a || c >= 0x80;
const isNameEnd = (c: number | undefined) =>
  c === undefined || isSpace(c) || c === GT || c === 0x2f || c === LT || c === 0x3d;

const startsWith = (src: Uint8Array, at: number, seq: Uint8Array) =>
  seq.every((b, k) => src[at + k] === b);

/** Index just past the first `seq` at or after `from`, or -1. */
function pastSeq(src: Uint8Array, seq: Uint8Array, from: number): number {
  for (let i = src.indexOf(seq[0]!, from); i !== -1; i = src.indexOf(seq[0]!, i + 1)) {
    if (startsWith(src, i, seq)) return i + seq.length;
  }
  return -1;
}

/** The end of a name starting at `at` (exclusive), or -1 when none starts there. */
function nameEnd(src: Uint8Array, at: number): number {
  if (!isNameStart(src[at] ?? 0)) return -1;
  let k = at + 1;
  while (!isNameEnd(src[k])) k++;
  return k;
}

/** Past the `>` that ends a tag or DOCTYPE begun before `at`, skipping quotes (and `[…]`). */
function pastTagEnd(src: Uint8Array, at: number, subset: boolean): number {
  let depth = 0;
  for (let k = at; k < src.length; k++) {
    const c = src[k]!;
    if (c === 0x22 || c === 0x27) {
      k = src.indexOf(c, k + 1);
      if (k === -1) return -1;
    } else if (subset && c === 0x5b) depth++;
    else if (subset && c === 0x5d) depth--;
    else if (c === GT && depth <= 0) return k + 1;
    else if (c === LT && !subset) return -1;
  }
  return -1;
}

/** Tokenizes `src`, or returns undefined when it is not a well-formed document. */
export function xmlTokens(src: Uint8Array): XmlTokens | undefined {
  const kind = new U32List();
  const from = new U32List();
  const to = new U32List();
  const match = new U32List();
  const open: { token: number; name: number; nameEnd: number }[] = [];
  let roots = 0;
  const push = (k: number, a: number, b: number) => {
    kind.push(k);
    from.push(a);
    to.push(b);
    match.push(0);
    return kind.len - 1;
  };
  const markMixed = () => {
    const top = open[open.length - 1];
    if (top) kind.buf[top.token] = MIXED;
    return top !== undefined;
  };
  let i = 0;
  while (i < src.length) {
    if (src[i] !== LT) {
      const next = src.indexOf(LT, i);
      const j = next === -1 ? src.length : next;
      let blank = true;
      for (let k = i; k < j && blank; k++) blank = isSpace(src[k]!);
      if (!blank && !markMixed()) return undefined;
      push(blank ? SPACE_TEXT : TEXT, i, j);
      i = j;
      continue;
    }
    const c = src[i + 1];
    let end: number;
    if (c === 0x3f) end = pastSeq(src, PI_END, i + 2);
    else if (startsWith(src, i, COMMENT)) end = pastSeq(src, COMMENT_END, i + 4);
    else if (startsWith(src, i, CDATA)) {
      end = markMixed() ? pastSeq(src, CDATA_END, i + 9) : -1;
    } else if (startsWith(src, i, DOCTYPE)) {
      end = open.length === 0 && roots === 0 ? pastTagEnd(src, i + 9, true) : -1;
    } else if (c === 0x2f) {
      const n = nameEnd(src, i + 2);
      const top = open.pop();
      if (n === -1 || !top || n - i - 2 !== top.nameEnd - top.name) return undefined;
      for (let k = 0; k < n - i - 2; k++)
        if (src[i + 2 + k] !== src[top.name + k]) return undefined;
      let k = n;
      while (isSpace(src[k] ?? 0)) k++;
      if (src[k] !== GT) return undefined;
      const closing = push(END, i, k + 1); // before reading match.buf: a push may regrow it
      match.buf[top.token] = closing;
      i = k + 1;
      continue;
    } else {
      const n = nameEnd(src, i + 1);
      if (n === -1 || (open.length === 0 && roots > 0)) return undefined;
      end = pastTagEnd(src, n, false);
      if (end === -1) return undefined;
      if (open.length === 0) roots++;
      const self = src[end - 2] === 0x2f;
      const token = push(self ? SELF : START, i, end);
      if (!self) open.push({ token, name: i + 1, nameEnd: n });
      i = end;
      continue;
    }
    if (end === -1) return undefined;
    push(OTHER, i, end);
    i = end;
  }
  if (open.length > 0 || roots === 0) return undefined;
  const all = { kind: kind.toArray(), from: from.toArray(), to: to.toArray() };
  return { count: kind.len, ...all, match: match.toArray() };
}
