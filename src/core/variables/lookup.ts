/** The UI's VariableLookup (hover, highlighting, completion) over resolved scopes. */
import type { Variable } from "../model";
import { isSecretVariable } from "../secrets/parts";
import { findDynamicVariable } from "./dynamic";
import type { ScopeName, VariableScopes } from "./scopes";
import { findInScopes } from "./scopes";
import { substituteTokens } from "./template";

/** What the UI learns about one name (see the UI contract). */
export interface VariableInfo {
  value: string;
  scope: ScopeName | "dynamic";
  secret: boolean;
}

/** The UI contract's lookup: undefined when the name is not defined anywhere. */
export type VariableLookup = (name: string) => VariableInfo | undefined;

/** Secret names: one set for every scope, or a set per scope. */
export type SecretKeys = ReadonlySet<string> | Partial<Record<ScopeName, ReadonlySet<string>>>;

/** Names of secret variables (typed or named so: the secrets policy's rule), per scope. */
export function secretKeysOf(
  lists: Partial<Record<"environment" | "collection" | "global", readonly Variable[]>>,
): Partial<Record<ScopeName, ReadonlySet<string>>> {
  const out: Partial<Record<ScopeName, ReadonlySet<string>>> = {};
  for (const [scope, vars] of Object.entries(lists) as [ScopeName, readonly Variable[]][]) {
    out[scope] = new Set(vars.filter(isSecretVariable).map((v) => v.key));
  }
  return out;
}

function isSecret(secretKeys: SecretKeys, scope: ScopeName, name: string): boolean {
  if (secretKeys instanceof Set) return secretKeys.has(name);
  return (secretKeys as Partial<Record<ScopeName, ReadonlySet<string>>>)[scope]?.has(name) ?? false;
}

const display = (value: unknown): string =>
  typeof value === "string" ? value : value === undefined ? "" : (JSON.stringify(value) ?? "");

/**
 * Look a name up as resolution would: the winning user scope, else a dynamic variable (its value
 * is the description, since each use draws a fresh one).
 */
export function makeVariableLookup(
  scopes: VariableScopes,
  secretKeys: SecretKeys = new Set(),
): VariableLookup {
  return (name) => {
    const hit = findInScopes(scopes, name);
    if (hit) {
      return {
        value: display(hit.value),
        scope: hit.scope,
        secret: isSecret(secretKeys, hit.scope, name),
      };
    }
    const dynamic = findDynamicVariable(name);
    return dynamic ? { value: dynamic.description, scope: "dynamic", secret: false } : undefined;
  };
}

/**
 * `text` with its `{{variables}}` resolved through `lookup` by the send's own substitution rule,
 * for read-only previews of what will be sent (the Host in "Headers the browser adds"). Unknown
 * names stay as typed, and so do secrets (a preview does not reveal them) and dynamic variables
 * (each send draws a fresh value, so no single value is right).
 */
export function previewTemplate(text: string, lookup: VariableLookup): string {
  return substituteTokens(text, (name) => {
    const info = lookup(name);
    return info && info.scope !== "dynamic" && !info.secret ? info.value : undefined;
  });
}
