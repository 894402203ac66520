/**
 * Reading and writing auth attributes the way the field table describes them: text with a
 * select's default when absent, booleans stored as Postman does (`type: "boolean"`), and the
 * change of type that keeps the attributes the new type also uses.
 */
import type { Auth, AuthType } from "../../../../core/model";
import type { AuthField } from "./authFields";
import { AUTH_FIELDS } from "./authFields";
import { authKeys } from "./authTypes";

type Attribute = Auth["attributes"][number];

/** An attribute's value as text ("" when absent; objects as JSON). */
export function attributeText(auth: Auth, key: string): string {
  const value = auth.attributes.find((a) => a.key === key)?.value;
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** What a field shows: the attribute's text, or the field's default when it is absent or "". */
export function fieldText(auth: Auth, field: AuthField): string {
  return attributeText(auth, field.key) || (field.default ?? "");
}

/** A checkbox's state: true for `true` and for imported `"true"`. */
export function fieldChecked(auth: Auth, key: string): boolean {
  const value = auth.attributes.find((a) => a.key === key)?.value;
  return value === true || value === "true";
}

/** Whether `field` is shown for `auth` (its `when` condition holds, defaults included). */
export function fieldShown(auth: Auth, field: AuthField): boolean {
  const when = field.when;
  if (!when) return true;
  const source = AUTH_FIELDS[auth.type]?.find((f) => f.key === when.key);
  const value = source ? fieldText(auth, source) : attributeText(auth, when.key);
  return when.in.includes(value);
}

/** Auth with attribute `key` set (added at the end when missing); `type` follows the value. */
export function setAttribute(auth: Auth, key: string, value: string | boolean): Auth {
  const type = typeof value === "boolean" ? "boolean" : "string";
  const next: Attribute = { key, value, type };
  const has = auth.attributes.some((a) => a.key === key);
  const attributes = has
    ? auth.attributes.map((a) => (a.key === key ? { ...a, value, type } : a))
    : [...auth.attributes, next];
  return { ...auth, attributes };
}

/**
 * Auth of type `type`, keeping the attributes whose keys `type` also uses (a choice only when its
 * value is one of the new type's options), and writing the defaults of its other choices.
 */
export function switchAuthType(auth: Auth, type: AuthType): Auth {
  const keys = new Map(authKeys(type).map((k) => [k.key, k.options]));
  const kept = auth.attributes.filter((a) => {
    if (!keys.has(a.key)) return false;
    const options = keys.get(a.key);
    return !options || options.includes(String(a.value));
  });
  const defaults: Attribute[] = (AUTH_FIELDS[type] ?? [])
    .filter((f) => f.default !== undefined && !kept.some((a) => a.key === f.key))
    .map((f) => ({ key: f.key, value: f.default, type: "string" }));
  return { type, attributes: [...kept, ...defaults] };
}
