/**
 * A small bash word splitter for running fixture commands with execFile (no shell): single
 * quotes, double quotes (`\"`, `\\`, `\$`, `` \` `` escapes), `$'…'` (`\n`, `\t`, `\r`, `\\`,
 * `\'`, `\"`, `\xHH`), backslash escapes and `\` line continuations. Written apart from the
 * importer's tokenizer on purpose, so the two do not share a mistake. No expansions.
 */

const ANSI: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"' };

/** Split `command` into words as bash would (for the quoting above); throws on an open quote. */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const s = command;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\" && s[i + 1] === "\n") {
      i++;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "\\") {
      word = (word ?? "") + (s[++i] ?? "");
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new Error(`open ' at ${i}`);
      word = (word ?? "") + s.slice(i + 1, end);
      i = end;
    } else if (c === "$" && s[i + 1] === "'") {
      let out = "";
      for (i += 2; s[i] !== "'"; i++) {
        if (i >= s.length) throw new Error("open $'");
        if (s[i] !== "\\") {
          out += s[i];
        } else if (s[i + 1] === "x") {
          const hex = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2))![0];
          out += String.fromCharCode(parseInt(hex, 16));
          i += 1 + hex.length;
        } else {
          out += ANSI[s[i + 1]!] ?? `\\${s[i + 1]}`;
          i++;
        }
      }
      word = (word ?? "") + out;
    } else if (c === '"') {
      let out = "";
      for (i++; s[i] !== '"'; i++) {
        if (i >= s.length) throw new Error('open "');
        if (s[i] === "\\" && /["\\$`]/.test(s[i + 1] ?? "")) out += s[++i];
        else if (s[i] === "\\" && s[i + 1] === "\n") i++;
        else out += s[i];
      }
      word = (word ?? "") + out;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
