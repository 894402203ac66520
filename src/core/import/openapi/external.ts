/**
 * External `$ref`s (`schemas/pet.yaml`, `common.json#/components/…`, other URLs) bundled into the
 * root document before converting: every referenced document is loaded once, placed under
 * `root["x-satchel-external"][k]`, and each `$ref` is rewritten to an internal pointer, so the
 * lazy resolver (refs.ts) and the converter work unchanged. Fragments are kept as written
 * (`~0`, `~1` and percent-encoding are decoded by the resolver, once).
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2 (resolving a relative reference)
 */
import type { Result } from "../../result";
import type { Json } from "./refs";
import { isObj } from "./refs";

/** Where the root document came from and how to read a sibling document. */
export interface RefSource {
  /** The root's location: an absolute URL ("https://x/api/openapi.yaml") or a file name/path ("api/openapi.yaml"). */
  base: string;
  /** Reads a document by its resolved location (absolute URL, or a path relative to nothing). Rejects with an Error whose message says why. */
  load: (location: string) => Promise<string>;
}

/** Caps on what one import may load. */
export interface BundleLimits {
  /** How many external documents to load at most (default 50). */
  maxDocuments?: number;
}

/** The root key external documents are stored under; the converter never reads it. */
export const EXTERNAL_KEY = "x-satchel-external";

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

/** A `$ref` site: the object holding it and the document (index, -1 = root) it points into. */
interface Site {
  node: Json;
  target: number;
  fragment: string;
}

/** Visits every object holding a string `$ref`, in document order, each object once. */
function forEachRef(doc: unknown, visit: (node: Json, ref: string) => void): void {
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

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, "");

/**
 * Loads the documents `root` refers to (transitively, each once, each wave in parallel) and
 * rewrites the refs into internal pointers. `root` is changed in place and returned as `doc`. A
 * document that cannot be loaded or parsed becomes a warning and its refs stay as written (the
 * converter then reports them as unresolved). Without `source` nothing is loaded.
 */
export async function bundleExternalRefs(
  root: unknown,
  source: RefSource | undefined,
  parse: (text: string, location: string) => Result<unknown>,
  limits: BundleLimits = {},
): Promise<{ doc: unknown; warnings: string[] }> {
  if (!source || !isObj(root)) return { doc: root, warnings: [] };
  const max = limits.maxDocuments ?? 50;
  const warnings: string[] = [];
  const warned = new Set<string>();
  const warnOnce = (key: string, text: string) => {
    if (!warned.has(key)) warnings.push(text);
    warned.add(key);
  };
  const rootLocation = resolveLocation(source.base, "");
  const locations: string[] = [];
  const indexOf = new Map<string, number>();
  const docs = new Map<number, unknown>();
  const sites: Site[] = [];
  delete root[EXTERNAL_KEY];

  const scan = (doc: unknown, own: number, location: string) =>
    forEachRef(doc, (node, ref) => {
      const hash = ref.indexOf("#");
      const file = hash < 0 ? ref : ref.slice(0, hash);
      const fragment = hash < 0 ? "" : ref.slice(hash + 1);
      if (file === "" && own < 0) return;
      if (fragment !== "" && !fragment.startsWith("/")) {
        warnOnce(
          ref,
          `Unsupported $ref "${ref}": only JSON Pointer fragments ("#/…") can be followed.`,
        );
        return;
      }
      if (file === "") {
        if (own >= 0) sites.push({ node, target: own, fragment });
        return;
      }
      const target = resolveLocation(file, location);
      let k = target === rootLocation ? -1 : indexOf.get(target);
      if (k === undefined) {
        if (locations.length >= max) {
          warnOnce(target, `Did not load "${target}": more than ${max} referenced documents.`);
          return;
        }
        k = locations.push(target) - 1;
        indexOf.set(target, k);
      }
      sites.push({ node, target: k, fragment });
    });

  scan(root, -1, rootLocation);
  let loadedUpTo = 0;
  while (loadedUpTo < locations.length) {
    const first = loadedUpTo;
    const wave = locations.slice(first);
    loadedUpTo = locations.length;
    const load = (l: string) => Promise.resolve().then(() => source.load(l));
    const texts = await Promise.allSettled(wave.map(load));
    texts.forEach((t, i) => {
      const k = first + i;
      const location = wave[i] ?? "";
      if (t.status === "rejected") {
        warnings.push(`Could not load "${location}": ${reason(t.reason)}.`);
      } else {
        const parsed = parse(String(t.value), location);
        if (!parsed.ok) {
          const at = parsed.error.at ? ` (${parsed.error.at})` : "";
          warnings.push(`Could not read "${location}": ${reason(parsed.error.message)}${at}.`);
        } else {
          docs.set(k, parsed.value);
          scan(parsed.value, k, location);
        }
      }
    });
  }
  for (const { node, target, fragment } of sites) {
    if (target >= 0 && !docs.has(target)) continue;
    node.$ref = (target < 0 ? "#" : `#/${EXTERNAL_KEY}/${target}`) + fragment;
  }
  if (locations.length > 0) {
    const bundled: Json = {};
    for (const [k, doc] of docs) bundled[String(k)] = doc;
    root[EXTERNAL_KEY] = bundled;
  }
  return { doc: root, warnings };
}
