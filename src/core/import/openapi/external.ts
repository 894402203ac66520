/**
 * External `$ref`s (`schemas/pet.yaml`, `common.json#/components/…`, other URLs) bundled into the
 * root document before converting: every referenced document is loaded once, placed under
 * `root["x-satchel-external"][k]`, and each `$ref` is rewritten to an internal pointer, so the
 * lazy resolver (refs.ts) and the converter work unchanged. Fragments are kept as written
 * (`~0`, `~1` and percent-encoding are decoded by the resolver, once). For a spec read from a
 * URL, only documents in scopes the user allowed are loaded (refConsent.ts); the others are
 * listed, with a warning, and their refs stay unresolved.
 */
import type { Result } from "../../result";
import type { ExternalRef, RefStatus } from "./refConsent";
import { judgeRef, mayLoad, pendingRef } from "./refConsent";
import type { Json } from "./refs";
import { isObj } from "./refs";
import { forEachRef, resolveLocation } from "./locations";

export { resolveLocation } from "./locations";

/** Where the root document came from and how to read a sibling document. */
export interface RefSource {
  /** The root's location: an absolute URL ("https://x/api/openapi.yaml") or a file name/path ("api/openapi.yaml"). */
  base: string;
  /** Reads a document by its resolved location (absolute URL, or a path relative to nothing). Rejects with an Error whose message says why. */
  load: (location: string) => Promise<string>;
  /**
   * For a URL base: the scope keys (`RefScope.key`) the user allowed loading from; nothing is
   * loaded when absent. Ignored for chosen files, which load without asking.
   */
  allow?: readonly string[];
}

/** The bundled document, what went amiss, and every document referred to with its fate. */
export interface Bundled {
  doc: unknown;
  warnings: string[];
  external: ExternalRef[];
}

/** Caps on what one import may load. */
export interface BundleLimits {
  /** How many external documents to load at most (default 50). */
  maxDocuments?: number;
}

/** The root key external documents are stored under; the converter never reads it. */
export const EXTERNAL_KEY = "x-satchel-external";

/** A `$ref` site: the object holding it and the document (index, -1 = root) it points into. */
interface Site {
  node: Json;
  target: number;
  fragment: string;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, "");

/**
 * Loads the documents `root` refers to (transitively, each once, each wave in parallel) and
 * rewrites the refs into internal pointers. `root` is changed in place and returned as `doc`. A
 * document that cannot be loaded or parsed becomes a warning and its refs stay as written (the
 * converter then reports them as unresolved). Without `source` nothing is loaded. For a URL
 * base, a document outside `source.allow` is not loaded: it is listed in `external` as waiting
 * (or refused), with a warning, and its refs stay as written.
 */
export async function bundleExternalRefs(
  root: unknown,
  source: RefSource | undefined,
  parse: (text: string, location: string) => Result<unknown>,
  limits: BundleLimits = {},
): Promise<Bundled> {
  if (!source || !isObj(root)) return { doc: root, warnings: [], external: [] };
  const max = limits.maxDocuments ?? 50;
  const warnings: string[] = [];
  const warned = new Set<string>();
  const warnOnce = (key: string, text: string) => {
    if (!warned.has(key)) warnings.push(text);
    warned.add(key);
  };
  const rootLocation = resolveLocation(source.base, "");
  const allow = source.allow ?? [];
  const external = new Map<string, ExternalRef>();
  /** Records what became of a listed document (in place, so the list keeps its order). */
  const settle = (location: string, status: RefStatus, why?: string) => {
    const was = external.get(location);
    if (!was) return;
    const next: ExternalRef = { location: was.location, status };
    if (was.scope) next.scope = was.scope;
    if (why) next.reason = why;
    external.set(location, next);
  };
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
      const resolved = resolveLocation(file, location);
      const verdict = judgeRef(resolved, rootLocation);
      const target = verdict.kind === "local" ? resolved : verdict.url;
      let k = resolved === rootLocation ? -1 : indexOf.get(target);
      if (k === undefined) {
        if (!external.has(target)) external.set(target, pendingRef(target, verdict));
        if (!mayLoad(verdict, allow)) {
          const why = external.get(target)?.reason ?? "";
          const refused = verdict.kind === "refused";
          warnOnce(target, `${refused ? "Refused" : "Did not load"} "${target}": ${why}.`);
          return;
        }
        if (locations.length >= max) {
          const why = `more than ${max} referenced documents`;
          settle(target, "failed", why);
          warnOnce(target, `Did not load "${target}": ${why}.`);
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
        settle(location, "failed", reason(t.reason));
      } else {
        const parsed = parse(String(t.value), location);
        if (!parsed.ok) {
          const at = parsed.error.at ? ` (${parsed.error.at})` : "";
          warnings.push(`Could not read "${location}": ${reason(parsed.error.message)}${at}.`);
          settle(location, "failed", `${reason(parsed.error.message)}${at}`);
        } else {
          settle(location, "loaded");
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
  return { doc: root, warnings, external: [...external.values()] };
}
