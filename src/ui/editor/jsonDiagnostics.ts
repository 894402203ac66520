/**
 * JSON lint for request bodies: one diagnostic from JSON.parse's error position. `{{variables}}`
 * are blanked to a same-length number first, so `"id": {{id}}` is not reported as an error.
 */

/** A problem in the text, as offsets (mapped to CodeMirror's Diagnostic by the lint glue). */
export interface TextDiagnostic {
  from: number;
  to: number;
  message: string;
  severity: "error";
}

/** Replace each `{{…}}` with `0` padded by spaces to the same length (valid in and out of strings). */
export function blankVariables(text: string): string {
  return text.replace(/\{\{[^{}]*\}\}/g, (m) => "0" + " ".repeat(m.length - 1));
}

/** Offset from "line L column C" (1-based) in `text`. */
function offsetOfLineColumn(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(text.length, at + column - 1);
}

/** Where JSON.parse says it failed: "position N", "line L column C", or the end. */
export function errorOffset(message: string, text: string): number {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Math.min(text.length, Number(pos[1]));
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return offsetOfLineColumn(text, Number(lc[1]), Number(lc[2]));
  return text.length;
}

/** Diagnostics for `text` as JSON: none when it parses (or is blank). */
export function jsonDiagnostics(text: string): TextDiagnostic[] {
  if (text.trim() === "") return [];
  try {
    JSON.parse(blankVariables(text));
    return [];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const from = errorOffset(message, text);
    const to = Math.min(text.length, from + 1);
    return [{ from: to === from ? Math.max(0, from - 1) : from, to, message, severity: "error" }];
  }
}
