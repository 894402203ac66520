/**
 * The wire protocol between the page and `satchel agent` (the local agent or a team proxy).
 * Version 1, plain HTTP/1.1 so a page's fetch can speak it:
 *
 * - `POST /v1/pair` `{"code":"ABCD-EFGH"}` → `{"token":"…"}`. Local agent only; the one-time
 *   code is printed by the agent. Every other call carries `Authorization: Bearer <token>`.
 * - `GET /v1/hello` → {@link Hello}: who answers, and in which mode.
 * - `POST /v1/send`: the body is a 4-byte big-endian length, that many bytes of UTF-8 JSON
 *   ({@link SendHead}: the request, its options and `bodyLength`), then exactly `bodyLength` raw
 *   body bytes. The page builds it as a Blob, so stored files stream from disk. The answer (200)
 *   is a stream of frames (./frames.ts): a head, the body in data frames as it arrives, then an
 *   end frame with the timing phases, or an error frame at any point. The page cancels by
 *   aborting its fetch; the agent then aborts the upstream request.
 * - Refusals (token, origin, Host, rate, target, malformed) are 4xx with {@link AgentErrorBody}.
 *
 * Pure: no DOM, no Node. The agent (src/node/agent) and the page's transports
 * (src/ui/transport/agentTransport.ts, proxyTransport.ts) both build on it.
 */
import type { Result } from "../result";
import { err, ok } from "../result";
import type { HandshakeSpec, TlsOptions } from "../http/transport";

/** Bumped when a change would break an older agent or page. */
export const PROTOCOL_VERSION = 1;

/** Where `satchel agent` listens unless told otherwise (`--port`). */
export const DEFAULT_AGENT_PORT = 7766;

export const AGENT_PATHS = {
  hello: "/v1/hello",
  pair: "/v1/pair",
  send: "/v1/send",
} as const;

/** Where `npm start` serves the app (the README's first command): the pairing link's default. */
export const NPM_START_ORIGIN = "http://127.0.0.1:4173";

/**
 * The app's own origins (Vite's dev server and `vite preview`): the only pages the agent answers
 * unless `--allow-origin` adds more. One list, used by the agent and by the app's hints.
 */
export const APP_ORIGINS: readonly string[] = Object.freeze([
  "http://localhost:5173",
  "http://localhost:4173",
  "http://127.0.0.1:4173",
]);

/** Content-Type of `/v1/send` answers (frames) and requests (prefix + body). */
export const FRAMES_CONTENT_TYPE = "application/vnd.satchel.frames";
export const SEND_CONTENT_TYPE = "application/vnd.satchel.send";

/** The largest JSON head the agent reads (headers, TLS PEMs): 1 MiB. */
export const MAX_HEAD_BYTES = 1 << 20;

/** The request part of a send: already resolved, auth applied, Content-Type set by the page. */
export interface WireRequest {
  method: string;
  url: string;
  /** In order, duplicates kept. */
  headers: [string, string][];
}

/** How the agent sends it. */
export interface WireSendOptions {
  /** Follow 3xx responses (default true); every hop is reported either way. */
  followRedirects?: boolean;
  /** Most redirects followed (default 10). */
  maxRedirects?: number;
  /** Whole exchange, body included; 0 or absent means none. */
  timeoutMs?: number;
  /** PEM text only: the agent never reads a path a page names. */
  tls?: TlsOptions;
  /** Upstream HTTP proxy URL (refused by a team proxy). */
  proxy?: string;
  /** Redirects keep the method and body (Postman's protocolProfileBehavior of the same name). */
  followOriginalHttpMethod?: boolean;
  /** Redirects to another host keep Authorization. */
  followAuthorizationHeader?: boolean;
  /** Redirect hops carry no Referer. */
  removeRefererHeaderOnRedirect?: boolean;
  /** Accept malformed HTTP from the server. */
  insecureHTTPParser?: boolean;
  /** A connection-bound auth handshake the agent runs on its own connection (NTLM). */
  handshake?: HandshakeSpec;
}

/** The JSON at the start of a `/v1/send` body. */
export interface SendHead {
  v: typeof PROTOCOL_VERSION;
  request: WireRequest;
  /** Bytes of request body after the head (0: none). */
  bodyLength: number;
  options: WireSendOptions;
}

/** What `/v1/hello` answers. */
export interface Hello {
  name: "satchel-agent";
  protocol: typeof PROTOCOL_VERSION;
  mode: "agent" | "proxy";
}

/** What `/v1/pair` answers. */
export interface Paired {
  token: string;
}

/** Why the agent refused a call (HTTP status in brackets). */
export type AgentErrorCode =
  | "TOKEN_MISSING" // 401
  | "TOKEN_INVALID" // 401
  | "ORIGIN_REFUSED" // 403: not one of the app's origins
  | "HOST_REFUSED" // 403: a Host header that is not the agent's loopback address (DNS rebinding)
  | "PAIRING_CODE_INVALID" // 403
  | "PAIRING_OFF" // 404: a team proxy does not pair
  | "RATE_LIMITED" // 429
  | "TARGET_REFUSED" // 403: a host off the allow-list, or a private/link-local address
  | "OPTION_REFUSED" // 403: e.g. an upstream proxy through a team proxy
  | "BAD_REQUEST" // 400
  | "NOT_FOUND" // 404
  | "METHOD_NOT_ALLOWED" // 405
  | "INTERNAL"; // 500: a fault of the agent's own

/** The JSON body of every refusal. */
export interface AgentErrorBody {
  error: {
    code: AgentErrorCode;
    message: string;
    hint?: string;
    /** Seconds until a rate-limited caller may try again. */
    retryAfterS?: number;
  };
}

interface Utf8 {
  encode(text: string): Uint8Array;
}
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
const host = globalThis as unknown as {
  TextEncoder: new () => Utf8;
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => Utf8Decoder;
};

/** UTF-8 bytes of `text` (core's lib lacks TextEncoder's type; every host has it). */
export const utf8 = (text: string): Uint8Array => new host.TextEncoder().encode(text);
/** Text of UTF-8 `bytes`; undefined when they are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new host.TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The bytes that start a `/v1/send` body: the head's length (4 bytes, big-endian) and JSON. */
export function encodeSendPrefix(head: SendHead): Uint8Array {
  const json = utf8(JSON.stringify(head));
  const out = new Uint8Array(4 + json.length);
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  return out;
}

/** The head length in the first 4 bytes of a `/v1/send` body. */
export const headLength = (first4: Uint8Array): number =>
  new DataView(first4.buffer, first4.byteOffset, 4).getUint32(0);

type Refusal = { code: "BAD_REQUEST"; message: string };
const bad = (message: string): Result<never, Refusal> => err({ code: "BAD_REQUEST", message });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
/** RFC 9110 token characters (method and header names). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Header values: no CR, LF or NUL (a header injection). */
const FIELD_VALUE = /^[^\r\n\0]*$/;

function parseTls(v: unknown): Result<TlsOptions, Refusal> {
  if (!isRecord(v)) return bad("options.tls must be an object");
  const out: TlsOptions = {};
  if (v.verify !== undefined) {
    if (typeof v.verify !== "boolean") return bad("options.tls.verify must be true or false");
    out.verify = v.verify;
  }
  for (const key of ["clientCert", "clientKey", "passphrase", "ca"] as const) {
    const value = v[key];
    if (value === undefined) continue;
    if (typeof value !== "string") return bad(`options.tls.${key} must be text`);
    if (key !== "passphrase" && !value.includes("-----BEGIN ")) {
      return bad(`options.tls.${key} must be PEM text ("-----BEGIN …"); the agent reads no files`);
    }
    out[key] = value;
  }
  return ok(out);
}

const FLAGS = [
  "followRedirects",
  "followOriginalHttpMethod",
  "followAuthorizationHeader",
  "removeRefererHeaderOnRedirect",
  "insecureHTTPParser",
] as const;

function parseHandshake(v: unknown): Result<HandshakeSpec, Refusal> {
  if (!isRecord(v) || v.scheme !== "ntlm") return bad('options.handshake.scheme must be "ntlm"');
  const out: HandshakeSpec = {
    scheme: "ntlm",
    user: "",
    password: "",
    domain: "",
    workstation: "",
  };
  for (const key of ["user", "password", "domain", "workstation"] as const) {
    const value = v[key];
    if (typeof value !== "string") return bad(`options.handshake.${key} must be text`);
    out[key] = value;
  }
  return ok(out);
}

function parseOptions(v: unknown): Result<WireSendOptions, Refusal> {
  if (v === undefined) return ok({});
  if (!isRecord(v)) return bad("options must be an object");
  const out: WireSendOptions = {};
  for (const key of FLAGS) {
    const flag = v[key];
    if (flag === undefined) continue;
    if (typeof flag !== "boolean") return bad(`options.${key} must be true or false`);
    out[key] = flag;
  }
  if (v.handshake !== undefined) {
    const handshake = parseHandshake(v.handshake);
    if (!handshake.ok) return handshake;
    out.handshake = handshake.value;
  }
  for (const key of ["maxRedirects", "timeoutMs"] as const) {
    const n = v[key];
    if (n === undefined) continue;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      return bad(`options.${key} must be a whole number ≥ 0`);
    }
    out[key] = n;
  }
  if (v.tls !== undefined) {
    const tls = parseTls(v.tls);
    if (!tls.ok) return tls;
    out.tls = tls.value;
  }
  if (v.proxy !== undefined) {
    if (typeof v.proxy !== "string" || !/^https?:\/\//i.test(v.proxy)) {
      return bad("options.proxy must be an http:// URL");
    }
    out.proxy = v.proxy;
  }
  return ok(out);
}

function parseRequest(v: unknown): Result<WireRequest, Refusal> {
  if (!isRecord(v)) return bad("request must be an object");
  const { method, url, headers } = v;
  if (typeof method !== "string" || !TOKEN.test(method))
    return bad("request.method is not a valid HTTP method");
  if (typeof url !== "string" || !/^https?:\/\//i.test(url))
    return bad("request.url must be an http(s) URL");
  if (!Array.isArray(headers)) return bad("request.headers must be a list of [name, value]");
  const out: [string, string][] = [];
  for (const pair of headers as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2)
      return bad("request.headers must be a list of [name, value]");
    const [name, value] = pair as unknown[];
    if (typeof name !== "string" || !TOKEN.test(name))
      return bad(`"${String(name)}" is not a valid header name`);
    if (typeof value !== "string" || !FIELD_VALUE.test(value)) {
      return bad(`The value of header "${name}" contains a line break or NUL`);
    }
    out.push([name, value]);
  }
  return ok({ method, url, headers: out });
}

/** Check an untrusted, parsed `/v1/send` head; a precise BAD_REQUEST when it is malformed. */
export function parseSendHead(v: unknown): Result<SendHead, Refusal> {
  if (!isRecord(v)) return bad("The send head must be a JSON object");
  if (v.v !== PROTOCOL_VERSION) {
    return bad(
      `Protocol version ${String(v.v)} is not spoken here (this agent speaks ${PROTOCOL_VERSION})`,
    );
  }
  const request = parseRequest(v.request);
  if (!request.ok) return request;
  const n = v.bodyLength;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0)
    return bad("bodyLength must be a whole number ≥ 0");
  const options = parseOptions(v.options);
  if (!options.ok) return options;
  return ok({ v: PROTOCOL_VERSION, request: request.value, bodyLength: n, options: options.value });
}

/** Pairing codes: 8 characters without look-alikes (0/O, 1/I/L), shown as XXXX-XXXX. */
export const PAIRING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A typed code as the agent compares it: upper case, spaces and dashes dropped. */
export const normalizePairingCode = (code: string): string =>
  code.toUpperCase().replace(/[\s-]/g, "");

/**
 * The link the agent prints: the app at `appOrigin`, with the agent's URL and the code in the
 * fragment (never sent to any server, so no log keeps it).
 */
export function pairingLink(appOrigin: string, agentUrl: string, code: string): string {
  return `${appOrigin}/#pair=${encodeURIComponent(code)}&agent=${encodeURIComponent(agentUrl)}`;
}

/** The agent URL and code in a pairing link's fragment (`location.hash`), if it has them. */
export function parsePairingFragment(hash: string): { agent: string; code: string } | undefined {
  const params = new URLSearchParamsLike(hash.replace(/^#/, ""));
  const code = params.get("pair");
  const agent = params.get("agent");
  if (!code || !agent || !/^https?:\/\//i.test(agent)) return undefined;
  return { agent, code: normalizePairingCode(code) };
}

/** `a=1&b=2` → values (core's lib has no URLSearchParams type). */
class URLSearchParamsLike {
  private readonly map = new Map<string, string>();
  constructor(query: string) {
    for (const part of query.split("&")) {
      const at = part.indexOf("=");
      if (at <= 0) continue;
      try {
        this.map.set(decodeURIComponent(part.slice(0, at)), decodeURIComponent(part.slice(at + 1)));
      } catch {
        // A malformed escape: skip the pair.
      }
    }
  }
  get(key: string): string | undefined {
    return this.map.get(key);
  }
}
