/**
 * `{{name}}` templates: resolution with Postman's precedence and repeat passes, token finding
 * for editor highlighting, and the names left unresolved.
 * @see ../shared/postman-semantics.md (the team folder beside the project root) (Variables)
 */
import type { Deps } from "../factory";
import { makeFixedClock, makeSeededRandom } from "../clock";
import { generateDynamic } from "./dynamic";
import type { VariableScopes } from "./scopes";
import { findInScopes, isSubstitutable } from "./scopes";

/** Postman's token: `{{` + a name without braces (spaces allowed) + `}}`. */
const TOKEN = /\{\{([^{}]*?)\}\}/g;
/** Postman's Substitutor.VARS_SUBREPLACE_LIMIT. */
export const MAX_PASSES = 19;

/** A value for `name`: user scopes first, dynamic variables last; undefined keeps it verbatim. */
function valueFor(name: string, scopes: VariableScopes, deps: Deps): string | undefined {
  const hit = findInScopes(scopes, name);
  if (hit) return isSubstitutable(hit.value) ? String(hit.value) : undefined;
  return generateDynamic(name, deps);
}

/** The text a `{{name}}` token becomes, or undefined to keep the token as typed. */
export type TokenValue = (name: string) => string | undefined;

/**
 * Replace every `{{name}}` in `text` with `valueOf(name)`. Repeats while a pass found tokens, up
 * to 19 passes, so `{{a{{i}}}}` resolves the inner token first and a value holding a token is
 * resolved in turn. The one substitution rule: resolveTemplate and the UI's previews share it.
 */
export function substituteTokens(text: string, valueOf: TokenValue): string {
  let value = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let found = 0;
    value = value.replace(TOKEN, (match, name: string) => {
      found++;
      return valueOf(name) ?? match;
    });
    if (found === 0) break;
  }
  return value;
}

/** Replace every `{{name}}` in `text` from `scopes` (then dynamic variables); unknown stay. */
export function resolveTemplate(text: string, scopes: VariableScopes, deps: Deps): string {
  return substituteTokens(text, (name) => valueFor(name, scopes, deps));
}

/** A `{{name}}` token's place in a text: `from` at the first brace, `to` after the last. */
export interface VariableToken {
  from: number;
  to: number;
  name: string;
}

/** Every innermost `{{name}}` token in `text`, in order (for highlighting and hover). */
export function findVariableTokens(text: string): VariableToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
    name: m[1] ?? "",
  }));
}

const namesOnly: Deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };

/** Names whose tokens would survive resolution (unknown, or holding a non-substitutable value). */
export function unresolvedNames(text: string, scopes: VariableScopes): string[] {
  const left = resolveTemplate(text, scopes, namesOnly);
  return [...new Set(findVariableTokens(left).map((t) => t.name))];
}
