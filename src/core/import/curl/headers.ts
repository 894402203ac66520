/**
 * The headers a cURL command sends, as rows: `-H` lines in order, then the ones curl derives
 * from `-A`, `-e`, `-b` and `-r`. A `-H` line replaces the derived header of the same name, and
 * `-H 'Name:'` removes it (curl's way to drop a header it would add).
 * @see https://curl.se/docs/manpage.html#-H
 */
import type { KeyValue } from "../../model";
import type { CurlOptions } from "./collect";

/** Header rows and the names (lower case) the command removed with `-H 'Name:'`. */
export interface HeaderRows {
  rows: KeyValue[];
  removed: Set<string>;
}

/** The first row named `name` (any case). */
export const findHeader = (rows: readonly KeyValue[], name: string): KeyValue | undefined =>
  rows.find((r) => r.key.toLowerCase() === name.toLowerCase());

/** Add `name: value` unless the command set or removed that header itself. */
export function addDerived(h: HeaderRows, name: string, value: string): void {
  if (!findHeader(h.rows, name) && !h.removed.has(name.toLowerCase())) {
    h.rows.push({ key: name, value, enabled: true });
  }
}

/** One `-H` line: `Name: value`, `Name;` (empty value) or `Name:` (removal). */
function readLine(line: string, h: HeaderRows, warnings: string[]): void {
  if (line.startsWith("@")) {
    warnings.push(`Headers from the file ${line.slice(1)} are not read; add them by hand.`);
    return;
  }
  const colon = line.indexOf(":");
  if (colon < 0) {
    const key = line.replace(/;\s*$/, "").trim();
    if (line.trim().endsWith(";") && key) h.rows.push({ key, value: "", enabled: true });
    else warnings.push(`Header "${line}" has no ":"; curl does not send it.`);
    return;
  }
  const key = line.slice(0, colon).trim();
  const value = line.slice(colon + 1).trim();
  if (value === "") h.removed.add(key.toLowerCase());
  else h.rows.push({ key, value, enabled: true });
}

/** The rows from -H, -A, -e, -b and -r. */
export function headerRows(o: CurlOptions): HeaderRows {
  const h: HeaderRows = { rows: [], removed: new Set() };
  for (const line of o.headers) readLine(line, h, o.warnings);
  // An empty -A or -e sends no header at all.
  if (o.userAgent) addDerived(h, "User-Agent", o.userAgent);
  const referer = o.referer?.replace(/;auto$/, "");
  if (referer) addDerived(h, "Referer", referer);
  const cookies = o.cookies.filter((c) => c.includes("="));
  for (const c of o.cookies) {
    if (!c.includes("=")) o.warnings.push(`Cookie file ${c} is not read; ignored.`);
  }
  // curl joins several -b with ";" and sends none of them when -H sets a Cookie.
  if (cookies.length) addDerived(h, "Cookie", cookies.join(";"));
  if (o.range) addDerived(h, "Range", `bytes=${o.range}`);
  return h;
}
