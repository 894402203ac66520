/**
 * What counts when curl's request and ours are compared: method, request target and body bytes
 * exactly; headers by name (any case), values in order within a name, minus the intended
 * differences of ./differences.json (each with its reason). A multipart boundary is random on
 * both sides, so it is replaced by `BOUNDARY` in the Content-Type and the body.
 */
import type { Captured } from "./captureServer";
import differences from "./differences.json";

/** One request reduced to what is compared. */
export interface Wire {
  method: string;
  target: string;
  /** Lower-case names, sorted by name; repeats keep their order. */
  headers: [string, string][];
  /** Body bytes as latin1 text (one character per byte), boundary replaced. */
  body: string;
}

interface Ignored {
  name: string;
  values?: string[];
  /** Only on requests that follow a redirect. */
  afterRedirect?: boolean;
  reason: string;
}

const IGNORED: readonly Ignored[] = differences.ignoredHeaders;

const ignored = ([name, value]: [string, string], hop: number) =>
  IGNORED.some(
    (i) =>
      i.name.toLowerCase() === name.toLowerCase() &&
      (!i.values || i.values.includes(value)) &&
      (!i.afterRedirect || hop > 0),
  );

/**
 * A Digest Authorization as its sorted, unquoted parameters, without `algorithm=MD5` (the
 * default when the challenge names none): see `normalised` in differences.json.
 */
function digestParams(value: string): string {
  if (!/^digest\s/i.test(value)) return value;
  const params = [...value.slice(7).matchAll(/([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)];
  return `Digest ${params
    .map((m) => `${m[1]!.toLowerCase()}=${m[2] ?? m[3] ?? ""}`)
    .filter((p) => p.toLowerCase() !== "algorithm=md5")
    .sort()
    .join(", ")}`;
}

/** Reduce a captured request (the `hop`-th of its command, from 0) for comparison. */
export function toWire(c: Captured, hop = 0): Wire {
  let body = c.body.toString("latin1");
  let headers = c.headers.filter((h) => !ignored(h, hop));
  const type = headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const boundary = /^multipart\/[^;]+;\s*boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    body = body.split(boundary).join("BOUNDARY");
    headers = headers.map(([k, v]) => [k, v.split(boundary).join("BOUNDARY")]);
  }
  const sorted = headers
    .map(([k, v], i) => ({
      k: k.toLowerCase(),
      v: /^authorization$/i.test(k) ? digestParams(v) : v,
      i,
    }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map(({ k, v }): [string, string] => [k, v]);
  return { method: c.method, target: c.target, headers: sorted, body };
}

/** What a known difference means for the round trip through "Copy as cURL". */
export interface KnownDifference {
  /** What curl sends with the exported command: what Satchel sent, or the original request. */
  exportSends: "satchel" | "original";
  /** Whether the exported command imports back to the same request. */
  reimports: boolean;
}

/** Known differences by id: a fixture that names one must not agree, until it is fixed. */
export const KNOWN: ReadonlyMap<string, KnownDifference> = new Map(
  differences.known.map((k): [string, KnownDifference] => [
    k.id,
    {
      exportSends: k.export === "original" ? "original" : "satchel",
      reimports: !("reimport" in k) || k.reimport !== false,
    },
  ]),
);
