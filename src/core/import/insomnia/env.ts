/** Insomnia environment `data` (nested JSON) → our variables, nested keys joined with dots. */
import type { Variable } from "../../model";
import { isObject } from "../postman/read";
import { UNSAFE_KEYS } from "../restore/values";
import type { TemplateNotes } from "./template";
import { convertTemplate } from "./template";

/** Flatten `data` into variables; `{a: {b: 1}}` → `a.b = 1` (Insomnia reads it as `_.a.b`). */
export function envVariables(data: unknown, notes: TemplateNotes, secret = false): Variable[] {
  const out: Variable[] = [];
  const walk = (value: unknown, prefix: string, depth: number): void => {
    if (isObject(value) && depth < 20) {
      for (const [k, v] of Object.entries(value)) {
        if (!UNSAFE_KEYS.has(k)) walk(v, prefix ? `${prefix}.${k}` : k, depth + 1);
      }
      return;
    }
    if (prefix === "") return;
    const text =
      typeof value === "string"
        ? convertTemplate(value, notes)
        : typeof value === "number" || typeof value === "boolean"
          ? value
          : value === null || value === undefined
            ? ""
            : JSON.stringify(value);
    out.push({ key: prefix, value: text, type: secret ? "secret" : "default", enabled: true });
  };
  walk(data, "", 0);
  return out;
}
