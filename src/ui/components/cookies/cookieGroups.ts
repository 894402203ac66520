/**
 * What the cookie manager shows: the cookies matching the filter, grouped by domain, cut at
 * {@link COOKIES_SHOWN} rows (a jar may hold thousands; the filter narrows it). Plain functions.
 */
import type { CookieRecord } from "../../../core/cookies/types";

/** The most cookie rows rendered at once. */
export const COOKIES_SHOWN = 500;

/** One domain's heading and rows. */
export interface CookieGroup {
  domain: string;
  /** How many cookies of this domain match (some may be past the cut). */
  count: number;
  /** The rows rendered. */
  cookies: CookieRecord[];
}

/** The groups to render and how many matching cookies were left out. */
export interface CookieView {
  groups: CookieGroup[];
  matched: number;
  hidden: number;
}

/** The cookies whose domain or name contains `query` (any case); all when it is blank. */
export function filterCookies(cookies: readonly CookieRecord[], query: string): CookieRecord[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...cookies];
  return cookies.filter(
    (c) => c.domain.toLowerCase().includes(q) || c.key.toLowerCase().includes(q),
  );
}

const idKey = (c: CookieRecord) => JSON.stringify([c.domain, c.path, c.key]);

/**
 * `next`, with each cookie that did not change since `prev` replaced by its `prev` object: a
 * re-read of the jar then leaves unchanged rows (and their focus) in place.
 */
export function reuseUnchanged(
  prev: readonly CookieRecord[],
  next: readonly CookieRecord[],
): readonly CookieRecord[] {
  if (prev.length === 0) return next;
  const before = new Map(prev.map((c) => [idKey(c), c]));
  return next.map((c) => {
    const old = before.get(idKey(c));
    return old && JSON.stringify(old) === JSON.stringify(c) ? old : c;
  });
}

const order = (a: CookieRecord, b: CookieRecord) =>
  a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path) || a.key.localeCompare(b.key);

/** `cookies` by domain (A–Z, then path and name), at most `limit` rows in all. */
export function groupCookies(cookies: readonly CookieRecord[], limit = COOKIES_SHOWN): CookieView {
  const sorted = [...cookies].sort(order);
  const groups: CookieGroup[] = [];
  let last: CookieGroup | undefined;
  sorted.forEach((cookie, i) => {
    if (last?.domain !== cookie.domain) {
      last = { domain: cookie.domain, count: 0, cookies: [] };
      groups.push(last);
    }
    last.count++;
    if (i < limit) last.cookies.push(cookie);
  });
  return {
    groups: groups.filter((g) => g.cookies.length > 0),
    matched: sorted.length,
    hidden: Math.max(0, sorted.length - limit),
  };
}

/** An expiry for the table: "Session" when there is none, else the local date and time. */
export function formatExpiry(iso: string | undefined): string {
  if (iso === undefined) return "Session";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
