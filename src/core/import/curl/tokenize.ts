/**
 * Split a pasted cURL command into words the way its shell would: bash (single quotes, double
 * quotes, `$'…'`, backslash escapes and `\` line continuations) or Windows cmd (`^` escapes and
 * continuations, double quotes with `\"`), as browsers' "copy as cURL" produce them.
 */
import type { Result } from "../../result";
import { err, ok } from "../../result";

/** Which shell's quoting a command uses. */
export type Shell = "bash" | "cmd";

/** Windows cmd style when `^` quotes or `^` line continuations appear. */
export function detectShell(text: string): Shell {
  return /\^"|\^\r?\n/.test(text) ? "cmd" : "bash";
}

const ANSI: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?",
};

/** Read a `$'…'` body from `i` (after the opening quote); returns the text and the next index. */
function ansiC(s: string, i: number): { text: string; next: number } | undefined {
  let out = "";
  while (i < s.length) {
    const c = s[i]!;
    if (c === "'") return { text: out, next: i + 1 };
    if (c !== "\\") {
      out += c;
      i++;
      continue;
    }
    const e = s[i + 1] ?? "";
    const hex = /^x([0-9a-fA-F]{1,2})/.exec(s.slice(i + 1));
    const uni = /^[uU]([0-9a-fA-F]{1,8})/.exec(s.slice(i + 1));
    if (hex) {
      out += String.fromCharCode(parseInt(hex[1]!, 16));
      i += 1 + hex[0].length;
    } else if (uni) {
      out += String.fromCodePoint(parseInt(uni[1]!, 16));
      i += 1 + uni[0].length;
    } else {
      out += ANSI[e] ?? `\\${e}`;
      i += 2;
    }
  }
  return undefined;
}

/** Where a quote opened, as "line L, column C" (1-based). */
function where(s: string, index: number): string {
  const before = s.slice(0, index).split("\n");
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

function unterminated(s: string, index: number, quote: string) {
  return err({
    code: "CURL_UNTERMINATED_QUOTE",
    message: `The ${quote} quote opened at ${where(s, index)} is never closed.`,
    at: where(s, index),
  });
}

/** Tokenize bash quoting. */
function bashWords(s: string): Result<string[]> {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const end = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === "\\") {
      const n = s[i + 1];
      if (n === "\n") i += 2;
      else if (n === "\r" && s[i + 2] === "\n") i += 3;
      else {
        word += n ?? "";
        inWord = true;
        i += 2;
      }
    } else if (/\s/.test(c)) {
      end();
      i++;
    } else if (c === "'") {
      const close = s.indexOf("'", i + 1);
      if (close < 0) return unterminated(s, i, "single");
      word += s.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === "$" && s[i + 1] === "'") {
      const r = ansiC(s, i + 2);
      if (!r) return unterminated(s, i, "$'");
      word += r.text;
      inWord = true;
      i = r.next;
    } else if (c === '"') {
      let j = i + 1;
      let out = "";
      while (j < s.length && s[j] !== '"') {
        if (s[j] === "\\" && /["\\$`\n]/.test(s[j + 1] ?? "")) {
          if (s[j + 1] !== "\n") out += s[j + 1];
          j += 2;
        } else out += s[j++];
      }
      if (j >= s.length) return unterminated(s, i, "double");
      word += out;
      inWord = true;
      i = j + 1;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  end();
  return ok(words);
}

/** Tokenize Windows cmd quoting (`^` escapes the next character; `^` + newline continues). */
function cmdWords(s: string): Result<string[]> {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quoteAt = -1;
  let i = 0;
  const end = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  while (i < s.length) {
    let c = s[i]!;
    let escaped = false;
    if (c === "^") {
      const n = s[i + 1] ?? "";
      if (n === "\n" || (n === "\r" && s[i + 2] === "\n")) {
        i += n === "\n" ? 2 : 3;
        continue;
      }
      c = n;
      escaped = c !== '"';
      i++;
    }
    if (c === "\\" && s[i + 1] === "^" && s[i + 2] === '"') {
      word += '"';
      i += 3;
    } else if (c === "\\" && s[i + 1] === '"' && quoteAt >= 0) {
      word += '"';
      i += 2;
    } else if (c === '"' && !escaped) {
      quoteAt = quoteAt >= 0 ? -1 : i;
      inWord = true;
      i++;
    } else if (/\s/.test(c) && quoteAt < 0 && !escaped) {
      end();
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (quoteAt >= 0) return unterminated(s, quoteAt, "double");
  end();
  return ok(words);
}

/** The command's words, with quoting removed; the shell is detected when not given. */
export function tokenize(text: string, shell: Shell = detectShell(text)): Result<string[]> {
  return shell === "cmd" ? cmdWords(text) : bashWords(text);
}
