/** Display helpers for the status bar. */
import { statusText } from "../../../core/http/format";

/** Sizes and durations come from core so every view formats them alike. */
export { formatBytes } from "../../../core/http/format";
export { formatDuration } from "../../../core/format/duration";

/** "200 OK"; HTTP/2 sends no reason phrase, so a known one is filled in. */
export function statusLine(status: number, reason: string): string {
  const text = reason.trim() || statusText(status);
  return text === "" ? String(status) : `${status} ${text}`;
}

/** CSS class for a status: status-2xx, status-4xx, … */
export function statusClass(status: number): string {
  return `status-${Math.floor(status / 100)}xx`;
}

/** The first value of a header, case-insensitively. */
export function headerValue(
  headers: readonly [string, string][],
  name: string,
): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}
