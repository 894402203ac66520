/**
 * Internal `$ref` resolution over one OpenAPI document, done lazily: a reference is followed only
 * when the converter reaches it, and each pointer is looked up once (cached), so a large spec
 * costs time in proportion to what is used, not to its fully expanded size.
 * @see https://datatracker.ietf.org/doc/html/rfc6901 (JSON Pointer)
 */

/** Any JSON object. */
export type Json = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export const isObj = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Follows `$ref`s; records problems instead of throwing. */
export interface Resolver {
  /** The target of `node` after following `$ref` chains, or undefined when unresolvable. */
  deref: (node: unknown) => Json | undefined;
  /** Problems met so far ("… at #/paths/…"). */
  problems: string[];
}

const unescape = (s: string) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~");

/** Creates a resolver over `root`; only `#/…` references inside the document are supported. */
export function makeResolver(root: unknown): Resolver {
  const cache = new Map<string, unknown>();
  const problems: string[] = [];
  const reported = new Set<string>();
  const report = (ref: string, why: string) => {
    if (reported.has(ref)) return;
    reported.add(ref);
    problems.push(`Unresolved $ref "${ref}": ${why}.`);
  };
  const lookup = (ref: string): unknown => {
    if (cache.has(ref)) return cache.get(ref);
    let value: unknown = undefined;
    if (!ref.startsWith("#")) {
      report(
        ref,
        "only references inside the document are supported here; import the spec from its URL, " +
          "or choose the referenced files together with the spec",
      );
    } else {
      value = root;
      const parts = ref.length > 1 ? ref.slice(2).split("/").map(unescape) : [];
      for (const part of parts) {
        if (isObj(value) && Object.hasOwn(value, part)) value = value[part];
        else if (Array.isArray(value) && /^\d+$/.test(part)) value = value[Number(part)];
        else {
          report(ref, "no such place in the document");
          value = undefined;
          break;
        }
      }
    }
    cache.set(ref, value);
    return value;
  };
  const deref = (node: unknown): Json | undefined => {
    let current = node;
    const seen = new Set<string>();
    while (isObj(current) && typeof current.$ref === "string") {
      const ref = current.$ref;
      if (seen.has(ref)) {
        report(ref, "it refers to itself");
        return undefined;
      }
      seen.add(ref);
      current = lookup(ref);
    }
    return isObj(current) ? current : undefined;
  };
  return { deref, problems };
}
