/**
 * Which external `$ref`s of a spec imported from a URL may be loaded, decided before anything is
 * fetched. Nothing is loaded that the user did not agree to: each referenced document falls in a
 * scope (a URL prefix, its `key`), and only documents in scopes the user allowed are loaded.
 * - `folder`: the spec's origin, under the spec's own directory. Suggested, still confirmed.
 * - `origin`: the spec's origin above its directory (a `../` that climbs out, or `/…`). Its own
 *   opt-in, not suggested: one origin often serves many owners (raw.githubusercontent.com,
 *   a storage bucket, a gateway with many APIs), so climbing out is like going elsewhere.
 * - `other`: each other origin. Its own opt-in, not suggested.
 * - refused, whatever is allowed: anything but http(s), and link-local and cloud metadata
 *   addresses (refusedHosts.ts).
 * Paths are judged as the browser will fetch them (`%2e%2e`, `\` and the like normalized).
 * Files chosen together with the spec (a base that is a file path, not a URL) are the user's own
 * choice: they load without asking, and never through the network.
 */
import { forEachRef, resolveLocation } from "./locations";
import { refusedHostReason } from "./refusedHosts";

/** A place documents may be loaded from, once the user allows its `key`. */
export interface RefScope {
  /** The URL prefix it covers, e.g. "https://x.test/api/" (folder) or "https://cdn.test/". */
  key: string;
  kind: "folder" | "origin" | "other";
  origin: string;
}

/** What may happen to one referenced location. */
export type RefVerdict =
  | { kind: "local" }
  | { kind: "refused"; url: string; reason: string }
  | { kind: "scoped"; url: string; scope: RefScope };

/** What became of a referenced document: waiting for consent, refused, loaded, or failed. */
export type RefStatus = "waiting" | "refused" | "loaded" | "failed";

/** A document a spec refers to, for the preview to list. */
export interface ExternalRef {
  /** Its URL (as it will be fetched) or file path. */
  location: string;
  /** Its scope; absent for chosen files and refused locations. */
  scope?: RefScope;
  status: RefStatus;
  /** Why it was refused or failed, or is not loaded. */
  reason?: string;
}

interface UrlLike {
  href: string;
  protocol: string;
  hostname: string;
  origin: string;
  pathname: string;
  hash: string;
}

/** The host's WHATWG URL (core's lib lacks its type; browsers, workers and Node all have it). */
function parseUrl(text: string): UrlLike | undefined {
  const Url = (globalThis as unknown as { URL: new (url: string) => UrlLike }).URL;
  try {
    return new Url(text);
  } catch {
    return undefined;
  }
}

/** True when `base` (a spec's location) is a URL: its refs then need consent. */
export const isUrlBase = (base: string): boolean => parseUrl(base) !== undefined;

/**
 * The verdict on `location` (already resolved against the document that names it) for a spec
 * read from `base`. A base that is not a URL (chosen files) gives `local`.
 */
export function judgeRef(location: string, base: string): RefVerdict {
  const root = parseUrl(base);
  if (!root) return { kind: "local" };
  const url = parseUrl(location);
  if (!url) return { kind: "refused", url: location, reason: "it is not a valid URL" };
  const href = url.hash ? url.href.slice(0, -url.hash.length) : url.href;
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    const reason = `only http and https references are loaded, not ${url.protocol}`;
    return { kind: "refused", url: href, reason };
  }
  const host = refusedHostReason(url.hostname);
  if (host) return { kind: "refused", url: href, reason: host };
  const origin = url.origin;
  if (origin !== root.origin) {
    return { kind: "scoped", url: href, scope: { key: `${origin}/`, kind: "other", origin } };
  }
  const dir = root.pathname.slice(0, root.pathname.lastIndexOf("/") + 1);
  const scope: RefScope = url.pathname.startsWith(dir)
    ? { key: origin + dir, kind: "folder", origin }
    : { key: `${origin}/`, kind: "origin", origin };
  return { kind: "scoped", url: href, scope };
}

/** True when a document with this verdict may be loaded given the allowed scope keys. */
export const mayLoad = (verdict: RefVerdict, allow: readonly string[]): boolean =>
  verdict.kind === "local" || (verdict.kind === "scoped" && allow.includes(verdict.scope.key));

/** Words for a scope, e.g. "https://x.test/api/ (the spec's folder)". */
export function describeScope(scope: RefScope): string {
  if (scope.kind === "folder") return `${scope.key} (the spec's folder)`;
  if (scope.kind === "origin") return `${scope.origin} (outside the spec's folder)`;
  return `${scope.origin} (another origin)`;
}

/** Why a scoped document was not loaded: the user has not allowed its scope. */
export const waitingReason = (scope: RefScope): string =>
  `not loaded until you allow ${describeScope(scope)}`;

/** The entry for `location` before anything is loaded: waiting, refused, or (files) to load. */
export function pendingRef(location: string, verdict: RefVerdict): ExternalRef {
  if (verdict.kind === "refused") {
    return { location: verdict.url, status: "refused", reason: verdict.reason };
  }
  if (verdict.kind === "local") return { location, status: "waiting" };
  const reason = waitingReason(verdict.scope);
  return { location: verdict.url, scope: verdict.scope, status: "waiting", reason };
}

/**
 * The documents `root` (read from `base`) refers to directly, each once, in document order,
 * with their scopes and what is refused — computed without loading anything. Documents those
 * refer to in turn are found when they load (`bundleExternalRefs` lists them the same way).
 */
export function listExternalRefs(root: unknown, base: string): ExternalRef[] {
  const rootLocation = resolveLocation(base, "");
  const found = new Map<string, ExternalRef>();
  forEachRef(root, (_node, ref) => {
    const hash = ref.indexOf("#");
    const file = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    // Refs the bundler cannot follow (no file, or a fragment that is not a JSON Pointer).
    if (file === "" || (fragment !== "" && !fragment.startsWith("/"))) return;
    const location = resolveLocation(file, rootLocation);
    if (location === rootLocation) return;
    const entry = pendingRef(location, judgeRef(location, rootLocation));
    if (!found.has(entry.location)) found.set(entry.location, entry);
  });
  return [...found.values()];
}

/** The scopes offered already ticked: the spec's folder only. */
export const suggestedScopes = (refs: readonly ExternalRef[]): string[] => [
  ...new Set(refs.flatMap((r) => (r.scope?.kind === "folder" ? [r.scope.key] : []))),
];
