/**
 * `{{variable}}` tokens of a text, classed for highlighting and described for tooltips. Shared by
 * the single-line VarInput and the CodeMirror decorator, so both show the same thing.
 */
import type { VariableInfo, VariableLookup } from "../../core/variables/lookup";
import { findVariableTokens } from "../../core/variables/template";

/** CSS class of a token whose name resolves. */
export const VAR_OK = "var-ok";
/** CSS class of a token whose name is not defined anywhere. */
export const VAR_MISSING = "var-missing";
/** What a secret value shows instead of itself. */
export const SECRET_MASK = "•••••";

/** A token with its highlight class. */
export interface ClassedToken {
  from: number;
  to: number;
  name: string;
  className: typeof VAR_OK | typeof VAR_MISSING;
}

/** The class for one name. */
export function tokenClass(name: string, lookup: VariableLookup): ClassedToken["className"] {
  return lookup(name.trim()) ? VAR_OK : VAR_MISSING;
}

/** Every `{{name}}` token in `text` with its class, in order. */
export function classifyTokens(text: string, lookup: VariableLookup): ClassedToken[] {
  return findVariableTokens(text).map((t) => ({ ...t, className: tokenClass(t.name, lookup) }));
}

/** A text cut into plain runs and token runs (for the mirrored overlay). */
export type Segment = { text: string; token?: ClassedToken };

/** `text` as alternating plain and token segments; joining their texts gives `text` back. */
export function segmentText(text: string, lookup: VariableLookup): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const token of classifyTokens(text, lookup)) {
    if (token.from > at) out.push({ text: text.slice(at, token.from) });
    out.push({ text: text.slice(token.from, token.to), token });
    at = token.to;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The token containing offset `pos` (inclusive of both ends), if any. */
export function tokenAt(
  text: string,
  pos: number,
): ReturnType<typeof findVariableTokens>[number] | undefined {
  return findVariableTokens(text).find((t) => pos >= t.from && pos <= t.to);
}

/** What a tooltip says about a name: its shown value (masked if secret) and its scope. */
export interface VariableDescription {
  name: string;
  value: string;
  scope: string;
  defined: boolean;
}

const shownValue = (info: VariableInfo) => (info.secret ? SECRET_MASK : info.value);

/** Describe `name` for a tooltip; undefined names say "not defined". */
export function describeVariable(name: string, lookup: VariableLookup): VariableDescription {
  const key = name.trim();
  const info = lookup(key);
  if (!info) return { name: key, value: "", scope: "not defined", defined: false };
  return { name: key, value: shownValue(info), scope: info.scope, defined: true };
}

/** Names starting with `prefix` (case-insensitive), for `{{` completion; at most `limit`. */
export function completeNames(names: readonly string[], prefix: string, limit = 20): string[] {
  const p = prefix.toLowerCase();
  return [...new Set(names)].filter((n) => n.toLowerCase().startsWith(p)).slice(0, limit);
}

/** When the caret sits right after an open `{{name-prefix`, that prefix and where `{{` starts. */
export function openTokenBefore(
  text: string,
  caret: number,
): { prefix: string; from: number } | undefined {
  const before = text.slice(0, caret);
  const m = /\{\{([^{}]*)$/.exec(before);
  return m ? { prefix: m[1] ?? "", from: m.index } : undefined;
}
