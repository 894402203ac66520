/**
 * Variable-name completion as plain functions (no CodeMirror, tested in Node): after an open
 * `{{` in any editor, and inside the string argument of `pm.<scope>.get("…` in scripts.
 */
import { completeNames, openTokenBefore } from "./varTokens";

/** One offered name; structurally a CodeMirror `Completion`. */
export interface VariableOption {
  label: string;
  type: "variable";
  /** Text inserted: the name, plus the closing `}}` when it is not already there. */
  apply: string;
}

/** Options to insert at `from` (the offset, in `textBefore`, where the typed name starts). */
export interface VariableCompletions {
  from: number;
  options: VariableOption[];
}

/** How many names a list offers at most. */
const LIMIT = 200;

/** The closing braces still missing, given the text right after the caret. */
const missingClose = (textAfter: string): string =>
  textAfter.startsWith("}}") ? "" : textAfter.startsWith("}") ? "}" : "}}";

const unique = (names: readonly string[]) => completeNames(names, "", LIMIT);

/**
 * After an open `{{prefix` (no `}}` yet before the caret): every defined name, unfiltered (the
 * editor ranks them by the prefix). `textAfter` is what follows the caret on its line, so that
 * an editor which auto-closed `{{` to `{{}}` does not get a second `}}`.
 */
export function variableCompletionAt(
  textBefore: string,
  names: readonly string[],
  textAfter = "",
): VariableCompletions | null {
  const open = openTokenBefore(textBefore, textBefore.length);
  if (!open) return null;
  const lead = /^\s*/.exec(open.prefix)?.[0].length ?? 0;
  const close = missingClose(textAfter);
  const options = unique(names).map((label): VariableOption => ({
    label,
    type: "variable",
    apply: label + close,
  }));
  if (options.length === 0) return null;
  return { from: open.from + 2 + lead, options };
}

const SCOPE_CALL =
  /\bpm\.(?:variables|environment|collectionVariables|globals|iterationData)\.(?:get|set|has|unset)\(\s*(["'])([^"'\\\n]*)$/;

/**
 * Inside the first string argument of `pm.<scope>.get("…` (also set/has/unset): the defined
 * names, inserted without quotes (the editor usually closed the string already).
 */
export function scriptVariableNameAt(
  textBefore: string,
  names: readonly string[],
): VariableCompletions | null {
  const m = SCOPE_CALL.exec(textBefore);
  if (!m) return null;
  const options = unique(names).map((label): VariableOption => ({
    label,
    type: "variable",
    apply: label,
  }));
  if (options.length === 0) return null;
  return { from: textBefore.length - (m[2] ?? "").length, options };
}
