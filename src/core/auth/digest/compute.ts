/**
 * The Digest `response` and `Authorization` value (RFC 7616 §3.4, RFC 2617 §3.2.2): the
 * arithmetic only, over already-chosen parameters.
 * @see https://www.rfc-editor.org/rfc/rfc7616#section-3.4
 */
import type { HashName } from "../hash";
import { hashHex } from "../hash";

/** The algorithms Satchel answers, spelled as RFC 7616 registers them. */
export const DIGEST_ALGORITHMS = [
  "MD5",
  "MD5-sess",
  "SHA-256",
  "SHA-256-sess",
  "SHA-512-256",
  "SHA-512-256-sess",
] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

/** The algorithm named `name` (any case; empty means MD5), or undefined when unsupported. */
export function digestAlgorithm(name: string | undefined): DigestAlgorithm | undefined {
  const wanted = (name ?? "").trim().toLowerCase() || "md5";
  return DIGEST_ALGORITHMS.find((a) => a.toLowerCase() === wanted);
}

const hashOf = (algorithm: DigestAlgorithm): HashName =>
  algorithm.startsWith("SHA-512-256")
    ? "sha512-256"
    : algorithm.startsWith("SHA-256")
      ? "sha256"
      : "md5";

/** Everything one response is computed from. */
export interface DigestParams {
  algorithm: DigestAlgorithm;
  username: string;
  password: string;
  realm: string;
  nonce: string;
  method: string;
  /** The request-target: path and query as sent. */
  uri: string;
  /** Absent for RFC 2069 compatibility (the challenge offered no qop). */
  qop?: "auth" | "auth-int";
  /** Eight hex digits. */
  nc: string;
  cnonce: string;
  opaque?: string;
  /** The body's bytes, for `auth-int`. */
  body?: Uint8Array;
}

/** The `response` hex digest. */
export function digestResponse(p: DigestParams): string {
  const h = hashOf(p.algorithm);
  let ha1 = hashHex(h, `${p.username}:${p.realm}:${p.password}`);
  if (p.algorithm.endsWith("-sess")) ha1 = hashHex(h, `${ha1}:${p.nonce}:${p.cnonce}`);
  const a2 =
    p.qop === "auth-int"
      ? `${p.method}:${p.uri}:${hashHex(h, p.body ?? new Uint8Array(0))}`
      : `${p.method}:${p.uri}`;
  const ha2 = hashHex(h, a2);
  const tail = p.qop ? `${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}` : `${p.nonce}:${ha2}`;
  return hashHex(h, `${ha1}:${tail}`);
}

/** A quoted-string with `"` and `\` escaped. */
const quote = (value: string): string => `"${value.replace(/[\\"]/g, "\\$&")}"`;

/**
 * The `Authorization` header value, parameters in RFC 7616's example order. `nc` and `qop` only
 * with a qop; `cnonce` with a qop or a `-sess` algorithm (its A1 uses it).
 */
export function digestAuthorization(p: DigestParams): string {
  const parts = [
    `username=${quote(p.username)}`,
    `realm=${quote(p.realm)}`,
    `uri=${quote(p.uri)}`,
    `algorithm=${p.algorithm}`,
    `nonce=${quote(p.nonce)}`,
  ];
  if (p.qop) parts.push(`nc=${p.nc}`);
  if (p.qop || p.algorithm.endsWith("-sess")) parts.push(`cnonce=${quote(p.cnonce)}`);
  if (p.qop) parts.push(`qop=${p.qop}`);
  parts.push(`response=${quote(digestResponse(p))}`);
  if (p.opaque) parts.push(`opaque=${quote(p.opaque)}`);
  return `Digest ${parts.join(", ")}`;
}
