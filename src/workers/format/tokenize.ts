/**
 * Per-line tokenizers for syntax colours. They look at one line at a time (the view only ever
 * asks for a window), so a token cut by a wrapped line may be coloured imperfectly; that is the
 * price of never tokenizing the whole body.
 */
import type { BodyKind, Token } from "./types";

const JSON_TOKEN = /"(?:[^"\\]|\\.)*"?|-?\d[\d.eE+-]*|true|false|null|[{}[\],:]/g;

/** JSON tokens: keys (a string followed by ":"), strings, numbers, literals, punctuation. */
export function tokenizeJsonLine(text: string): Token[] {
  const tokens: Token[] = [];
  JSON_TOKEN.lastIndex = 0;
  for (let m = JSON_TOKEN.exec(text); m !== null; m = JSON_TOKEN.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    const c = m[0].charCodeAt(0);
    if (c === 0x22) {
      let k = to;
      while (text.charCodeAt(k) === 0x20) k++;
      tokens.push({ from, to, type: text.charCodeAt(k) === 0x3a ? "key" : "string" });
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      tokens.push({ from, to, type: "number" });
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      tokens.push({ from, to, type: "literal" });
    } else {
      tokens.push({ from, to, type: "punctuation" });
    }
  }
  return tokens;
}

const MARKUP_TOKEN =
  /<!--.*?(?:-->|$)|<\/?[A-Za-z_][\w:.-]*|\/?>|([A-Za-z_:][\w:.-]*)(?=\s*=)|"[^"]*"?|'[^']*'?/g;

/**
 * XML/HTML tokens: comments, tag names (with their "<" or "</"), tag ends, attribute names and
 * quoted values. Quoted text outside a tag is not coloured.
 */
export function tokenizeMarkupLine(text: string): Token[] {
  const tokens: Token[] = [];
  let inTag = false;
  MARKUP_TOKEN.lastIndex = 0;
  for (let m = MARKUP_TOKEN.exec(text); m !== null; m = MARKUP_TOKEN.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    const s = m[0];
    if (s.startsWith("<!--")) tokens.push({ from, to, type: "comment" });
    else if (s.startsWith("<")) {
      inTag = true;
      tokens.push({ from, to, type: "tag" });
    } else if (s.endsWith(">")) {
      inTag = false;
      tokens.push({ from, to, type: "tag" });
    } else if (m[1] !== undefined) {
      if (inTag) tokens.push({ from, to, type: "attr" });
    } else if (inTag) tokens.push({ from, to, type: "string" });
  }
  return tokens;
}

/** The tokenizer for a body kind (plain text and binary get none). */
export function tokenizeLine(kind: BodyKind, text: string): Token[] {
  if (kind === "json") return tokenizeJsonLine(text);
  if (kind === "xml" || kind === "html") return tokenizeMarkupLine(text);
  return [];
}
