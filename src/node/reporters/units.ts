/**
 * Sizes and durations as Newman's cli reporter writes them: filesize 10 (`180B`, `1.54kB`) and
 * its prettyms (`335µs`, `96ms`, then pretty-ms: `2.5s`, `1m 5s`).
 * @see node_modules/newman/lib/util.js (filesize, prettyms)
 */

const UNITS = ["B", "kB", "MB", "GB", "TB", "PB"];

/** Bytes in decimal units, two decimals at most, no space: `999B`, `1kB`, `1.02kB`. */
export function fileSize(bytes: number): string {
  let n = Math.max(0, bytes || 0);
  let unit = 0;
  while (n >= 1000 && unit < UNITS.length - 1) {
    n /= 1000;
    unit++;
  }
  const rounded = unit === 0 ? n : Math.round(n * 100) / 100;
  return `${rounded}${UNITS[unit]}`;
}

/** A duration: µs under 1 ms, whole ms under 1998 ms, else days/hours/minutes/seconds. */
export function prettyMs(ms: number): string {
  if (ms < 1) return `${Math.trunc(ms * 1000)}µs`;
  if (ms < 1998) return `${Math.trunc(ms)}ms`;
  const parts: string[] = [];
  const days = Math.trunc(ms / 86_400_000);
  const hours = Math.trunc(ms / 3_600_000) % 24;
  const minutes = Math.trunc(ms / 60_000) % 60;
  const seconds = Math.trunc(((ms / 1000) % 60) * 10) / 10;
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (minutes) parts.push(`${minutes}m`);
  if (seconds) parts.push(`${seconds}s`);
  return parts.join(" ") || "0ms";
}

/** Bytes of a head as postman-collection counts them: status line, `Key: value` lines, CRLFs. */
export function headSize(status: number, reason: string, headers: [string, string][]): number {
  const lines = headers.reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
  return `HTTP/X.X ${status} ${reason}\r\n\r\n`.length + lines;
}
