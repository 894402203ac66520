/** Postman key/value lists (headers, query, path variables, form fields, variables) → ours. */
import type { KeyValue, Variable, VariableType } from "../../model";
import { VARIABLE_TYPES } from "../../model";
import { at, clean, enabledOf, extras, list, object, rest, text } from "./read";

/** A Postman description: a string, or `{content, type, version}` (extra keeps the rest). */
export function description(
  value: unknown,
  path: string,
): { text: string; extra?: Record<string, unknown> } {
  if (value === undefined || value === null || typeof value === "string") {
    return { text: value ?? "" };
  }
  const o = object(value, path);
  const extra = rest(o, ["content"]);
  return extra
    ? { text: text(o.content, at(path, "content")), extra }
    : { text: text(o.content, at(path, "content")) };
}

/** One key/value row: key, value, disabled, description; anything else into extra. */
export function keyValue(value: unknown, path: string, known: readonly string[] = []): KeyValue {
  const o = object(value, path);
  const row: KeyValue = {
    key: text(o.key, at(path, "key")),
    value: text(o.value, at(path, "value")),
    enabled: enabledOf(o),
  };
  const desc = description(o.description, at(path, "description"));
  if (o.description !== undefined) row.description = desc.text;
  const extra = extras(
    rest(o, ["key", "value", "disabled", "description", ...known]),
    desc.extra ? { description: desc.extra } : undefined,
    // No `value` at all (not even null): written back without one.
    "value" in o ? undefined : { valueAbsent: true },
  );
  if (extra) row.extra = extra;
  return row;
}

/** A list of rows (absent → []). */
export function keyValues(value: unknown, path: string): KeyValue[] {
  return list(value, path).map((v, i) => keyValue(v, at(path, i)));
}

/** Headers: a list of rows, or the old "Key: value\n…" string form. */
export function headers(value: unknown, path: string): KeyValue[] {
  if (typeof value !== "string") return keyValues(value, path);
  return value
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const colon = line.indexOf(":");
      if (colon < 0) return { key: line.trim(), value: "", enabled: true };
      return {
        key: line.slice(0, colon).trim(),
        value: line.slice(colon + 1).trim(),
        enabled: true,
      };
    });
}

/** One variable in any scope; non-primitive values are kept as JSON text plus the original. */
export function variable(value: unknown, path: string): Variable {
  const o = object(value, path);
  const key = o.key ?? o.id ?? o.name;
  const raw = o.value;
  const primitive = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean";
  const type = typeof o.type === "string" && (VARIABLE_TYPES as readonly string[]).includes(o.type);
  const v: Variable = {
    key: text(key, at(path, "key")),
    value: primitive ? raw : raw === undefined || raw === null ? "" : JSON.stringify(raw),
    type: type ? (o.type as VariableType) : "default",
    enabled: o.enabled === false ? false : enabledOf(o),
  };
  const desc = description(o.description, at(path, "description"));
  if (o.description !== undefined) v.description = desc.text;
  const known = ["key", "value", "disabled", "description", "enabled"];
  if (type) known.push("type");
  const extra = extras(
    rest(o, known),
    !primitive && raw !== undefined ? { rawValue: clean(raw) } : undefined,
    desc.extra ? { description: desc.extra } : undefined,
  );
  if (extra) v.extra = extra;
  return v;
}

/** A variable list (absent → []); `values` is the environment file's name for it. */
export function variables(value: unknown, path: string): Variable[] {
  return list(value, path).map((v, i) => variable(v, at(path, i)));
}
