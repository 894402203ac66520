/**
 * The OAuth 2.0 settings with their `{{variables}}` resolved, for "Get new access token": the
 * grant runs in the Auth tab, outside a send, so it resolves through the tab's variable lookup
 * (secrets included: they are the credentials the grant needs; dynamic variables stay as typed).
 */
import type { Auth } from "../../../../core/model";
import { substituteTokens } from "../../../../core/variables/template";
import type { VariableLookup } from "../../../../core/variables/lookup";

/** `text` resolved through `lookup`; unknown and dynamic names stay as typed. */
export function resolveText(text: string, lookup: VariableLookup): string {
  return substituteTokens(text, (name) => {
    const info = lookup(name);
    return info && info.scope !== "dynamic" ? info.value : undefined;
  });
}

/** Resolves a custom-parameter row list's keys and values; other values are kept. */
function resolveValue(value: unknown, lookup: VariableLookup): unknown {
  if (typeof value === "string") return resolveText(value, lookup);
  if (!Array.isArray(value)) return value;
  return (value as unknown[]).map((row) => {
    if (typeof row !== "object" || row === null) return row;
    const r = row as Record<string, unknown>;
    return {
      ...r,
      ...(typeof r.key === "string" ? { key: resolveText(r.key, lookup) } : {}),
      ...(typeof r.value === "string" ? { value: resolveText(r.value, lookup) } : {}),
    };
  });
}

/** `auth` with every attribute resolved. */
export function resolveAuth(auth: Auth, lookup: VariableLookup): Auth {
  return {
    ...auth,
    attributes: auth.attributes.map((a) => ({ ...a, value: resolveValue(a.value, lookup) })),
  };
}
