/**
 * Parameter serialization by `style` and `explode`, as the OpenAPI "Style Values" and "Style
 * Examples" tables define it (RFC 6570 for matrix, label, simple and form). Each location brings
 * a codec that encodes names, values and the delimiters a style inserts, so `,` inside a value is
 * `%2C` while the `,` that joins items stays. Undefined values (undefined, null, an empty array
 * or object) serialize to nothing: the caller leaves the parameter out.
 * deepObject nests (`color[a][b]=1`) and lists arrays as `color[list][]=x` (`[i]` for objects):
 * the spec leaves both undefined, and this is what qs, PHP and Rails all read.
 * @see https://spec.openapis.org/oas/v3.1.1#style-values
 * @see https://spec.openapis.org/oas/v3.1.1#style-examples
 */
import { isObj } from "../import/openapi/refs";
import type { StyleSpec } from "./types";

/** How one location writes names, values and the delimiters styles insert. */
export interface Codec {
  name: (text: string) => string;
  value: (text: string) => string;
  delim: (delimiter: string) => string;
}

/** A name/value pair, already encoded by the codec that made it. */
export type Pair = [name: string, value: string];

/** A primitive's text; objects and arrays nested deeper than a style reaches become JSON. */
export const toText = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);

const defined = (v: unknown) => v !== undefined && v !== null;

/** The value as RFC 6570 sees it: a list, a map, a primitive, or undefined. */
function shape(value: unknown) {
  if (!defined(value)) return { kind: "none" as const };
  if (Array.isArray(value)) {
    const items = value.filter(defined).map(toText);
    return items.length ? { kind: "list" as const, items } : { kind: "none" as const };
  }
  if (isObj(value)) {
    const entries = Object.entries(value)
      .filter(([, v]) => defined(v))
      .map(([k, v]): Pair => [k, toText(v)]);
    return entries.length ? { kind: "map" as const, entries } : { kind: "none" as const };
  }
  return { kind: "primitive" as const, text: toText(value) };
}

const listDelimiter = (spec: StyleSpec) =>
  spec.delimiter ??
  (spec.style === "spaceDelimited" ? " " : spec.style === "pipeDelimited" ? "|" : ",");

/**
 * A path or header value: simple, label or matrix (other styles are read as simple).
 * Undefined when the value is undefined.
 */
export function expandValue(spec: StyleSpec, value: unknown, codec: Codec): string | undefined {
  const s = shape(value);
  if (s.kind === "none") return undefined;
  const style = spec.style === "label" || spec.style === "matrix" ? spec.style : "simple";
  const name = codec.name(spec.name);
  const comma = codec.delim(",");
  const eq = codec.delim("=");
  // Matrix writes `;name` alone for an empty value (RFC 6570 section 3.2.7).
  const matrixPair = (n: string, v: string) => `;${n}${v === "" ? "" : eq + v}`;
  if (s.kind === "primitive") {
    const v = codec.value(s.text);
    return style === "matrix" ? matrixPair(name, v) : style === "label" ? `.${v}` : v;
  }
  if (s.kind === "list") {
    const items = s.items.map(codec.value);
    const joined = items.join(codec.delim(listDelimiter(spec)));
    if (style === "simple") return spec.explode ? items.join(comma) : joined;
    if (style === "label") return `.${spec.explode ? items.join(".") : joined}`;
    return spec.explode ? items.map((i) => matrixPair(name, i)).join("") : `;${name}${eq}${joined}`;
  }
  const kv = s.entries.map(([k, v]): Pair => [codec.name(k), codec.value(v)]);
  const flat = kv.flat().join(comma);
  if (style === "simple") return spec.explode ? kv.map(([k, v]) => k + eq + v).join(comma) : flat;
  if (style === "label") {
    return `.${spec.explode ? kv.map(([k, v]) => k + eq + v).join(".") : flat}`;
  }
  return spec.explode ? kv.map(([k, v]) => matrixPair(k, v)).join("") : `;${name}${eq}${flat}`;
}

/** deepObject pairs: `name[key]=value`, nesting objects and listing arrays. */
function deepPairs(prefix: string, value: unknown, codec: Codec, out: Pair[]): void {
  const open = codec.delim("[");
  const close = codec.delim("]");
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (!defined(item)) return;
      if (typeof item === "object") deepPairs(`${prefix}${open}${i}${close}`, item, codec, out);
      else out.push([`${prefix}${open}${close}`, codec.value(toText(item))]);
    });
  } else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (defined(v)) deepPairs(`${prefix}${open}${codec.name(k)}${close}`, v, codec, out);
    }
  } else out.push([prefix, codec.value(toText(value))]);
}

/**
 * A query or cookie value as pairs: form, spaceDelimited, pipeDelimited or deepObject (the
 * combinations the spec marks n/a fall back to form). Empty when the value is undefined.
 */
export function expandPairs(spec: StyleSpec, value: unknown, codec: Codec): Pair[] {
  const s = shape(value);
  const name = codec.name(spec.name);
  if (s.kind === "none") return [];
  if (s.kind === "primitive") return [[name, codec.value(s.text)]];
  if (spec.style === "deepObject" && s.kind === "map") {
    const out: Pair[] = [];
    deepPairs(name, value, codec, out);
    return out;
  }
  const delimiter = codec.delim(listDelimiter(spec));
  if (s.kind === "list") {
    const items = s.items.map(codec.value);
    return spec.explode ? items.map((i): Pair => [name, i]) : [[name, items.join(delimiter)]];
  }
  const kv = s.entries.map(([k, v]): Pair => [codec.name(k), codec.value(v)]);
  return spec.explode ? kv : [[name, kv.flat().join(delimiter)]];
}
