/**
 * Akamai EdgeGrid (Postman's `edgegrid`; `akamai` maps here too): an
 * `Authorization: EG1-HMAC-SHA256 client_token=…;access_token=…;timestamp=…;nonce=…;signature=…`
 * header whose signature is HMAC-SHA256, keyed by HMAC(client secret, timestamp), over the
 * method, scheme, host, path and query, the chosen headers and (POST only) the body's hash.
 * @see https://techdocs.akamai.com/developer/docs/authenticate-with-edgegrid
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { authAttribute } from "../http/auth";
import { ensureScheme } from "../http/url";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import { base64, bodyBytes, utf8 } from "./bytes";
import { wireUrl } from "./requestUrl";
import type { AuthApplied, AuthContext, AuthScheme } from "./types";

/** Postman's default for `maxBodySize`: bytes of a POST body that are hashed (128 KiB). */
export const DEFAULT_MAX_BODY = 131072;

const hmac256 = (key: string, data: string) => base64(hmac(sha256, utf8(key), utf8(data)));

/** `yyyyMMddTHH:mm:ss+0000` (UTC) of epoch milliseconds. */
export function edgegridTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2014-03-21T19:34:21.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 19)}+0000`;
}

/**
 * The headers to sign as `name:value`, tab-separated, in `names` order: names lower-cased,
 * values trimmed with inner whitespace runs collapsed; absent or empty headers left out.
 */
export function canonicalHeaders(names: readonly string[], headers: [string, string][]): string {
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    const value = headers.find(([k]) => k.toLowerCase() === name)?.[1];
    if (!name || value === undefined || value === "") continue;
    out.push(`${name}:${value.trim().replace(/\s+/g, " ")}`);
  }
  return out.join("\t");
}

/** The parts of the data to sign, in order. */
export interface EdgegridSigningParts {
  method: string;
  /** `http` or `https` */
  scheme: string;
  host: string;
  /** Path and query as sent, `/` at least. */
  pathAndQuery: string;
  canonicalHeaders: string;
  /** base64 SHA-256 of the (truncated) POST body, or empty. */
  contentHash: string;
  /** The Authorization value up to and including `nonce=…;`. */
  authHeader: string;
}

/** The tab-joined data to sign. */
export const edgegridDataToSign = (p: EdgegridSigningParts): string =>
  [
    p.method.toUpperCase(),
    p.scheme,
    p.host,
    p.pathAndQuery || "/",
    p.canonicalHeaders,
    p.contentHash,
    p.authHeader,
  ].join("\t");

/** The signing key: base64 HMAC-SHA256(client secret, timestamp), used as text. */
export const edgegridSigningKey = (clientSecret: string, timestamp: string): string =>
  hmac256(clientSecret, timestamp);

/** The base64 signature of the data to sign, keyed by {@link edgegridSigningKey}. */
export function edgegridSignature(
  parts: EdgegridSigningParts,
  clientSecret: string,
  timestamp: string,
): string {
  return hmac256(edgegridSigningKey(clientSecret, timestamp), edgegridDataToSign(parts));
}

/** base64 SHA-256 of the first `max` bytes of `body`; empty for an empty body. */
export function contentHash(body: Uint8Array, max: number): string {
  if (body.length === 0) return "";
  return base64(sha256(body.subarray(0, Math.max(0, max))));
}

/** `headersToSign`: comma-separated text, or (as postman-runtime also takes) a list of names. */
function headersToSign(auth: Auth): string[] {
  const raw = auth.attributes.find((a) => a.key === "headersToSign")?.value;
  if (Array.isArray(raw)) return raw.filter((n): n is string => typeof n === "string");
  return typeof raw === "string" ? raw.split(",") : [];
}

const fail = (message: string, at?: string) =>
  err({ code: "AUTH_FAILED", message, ...(at ? { at } : {}) });

/** Sign `http`, replacing any Authorization header. */
async function apply(
  http: HttpRequest,
  auth: Auth,
  ctx: AuthContext,
): Promise<Result<AuthApplied>> {
  const attr = (key: string) => authAttribute(auth, key) ?? "";
  for (const [key, label] of [
    ["accessToken", "access token"],
    ["clientToken", "client token"],
    ["clientSecret", "client secret"],
  ] as const) {
    if (!attr(key)) return fail(`EdgeGrid needs a ${label}`, key);
  }
  const url = wireUrl(http.url);
  if (!url.ok) return url;
  let host = url.value.host;
  if (attr("baseURL").trim()) {
    const base = wireUrl(ensureScheme(attr("baseURL")), "base URL");
    if (!base.ok) return base;
    host = base.value.host;
  }
  const maxText = attr("maxBodySize").trim();
  const max = maxText === "" ? DEFAULT_MAX_BODY : Number(maxText);
  if (!Number.isInteger(max) || max < 0) {
    return fail(`the max body size "${maxText}" is not a whole number of bytes`, "maxBodySize");
  }

  const warnings: string[] = [];
  let hash = "";
  if (http.method.toUpperCase() === "POST") {
    const bytes = bodyBytes(http);
    if (bytes === undefined) {
      warnings.push(
        "EdgeGrid signed without a body hash: a multipart or file body is laid out after signing",
      );
    } else hash = contentHash(bytes, max);
  }
  const timestamp = attr("timestamp") || edgegridTimestamp(ctx.deps.clock.now());
  const nonce = attr("nonce") || ctx.deps.random.uuid();
  const authHeader =
    `EG1-HMAC-SHA256 client_token=${attr("clientToken")};access_token=${attr("accessToken")};` +
    `timestamp=${timestamp};nonce=${nonce};`;
  const parts: EdgegridSigningParts = {
    method: http.method,
    scheme: url.value.protocol.replace(/:$/, ""),
    host,
    pathAndQuery: url.value.pathname + url.value.search,
    canonicalHeaders: canonicalHeaders(headersToSign(auth), http.headers),
    contentHash: hash,
    authHeader,
  };
  const signature = edgegridSignature(parts, attr("clientSecret"), timestamp);
  const headers = http.headers.filter(([k]) => k.toLowerCase() !== "authorization");
  headers.push(["Authorization", `${authHeader}signature=${signature}`]);
  return ok({ http: { ...http, headers }, warnings });
}

/** The edgegrid scheme. */
export const edgegrid: AuthScheme = { type: "edgegrid", apply };
