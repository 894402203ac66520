/** String literals for generated code. */

/** A double-quoted literal with C-family escapes (Rust, Dart, and most others). */
export function cString(s: string, extra = ""): string {
  let out = "";
  for (const ch of s) {
    if (ch === "\\" || ch === '"' || extra.includes(ch)) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else out += ch;
  }
  return `"${out}"`;
}
