/** Text forms of an inline request's parts: headers as `Name: value` lines, the URL's path. */
import type { KeyValue } from "../../core/model";

/** Enabled headers, one `Name: value` per line. */
export const headersText = (headers: readonly KeyValue[]): string =>
  headers
    .filter((h) => h.enabled && h.key.trim() !== "")
    .map((h) => `${h.key}: ${h.value}`)
    .join("\n");

/** `Name: value` lines back to header rows (lines without a colon are ignored). */
export function parseHeaders(text: string): KeyValue[] {
  const out: KeyValue[] = [];
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    out.push({
      key: line.slice(0, colon).trim(),
      value: line.slice(colon + 1).trim(),
      enabled: true,
    });
  }
  return out;
}

/** The path of a URL as typed (no scheme, host, query or fragment); `/` when it has none. */
export function urlPath(url: string): string {
  const rest = url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "")
    .replace(/^[^/?#]*(?=\/)/, "");
  const path = rest.split(/[?#]/)[0] ?? "";
  return path.startsWith("/") ? path : `/${path}`;
}
