/** Postman auth (v2.1 attribute lists, or v2.0 key/value objects) → our Auth, every type kept. */
import type { Auth, AuthType } from "../../model";
import { AUTH_TYPES } from "../../model";
import { UNSAFE_KEYS } from "../restore/values";
import { at, clean, ImportFailure, isObject, list, object, text } from "./read";

/** The attribute list of one type: v2.1's `[{key, value, type}]` or v2.0's `{key: value}`. */
function attributes(value: unknown, path: string): Auth["attributes"] {
  if (value === undefined || value === null) return [];
  if (isObject(value)) {
    return Object.entries(clean(value) as Record<string, unknown>).map(([key, v]) => ({
      key,
      value: v,
    }));
  }
  return list(value, path).map((entry, i) => {
    const p = at(path, i);
    const o = object(entry, p);
    const attr: Auth["attributes"][number] = {
      key: text(o.key, at(p, "key")),
      value: clean(o.value),
    };
    if (typeof o.type === "string") attr.type = o.type;
    return attr;
  });
}

/**
 * Convert an `auth` block. Absent or null means `whenAbsent` (inherit for folders and requests,
 * noauth for a collection). The active type's attributes are used; the blocks of other types
 * (Postman keeps them when the type is switched) are kept in `others` for export.
 */
export function importAuth(value: unknown, path: string, whenAbsent: AuthType): Auth {
  if (value === undefined || value === null) return { type: whenAbsent, attributes: [] };
  const o = object(value, path);
  const type = text(o.type, at(path, "type"));
  if (!(AUTH_TYPES as readonly string[]).includes(type)) {
    throw new ImportFailure(at(path, "type"), `unknown auth type "${type}"`);
  }
  const auth: Auth = { type: type as AuthType, attributes: attributes(o[type], at(path, type)) };
  for (const [key, block] of Object.entries(o)) {
    if (key === "type" || key === type || UNSAFE_KEYS.has(key)) continue;
    if (!Array.isArray(block) && !isObject(block)) continue;
    auth.others ??= {};
    auth.others[key] = attributes(block, at(path, key));
  }
  return auth;
}
