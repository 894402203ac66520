/**
 * Satchel's built-in echo endpoint: a request to the app's own `/echo` (or `/echo/...`) comes
 * back as JSON describing what was received. The service worker answers it (so it works offline)
 * and the browser transport answers it in-page before a service worker controls the page.
 */
import { utf8Bytes } from "../http/base64";
import { originOf } from "../http/headers";
import { splitUrl } from "../http/url";
import { decodeUtf8 } from "../pipeline/decode";
import { statusText } from "../http/format";

/** Path of the echo endpoint on the app's origin; sub-paths echo too. */
export const ECHO_PATH = "/echo";

/** The longest `/echo/delay/<ms>` wait honoured. */
export const MAX_ECHO_DELAY_MS = 10_000;

/** What the echo endpoint received. */
export interface EchoInput {
  method: string;
  url: string;
  /** As received; names in any case, duplicates allowed. */
  headers: [string, string][];
  body: Uint8Array | string;
}

/** What the echo endpoint answers; the host turns it into a Response. */
export interface EchoResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  /** For `/echo/delay/<ms>`: how long the host should wait before answering. */
  delayMs?: number;
}

/** Query or form values: one string, or all of them when a key repeats. */
export type EchoFields = Record<string, string | string[]>;

/** The JSON document in an echo response body. */
export interface EchoDocument {
  method: string;
  url: string;
  path: string;
  query: EchoFields;
  headers: Record<string, string>;
  body: string;
  json?: unknown;
  form?: EchoFields;
  bytes: number;
}

/** The path of an absolute or origin-relative URL, without query or hash. */
function pathOf(url: string): string {
  const { base } = splitUrl(url);
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? "";
  return base.slice(origin.length) || "/";
}

/** Whether `url` is the echo endpoint (or below it) on the app's `origin`. */
export function isEchoUrl(url: string, origin: string): boolean {
  if (originOf(url) !== originOf(origin)) return false;
  const path = pathOf(url);
  return path === ECHO_PATH || path.startsWith(`${ECHO_PATH}/`);
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
};

/** `a=1&b=2&a=3` → `{a: ["1","3"], b: "2"}` (form decoding: `+` is a space). */
export function parseFields(text: string): EchoFields {
  const out: EchoFields = {};
  for (const segment of text.split("&")) {
    if (segment === "") continue;
    const eq = segment.indexOf("=");
    const key = decode(eq < 0 ? segment : segment.slice(0, eq));
    const value = eq < 0 ? "" : decode(segment.slice(eq + 1));
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

function lowerHeaders(headers: [string, string][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  }
  return out;
}

function parseJson(text: string, contentType: string): unknown {
  const looksJson = /json/i.test(contentType) || /^\s*[[{]/.test(text);
  if (!looksJson || text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The status asked for by `/echo/status/<code>`, when the path asks for one. */
function requestedStatus(path: string): number | undefined {
  const m = /^\/echo\/status\/(\d{3})\/?$/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** Build the echo answer for one request. Never throws. */
export function makeEchoResponse(input: EchoInput): EchoResponse {
  const text = typeof input.body === "string" ? input.body : decodeUtf8(input.body);
  const bytes = typeof input.body === "string" ? utf8Bytes(text).length : input.body.byteLength;
  const path = pathOf(input.url);
  const headers = lowerHeaders(input.headers);
  const contentType = headers["content-type"] ?? "";
  const doc: EchoDocument = {
    method: input.method.toUpperCase(),
    url: input.url,
    path,
    query: parseFields(splitUrl(input.url).query ?? ""),
    headers,
    body: text,
    bytes,
  };
  const json = parseJson(text, contentType);
  if (json !== undefined) doc.json = json;
  if (/application\/x-www-form-urlencoded/i.test(contentType)) doc.form = parseFields(text);
  const wanted = requestedStatus(path);
  const status = wanted !== undefined && wanted >= 200 && wanted <= 599 ? wanted : 200;
  const noBody = status === 204 || status === 205 || status === 304 || doc.method === "HEAD";
  const delay = /^\/echo\/delay\/(\d+)\/?$/.exec(path);
  const response: EchoResponse = {
    status,
    statusText: statusText(status),
    headers: [
      ["content-type", "application/json"],
      ["cache-control", "no-store"],
    ],
    body: noBody ? "" : JSON.stringify(doc, null, 2),
  };
  if (delay) response.delayMs = Math.min(Number(delay[1]), MAX_ECHO_DELAY_MS);
  return response;
}

/** The parts of a fetch `Request` the echo reads (core has no DOM types). */
export interface EchoRequestLike {
  method: string;
  url: string;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Read a fetch `Request` and build its echo answer. */
export async function echoRequest(request: EchoRequestLike): Promise<EchoResponse> {
  const headers: [string, string][] = [];
  request.headers.forEach((value, name) => headers.push([name, value]));
  const body = new Uint8Array(await request.arrayBuffer());
  return makeEchoResponse({ method: request.method, url: request.url, headers, body });
}
