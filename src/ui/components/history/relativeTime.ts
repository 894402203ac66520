/** Short relative times for history rows ("just now", "5 min ago", "3 h ago", "2 d ago", a date). */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago `then` was, seen from `now` (both epoch ms). Older than a week: the date. */
export function relativeTime(then: number, now: number): string {
  const ago = Math.max(0, now - then);
  if (ago < MINUTE) return "just now";
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h ago`;
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} d ago`;
  return new Date(then).toISOString().slice(0, 10);
}

/** The colour class of an HTTP status: status-2xx … status-5xx, or status-error without one. */
export function statusClass(status: number | undefined): string {
  if (status === undefined || status < 100 || status > 599) return "status-error";
  return `status-${Math.floor(status / 100)}xx`;
}
