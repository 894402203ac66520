/**
 * What the secrets policy blanked, as data and as the short sentence the export dialog shows
 * before a download ("7 values blanked: Authorization header in 'Get user', variable token, …").
 */
import type { AuthType } from "../model";

/** The kind of place a blanked value sat in. */
export type BlankedKind =
  | "header"
  | "response header"
  | "query parameter"
  | "form field"
  | "URL password"
  | "auth"
  | "variable"
  | "setting";

/** One value the policy blanked (its name is kept in the output). */
export interface BlankedValue {
  kind: BlankedKind;
  /** The header, parameter, field, variable or auth attribute name. */
  name: string;
  /** For auth attributes: the auth type ("bearer", "oauth2"…). */
  authType?: AuthType;
  /** Where it sits, for people: `'Get user'`, `folder 'Users'`; absent at the top level. */
  where?: string;
}

/** A value with its secrets blanked, and what was blanked. */
export interface Blanking<T> {
  value: T;
  blanked: BlankedValue[];
}

/** One blanked value in words: "Authorization header in 'Get user'", "variable token". */
export function describeBlanked(b: BlankedValue): string {
  const what = (() => {
    switch (b.kind) {
      case "header":
        return `${b.name} header`;
      case "response header":
        return `${b.name} response header`;
      case "URL password":
        return `URL password of ${b.name}`;
      case "auth":
        return `${b.authType ?? ""} auth ${b.name}`.trim();
      default:
        return `${b.kind} ${b.name}`;
    }
  })();
  return b.where ? `${what} in ${b.where}` : what;
}

/**
 * The dialog's sentence: how many values were blanked and the first `shown` of them, the rest
 * counted ("… and 2 more.").
 */
export function summarizeBlanked(blanked: readonly BlankedValue[], shown = 5): string {
  if (blanked.length === 0) return "No secret values found to blank.";
  const count = blanked.length === 1 ? "1 value blanked" : `${blanked.length} values blanked`;
  const listed = blanked.slice(0, shown).map(describeBlanked);
  const rest = blanked.length - listed.length;
  const text = rest > 0 ? `${listed.join(", ")} and ${rest} more` : listed.join(", ");
  return `${count}: ${text}.`;
}

/** `'name'` as the policy quotes places; `fallback` when the name is empty. */
export const quoted = (name: string, fallback = "untitled"): string => `'${name || fallback}'`;

/** Collects blanked values, once each per owner (a URL query and its Params row are one value). */
export function makeBlankedList(): {
  add: (owner: string, b: BlankedValue) => void;
  list: BlankedValue[];
} {
  const list: BlankedValue[] = [];
  const seen = new Set<string>();
  return {
    list,
    add(owner, b) {
      const key = `${owner}\u0000${b.kind}\u0000${b.authType ?? ""}\u0000${b.name.toLowerCase()}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push(b);
    },
  };
}
