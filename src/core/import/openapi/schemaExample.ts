/**
 * An example value built from a JSON Schema (OpenAPI's dialect): `example`, `examples`, `default`,
 * `const` and `enum` win; otherwise a placeholder of the right type. Recursive schemas stop at the
 * first repeat of a `$ref`, and depth is capped. Results of complete (not cut) schemas are cached
 * per schema object, so a component used by a thousand operations is generated once.
 */
import type { Json, Resolver } from "./refs";
import { isObj } from "./refs";

const MAX_DEPTH = 8;
const MAX_PROPERTIES = 60;
/**
 * A generated example longer than this (as pretty JSON) is made again less deep (3 levels, then
 * 2, then 1): big specs otherwise store megabytes of placeholders. Stripe's error response alone
 * (expandable objects inside expandable objects) was 24 KB per operation, 10 MB per import.
 */
export const MAX_EXAMPLE_CHARS = 4 * 1024;
/** The depths tried, in order, after the full one gives an example over MAX_EXAMPLE_CHARS. */
const SHALLOWER = [3, 2, 1];
/**
 * Schema nodes one example may visit: past this, the example is made again less deep. An example
 * within MAX_EXAMPLE_CHARS has well under this many nodes, so a bigger one stops early.
 */
const MAX_NODES = 500;

/** Generates examples for one document; keep one per conversion so the cache is shared. */
export interface ExampleMaker {
  /** An example value for `schema` (possibly a `$ref`). */
  example: (schema: unknown) => unknown;
  /** Pretty JSON of an example value, cached per object (shared examples are big). */
  json: (value: unknown) => string;
}

const FORMAT_EXAMPLES: Record<string, string> = {
  "date-time": "1970-01-01T00:00:00Z",
  date: "1970-01-01",
  time: "00:00:00Z",
  email: "user@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  hostname: "example.com",
  byte: "",
  binary: "",
};

/**
 * Whether `value` as pretty JSON (2-space indent) is longer than `limit` characters, counted
 * roughly (string escapes aside) and without building the text: it stops as soon as it is.
 */
export function prettyLongerThan(value: unknown, limit: number): boolean {
  let left = limit;
  const over = (v: unknown, indent: number): boolean => {
    if (v === null || typeof v !== "object") {
      left -= typeof v === "string" ? v.length + 2 : String(v).length;
      return left < 0;
    }
    left -= indent + 2;
    if (Array.isArray(v)) {
      for (const item of v) if ((left -= indent + 4) < 0 || over(item, indent + 2)) return true;
    } else {
      for (const [k, item] of Object.entries(v)) {
        if ((left -= k.length + indent + 6) < 0 || over(item, indent + 2)) return true;
      }
    }
    return left < 0;
  };
  return over(value, 0);
}

const firstType = (t: unknown): string | undefined =>
  typeof t === "string" ? t : Array.isArray(t) ? t.find((x) => x !== "null") : undefined;

/** Makes an example generator bound to `resolver`. */
export function makeExampleMaker(resolver: Resolver, maxDepth = MAX_DEPTH): ExampleMaker {
  const cache = new WeakMap<Json, unknown>();
  // Set by gen() when a recursion was cut, so a partial result is not cached.
  let cut = false;

  let budget = MAX_NODES;
  const gen = (node: unknown, depth: number, path: Set<string>): unknown => {
    const ref = isObj(node) && typeof node.$ref === "string" ? node.$ref : undefined;
    if (ref && path.has(ref)) {
      cut = true;
      return undefined;
    }
    const schema = resolver.deref(node);
    if (!schema) return undefined;
    if (cache.has(schema)) return cache.get(schema);
    // Only nodes that get built count against the budget (cut ones cost a lookup).
    if (depth > maxDepth || --budget < 0) {
      cut = true;
      return undefined;
    }
    if (ref) path.add(ref);
    const outer = cut;
    cut = false;
    const value = build(schema, depth, path);
    if (!cut) cache.set(schema, value);
    cut = cut || outer;
    if (ref) path.delete(ref);
    return value;
  };

  const build = (s: Json, depth: number, path: Set<string>): unknown => {
    if ("example" in s) return s.example;
    if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
    if ("default" in s) return s.default;
    if ("const" in s) return s.const;
    if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
    if (Array.isArray(s.allOf)) {
      const parts = s.allOf.map((p) => gen(p, depth + 1, path));
      if (parts.every((p) => p === undefined || isObj(p))) {
        return Object.assign({}, ...parts.filter(isObj)) as unknown;
      }
      return parts.find((p) => p !== undefined);
    }
    const choice = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
    if (choice && choice.length) return gen(choice[0], depth + 1, path);
    const type = firstType(s.type) ?? (isObj(s.properties) ? "object" : undefined);
    switch (type) {
      case "object": {
        const out: Json = {};
        const props = isObj(s.properties) ? Object.entries(s.properties) : [];
        for (const [key, sub] of props.slice(0, MAX_PROPERTIES)) {
          const v = gen(sub, depth + 1, path);
          if (v !== undefined) out[key] = v;
        }
        return out;
      }
      case "array": {
        const item = gen(s.items, depth + 1, path);
        return item === undefined ? [] : [item];
      }
      case "integer":
      case "number":
        return typeof s.minimum === "number" ? s.minimum : 0;
      case "boolean":
        return true;
      case "null":
        return null;
      case "string":
        return FORMAT_EXAMPLES[String(s.format)] ?? "string";
      default:
        return undefined;
    }
  };

  const texts = new WeakMap<object, string>();
  const json = (value: unknown): string => {
    if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "";
    let t = texts.get(value);
    if (t === undefined) {
      t = JSON.stringify(value, null, 2);
      texts.set(value, t);
    }
    return t;
  };
  let shallower: ExampleMaker | undefined;
  const next = SHALLOWER.find((d) => d < maxDepth);
  const example = (schema: unknown): unknown => {
    budget = MAX_NODES;
    const value = gen(schema, 0, new Set());
    // Out of budget means lopsided (the first branches deep, the rest missing): go shallower too.
    const fits = budget >= 0 && !prettyLongerThan(value, MAX_EXAMPLE_CHARS);
    if (next === undefined || fits) return value;
    shallower ??= makeExampleMaker(resolver, next);
    return shallower.example(schema);
  };
  return { example, json };
}
