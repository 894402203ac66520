/**
 * An XML pretty printer over UTF-8 bytes, the companion of prettyJson: it re-indents by two
 * spaces per level and changes nothing else. Only the whitespace between tags is replaced; an
 * element with text or CDATA directly inside (mixed content, or a plain `<a>text</a>`) is copied
 * exactly as received, on one indented line, so no text node changes. A document that is not
 * well-formed (see xmlTokens) gives undefined and the caller shows the raw body.
 */
import { ByteSink, U32List } from "./growable";
import type { PrettyJson } from "./prettyJson";
import { END, MIXED, SPACE_TEXT, START, xmlTokens } from "./xmlTokens";

const NEWLINE = 0x0a;
const SPACE = 0x20;

/** Pretty-prints XML bytes, with fold regions from each multi-line element's tags. */
export function prettyXml(src: Uint8Array): PrettyJson | undefined {
  const tokens = xmlTokens(src);
  if (!tokens) return undefined;
  const { count, kind, from, to, match } = tokens;
  const out = new ByteSink(src.length + (src.length >> 1) + 64);
  let indent = new Uint8Array(1 + 2 * 64).fill(SPACE);
  indent[0] = NEWLINE;
  const foldOpen = new U32List();
  const foldClose = new U32List();
  const slots: number[] = [];
  let depth = 0;
  let first = true;
  const newline = () => {
    if (first) return void (first = false);
    const n = 1 + 2 * depth;
    if (n > indent.length) {
      indent = new Uint8Array(n * 2).fill(SPACE);
      indent[0] = NEWLINE;
    }
    out.copy(indent, 0, n);
  };
  for (let t = 0; t < count; t++) {
    const k = kind[t]!;
    if (k === SPACE_TEXT) continue;
    if (k === MIXED) {
      newline();
      out.copy(src, from[t]!, to[match[t]!]!);
      t = match[t]!;
      continue;
    }
    if (k === START) {
      newline();
      let next = t + 1;
      while (kind[next] === SPACE_TEXT) next++;
      out.copy(src, from[t]!, to[t]!);
      if (next === match[t]) {
        // An empty element stays on one line: <a></a>.
        out.copy(src, from[next]!, to[next]!);
        t = next;
        continue;
      }
      slots.push(foldOpen.len);
      foldOpen.push(out.len - (to[t]! - from[t]!));
      foldClose.push(0);
      depth++;
      continue;
    }
    if (k === END) {
      depth--;
      newline();
      foldClose.buf[slots.pop()!] = out.len;
    } else newline();
    out.copy(src, from[t]!, to[t]!);
  }
  return { bytes: out.view(), foldOpen: foldOpen.toArray(), foldClose: foldClose.toArray() };
}
