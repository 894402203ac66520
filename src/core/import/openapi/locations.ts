/**
 * Where a `$ref` points: a reference resolved against the document naming it (URL rules for
 * URLs, POSIX paths for chosen files), and a walk over every `$ref` in a document.
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2 (resolving a relative reference)
 */
import type { Json } from "./refs";
import { isObj } from "./refs";

const URL_PREFIX = /^([a-z][a-z0-9+.-]*:)(\/\/[^/?#]*)?/i;

/** Removes "." and ".." segments; a relative path keeps the ".." that climb above its start. */
function normalizePath(path: string, keepLeadingUp: boolean): string {
  const absolute = path.startsWith("/");
  const segments = (absolute ? path.slice(1) : path).split("/");
  const out: string[] = [];
  segments.forEach((seg, i) => {
    if (seg === "." || seg === "..") {
      if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (seg === ".." && keepLeadingUp && !absolute) out.push("..");
      if (i === segments.length - 1) out.push("");
    } else out.push(seg);
  });
  return (absolute ? "/" : "") + out.join("/");
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `ref` (no fragment) resolved against `base`: URL rules for URLs, POSIX paths otherwise. */
export function resolveLocation(ref: string, base: string): string {
  const own = URL_PREFIX.exec(ref);
  if (own) return own[0] + normalizePath(ref.slice(own[0].length), false);
  const m = URL_PREFIX.exec(base);
  if (ref.startsWith("//") && m) return resolveLocation(m[1] + ref, base);
  const prefix = m ? m[0] : "";
  const basePath = base.slice(prefix.length).replace(/[?#].*$/, "");
  const path = m ? ref : decode(ref);
  const dir = basePath.slice(0, basePath.lastIndexOf("/") + 1) || (m ? "/" : "");
  return prefix + normalizePath(path.startsWith("/") ? path : dir + path, !m);
}

/** Visits every object holding a string `$ref`, in document order, each object once. */
export function forEachRef(doc: unknown, visit: (node: Json, ref: string) => void): void {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    const children = Array.isArray(v) ? v : Object.values(v);
    if (isObj(v) && typeof v.$ref === "string") visit(v, v.$ref);
    for (let i = children.length - 1; i >= 0; i--) {
      const c: unknown = children[i];
      if (typeof c === "object" && c !== null) stack.push(c);
    }
  }
}
