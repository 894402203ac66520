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

const firstType = (t: unknown): string | undefined =>
  typeof t === "string" ? t : Array.isArray(t) ? t.find((x) => x !== "null") : undefined;

/** Makes an example generator bound to `resolver`. */
export function makeExampleMaker(resolver: Resolver, maxDepth = MAX_DEPTH): ExampleMaker {
  // Per schema: its example and that example's size as pretty JSON (roughly; see `chars`).
  const cache = new WeakMap<Json, { value: unknown; size: number }>();
  // Set by gen() when a recursion was cut, so a partial result is not cached.
  let cut = false;

  let budget = MAX_NODES;
  // The current example's size so far as pretty JSON, counted while it is built (string escapes
  // aside), so an example stops growing as soon as it passes MAX_EXAMPLE_CHARS.
  let chars = 0;
  const full = () => budget < 0 || chars > MAX_EXAMPLE_CHARS;
  /** Counts a value taken as it is (a schema's example, default, enum…). */
  const literal = (v: unknown): unknown => {
    chars += typeof v === "string" ? v.length + 2 : (JSON.stringify(v)?.length ?? 0);
    return v;
  };
  const gen = (node: unknown, depth: number, path: Set<string>): unknown => {
    const ref = isObj(node) && typeof node.$ref === "string" ? node.$ref : undefined;
    if (ref && path.has(ref)) {
      cut = true;
      return undefined;
    }
    const schema = resolver.deref(node);
    if (!schema) return undefined;
    const hit = cache.get(schema);
    if (hit) {
      chars += hit.size;
      return hit.value;
    }
    // Only nodes that get built count against the budget (cut ones cost a lookup).
    if (depth > maxDepth || --budget < 0 || full()) {
      cut = true;
      return undefined;
    }
    if (ref) path.add(ref);
    const outer = cut;
    cut = false;
    const before = chars;
    const value = build(schema, depth, path);
    if (!cut) cache.set(schema, { value, size: chars - before });
    cut = cut || outer;
    if (ref) path.delete(ref);
    return value;
  };

  const build = (s: Json, depth: number, path: Set<string>): unknown => {
    if ("example" in s) return literal(s.example);
    if (Array.isArray(s.examples) && s.examples.length) return literal(s.examples[0]);
    if ("default" in s) return literal(s.default);
    if ("const" in s) return literal(s.const);
    if (Array.isArray(s.enum) && s.enum.length) return literal(s.enum[0]);
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
    // A member's line: its indent, and the newline (and comma) around it.
    const line = 2 * depth + 4;
    switch (type) {
      case "object": {
        const out: Json = {};
        chars += 2;
        const props = isObj(s.properties) ? Object.entries(s.properties) : [];
        for (const [key, sub] of props.slice(0, MAX_PROPERTIES)) {
          const v = gen(sub, depth + 1, path);
          if (v === undefined) continue;
          out[key] = v;
          chars += key.length + 4 + line;
        }
        return out;
      }
      case "array": {
        const item = gen(s.items, depth + 1, path);
        chars += item === undefined ? 2 : 2 + line;
        return item === undefined ? [] : [item];
      }
      case "integer":
      case "number":
        return literal(typeof s.minimum === "number" ? s.minimum : 0);
      case "boolean":
        return literal(true);
      case "null":
        return literal(null);
      case "string":
        return literal(FORMAT_EXAMPLES[String(s.format)] ?? "string");
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
  // A top-level example depends only on the schema (fresh budget, depth and path), so each
  // `$ref` (or inline schema object) is generated once however many operations use it.
  const made = new Map<unknown, unknown>();
  const example = (schema: unknown): unknown => {
    const key = isObj(schema) && typeof schema.$ref === "string" ? schema.$ref : schema;
    if (made.has(key)) return made.get(key);
    const value = generate(schema);
    made.set(key, value);
    return value;
  };
  const generate = (schema: unknown): unknown => {
    budget = MAX_NODES;
    chars = 0;
    const value = gen(schema, 0, new Set());
    // Stopped early (too many nodes or characters) means lopsided: the first branches deep, the
    // rest missing. Make it again less deep.
    if (next === undefined || !full()) return value;
    shallower ??= makeExampleMaker(resolver, next);
    return shallower.example(schema);
  };
  return { example, json };
}
