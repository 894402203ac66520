/**
 * Parameter serialization by `style` and `explode`, as OpenAPI 3 defines it, applied to an
 * example value so the imported request carries what a real call would send (values are left
 * unencoded; the URL builder encodes them).
 * @see https://spec.openapis.org/oas/v3.1.0#style-values
 */
import { isObj } from "./refs";

/** A serialization style. */
export type Style =
  "form" | "simple" | "label" | "matrix" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** One key/value pair to put in a query string. */
export type Pair = [key: string, value: string];

const text = (v: unknown): string =>
  v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);

const entries = (v: Record<string, unknown>) => Object.entries(v).map(([k, x]) => [k, text(x)]);

/** The default style for a parameter location. */
export const defaultStyle = (location: string): Style =>
  location === "query" || location === "cookie" ? "form" : "simple";

/** Serializes a path or header value (simple, label, matrix) into one string. */
export function serializeValue(name: string, value: unknown, style: Style, explode: boolean) {
  const prefix = style === "label" ? "." : style === "matrix" ? ";" : "";
  const named = (v: string) => (style === "matrix" ? `${name}=${v}` : v);
  if (Array.isArray(value)) {
    const items = value.map(text);
    if (style === "matrix" && explode) return items.map((i) => `;${name}=${i}`).join("");
    const sep = explode && style === "label" ? "." : ",";
    return prefix + named(items.join(sep));
  }
  if (isObj(value)) {
    const kv = entries(value);
    if (explode) {
      const sep = style === "label" ? "." : style === "matrix" ? ";" : ",";
      return prefix + kv.map(([k, v]) => `${k}=${v}`).join(sep);
    }
    return prefix + named(kv.flat().join(","));
  }
  return prefix + named(text(value));
}

/** Serializes a query (or cookie) value into pairs: form, spaceDelimited, pipeDelimited, deepObject. */
export function serializePairs(name: string, value: unknown, style: Style, explode: boolean) {
  if (Array.isArray(value)) {
    const items = value.map(text);
    if (explode) return items.map((i): Pair => [name, i]);
    const sep = style === "spaceDelimited" ? " " : style === "pipeDelimited" ? "|" : ",";
    return [[name, items.join(sep)] as Pair];
  }
  if (isObj(value)) {
    const kv = entries(value);
    if (style === "deepObject") return kv.map(([k, v]): Pair => [`${name}[${k}]`, v ?? ""]);
    if (explode) return kv.map(([k, v]): Pair => [k ?? "", v ?? ""]);
    const sep = style === "spaceDelimited" ? " " : style === "pipeDelimited" ? "|" : ",";
    return [[name, kv.flat().join(sep)] as Pair];
  }
  return [[name, text(value)] as Pair];
}
