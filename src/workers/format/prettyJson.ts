/**
 * A streaming JSON pretty printer over UTF-8 bytes. It never builds a parsed tree (a 50 MB body
 * would cost hundreds of MB as objects): it walks the bytes once, copies strings and scalars
 * through, and writes newlines and two-space indentation around structure. A small state machine
 * checks the grammar; on any error it gives up and the caller shows the raw body.
 * Folding regions (the byte offsets of each multi-line object/array's brackets) fall out of the
 * same walk.
 */
import { ByteSink, U32List } from "./growable";

/** A successful print: the output bytes and each multi-line container's bracket offsets. */
export interface PrettyJson {
  bytes: Uint8Array;
  /** Output offsets of opening brackets, ascending. */
  foldOpen: Uint32Array;
  /** Output offsets of the matching closing brackets (same order as foldOpen). */
  foldClose: Uint32Array;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const NEWLINE = 0x0a;
const SPACE = 0x20;

// What the grammar allows next.
const VALUE = 0; // a value (or, right after "[", a "]")
const KEY = 1; // a key string (or, right after "{", a "}")
const COLON_NEXT = 2;
const AFTER = 3; // "," or a closing bracket, or end of input at depth 0

const isSpace = (c: number) => c === SPACE || c === NEWLINE || c === 0x0d || c === 0x09;
const LITERALS = ["true", "false", "null"].map((s) => Array.from(s, (ch) => ch.charCodeAt(0)));

function scalarOk(src: Uint8Array, from: number, to: number): boolean {
  const c = src[from]!;
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    for (let i = from + 1; i < to; i++) {
      const d = src[i]!;
      const digit = d >= 0x30 && d <= 0x39;
      if (!digit && d !== 0x2e && d !== 0x65 && d !== 0x45 && d !== 0x2b && d !== 0x2d) {
        return false;
      }
    }
    return src[to - 1] !== 0x2d && src[to - 1] !== 0x2e;
  }
  return LITERALS.some(
    (lit) => lit.length === to - from && lit.every((b, k) => src[from + k] === b),
  );
}

/** Pretty-prints JSON bytes with two-space indentation, or returns undefined if not valid JSON. */
export function prettyJson(src: Uint8Array): PrettyJson | undefined {
  const out = new ByteSink(src.length + (src.length >> 1) + 64);
  let indent = new Uint8Array(1 + 2 * 64).fill(SPACE);
  indent[0] = NEWLINE;
  const stack: number[] = []; // per open container: its fold slot
  const closers: number[] = []; // per open container: the byte that closes it
  const foldOpen = new U32List();
  const foldClose = new U32List();
  let state = VALUE;
  let sawValue = false;
  const newline = (depth: number) => {
    const n = 1 + 2 * depth;
    if (n > indent.length) {
      indent = new Uint8Array(n * 2).fill(SPACE);
      indent[0] = NEWLINE;
    }
    out.copy(indent, 0, n);
  };
  const len = src.length;
  let i = 0;
  while (i < len) {
    const c = src[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (sawValue && stack.length === 0) return undefined; // trailing content
    if (c === QUOTE) {
      if (state !== VALUE && state !== KEY) return undefined;
      let j = i + 1;
      for (;;) {
        if (j >= len) return undefined;
        const d = src[j]!;
        if (d === QUOTE) break;
        if (d < 0x20) return undefined; // raw control characters are not allowed in strings
        j += d === BACKSLASH ? 2 : 1;
      }
      out.copy(src, i, j + 1);
      state = state === KEY ? COLON_NEXT : AFTER;
      i = j + 1;
    } else if (c === LBRACE || c === LBRACKET) {
      if (state !== VALUE) return undefined;
      const close = c === LBRACE ? RBRACE : RBRACKET;
      let k = i + 1;
      while (k < len && isSpace(src[k]!)) k++;
      out.push(c);
      if (src[k] === close) {
        out.push(close);
        state = AFTER;
        i = k + 1;
      } else {
        stack.push(foldOpen.len);
        closers.push(close);
        foldOpen.push(out.len - 1);
        foldClose.push(0);
        newline(stack.length);
        state = c === LBRACE ? KEY : VALUE;
        i++;
      }
    } else if (c === RBRACE || c === RBRACKET) {
      if (state !== AFTER || closers.pop() !== c) return undefined;
      const slot = stack.pop()!;
      newline(stack.length);
      foldClose.buf[slot] = out.len;
      out.push(c);
      i++;
    } else if (c === COMMA) {
      if (state !== AFTER || stack.length === 0) return undefined;
      out.push(COMMA);
      newline(stack.length);
      state = closers[closers.length - 1] === RBRACE ? KEY : VALUE;
      i++;
    } else if (c === COLON) {
      if (state !== COLON_NEXT) return undefined;
      out.push(COLON);
      out.push(SPACE);
      state = VALUE;
      i++;
    } else {
      if (state !== VALUE) return undefined;
      let j = i;
      while (j < len) {
        const d = src[j]!;
        if (isSpace(d) || d === COMMA || d === RBRACE || d === RBRACKET || d === COLON) break;
        if (d === QUOTE || d === LBRACE || d === LBRACKET) break;
        j++;
      }
      if (!scalarOk(src, i, j)) return undefined;
      out.copy(src, i, j);
      state = AFTER;
      i = j;
    }
    if (state === AFTER && stack.length === 0) sawValue = true;
  }
  if (!sawValue || stack.length > 0) return undefined;
  return { bytes: out.view(), foldOpen: foldOpen.toArray(), foldClose: foldClose.toArray() };
}
