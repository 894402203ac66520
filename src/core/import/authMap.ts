/**
 * Other tools' auth settings → Postman v2.1 auth attributes, as data: each importer lists, per
 * auth type, which of its fields fills which Postman attribute (and how a value translates), so
 * Insomnia's and Hoppscotch's OAuth 2.0, OAuth 1.0, Digest, Hawk, AWS and JWT settings arrive
 * as auth Satchel sends rather than being dropped.
 */
import type { Auth, AuthType } from "../model";

/** One attribute: the Postman key, the source field, and an optional value translation. */
export type AttributeRule = readonly [
  postmanKey: string,
  sourceField: string,
  translate?: (value: unknown) => unknown,
];

/** A source type's Postman type and attribute rules. */
export interface AuthRule {
  type: AuthType;
  attributes: readonly AttributeRule[];
  /** Fixed attributes added after the rules (e.g. a grant type implied by the source type). */
  fixed?: Readonly<Record<string, unknown>>;
}

/** A value as Postman keeps it: strings through `text` (template conversion), others as they are. */
function keep(value: unknown, text: (s: string) => string): unknown {
  if (typeof value === "string") return text(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  return undefined;
}

/**
 * The Postman auth `rule` builds from `source`: fields absent in the source are left out, so
 * the signer's defaults apply. `text` converts a string (e.g. `<<var>>` → `{{var}}`).
 */
export function mapAuth(
  rule: AuthRule,
  source: Readonly<Record<string, unknown>>,
  text: (s: string) => string,
): Auth {
  const attributes: Auth["attributes"] = [];
  for (const [key, field, translate] of rule.attributes) {
    const raw = source[field];
    if (raw === undefined || raw === null) continue;
    const value = keep(translate ? translate(raw) : raw, text);
    if (value === undefined) continue;
    attributes.push({ key, value, type: typeof value === "boolean" ? "boolean" : "string" });
  }
  for (const [key, value] of Object.entries(rule.fixed ?? {})) {
    if (!attributes.some((a) => a.key === key)) {
      attributes.push({ key, value, type: typeof value === "boolean" ? "boolean" : "string" });
    }
  }
  return { type: rule.type, attributes };
}

/** A translation table as a function; unknown values pass through unchanged. */
export const oneOf =
  (table: Readonly<Record<string, unknown>>) =>
  (value: unknown): unknown =>
    typeof value === "string" && value in table ? table[value] : value;
