/**
 * OAuth 1.0 signatures: the signature base string (RFC 5849 §3.4.1) and the HMAC-SHA*,
 * RSA-SHA* and PLAINTEXT methods (§3.4.2–3.4.4; SHA-256/512 variants as Postman offers them).
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { base64, utf8 } from "../bytes";
import { privateKeyDer } from "../pem";
import { rsaPkcs1Sign } from "../webCrypto";

/** Postman's signature methods. */
export const SIGNATURE_METHODS = [
  "HMAC-SHA1",
  "HMAC-SHA256",
  "HMAC-SHA512",
  "RSA-SHA1",
  "RSA-SHA256",
  "RSA-SHA512",
  "PLAINTEXT",
] as const;
/** One of {@link SIGNATURE_METHODS}. */
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 3986 percent-encoding (§3.6): everything but `A-Z a-z 0-9 - . _ ~`, as UTF-8. */
export const percentEncode = (s: string): string =>
  encodeURIComponent(s.replace(LONE_SURROGATE, "\uFFFD")).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** `application/x-www-form-urlencoded` decoding (`+` is a space); malformed `%` stays as typed. */
export function formDecode(s: string): string {
  const spaced = s.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Parameters normalized per §3.4.1.3.2: each name and value encoded, sorted by name then value
 * (byte order; encoded text is ASCII), joined as `name=value` with `&`.
 */
export function normalizeParameters(params: readonly (readonly [string, string])[]): string {
  return params
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/**
 * The signature base string (§3.4.1): method, base string URI and normalized parameters, each
 * percent-encoded, joined by `&`. `baseUri` is scheme://host[:port]/path (§3.4.1.2).
 */
export function signatureBaseString(
  method: string,
  baseUri: string,
  params: readonly (readonly [string, string])[],
): string {
  return [method.toUpperCase(), baseUri, normalizeParameters(params)].map(percentEncode).join("&");
}

const HASHES = { SHA1: sha1, SHA256: sha256, SHA512: sha512 } as const;
const WEB_HASH = { SHA1: "SHA-1", SHA256: "SHA-256", SHA512: "SHA-512" } as const;

/** The hash half of a method name (`HMAC-SHA256` → `SHA256`), none for PLAINTEXT. */
export const methodHash = (method: SignatureMethod): keyof typeof HASHES | undefined =>
  method === "PLAINTEXT" ? undefined : (method.split("-")[1] as keyof typeof HASHES);

/** base64 of the body's hash for `oauth_body_hash`, with the method's hash. */
export function bodyHash(method: SignatureMethod, body: Uint8Array): string | undefined {
  const name = methodHash(method);
  return name && base64(HASHES[name](body));
}

/** What a method signs with: the shared secrets, or (RSA) the PEM private key. */
export interface SigningSecrets {
  consumerSecret: string;
  tokenSecret: string;
  privateKey: string;
}

/** The `oauth_signature` value (before transmission encoding) of `base` under `method`. */
export async function sign(
  method: SignatureMethod,
  base: string,
  secrets: SigningSecrets,
): Promise<Result<string>> {
  const key = `${percentEncode(secrets.consumerSecret)}&${percentEncode(secrets.tokenSecret)}`;
  const hash = methodHash(method);
  if (!hash) return ok(key);
  if (method.startsWith("HMAC-")) return ok(base64(hmac(HASHES[hash], utf8(key), utf8(base))));
  const der = privateKeyDer(secrets.privateKey, { rsa: true });
  if (!der.ok) return der;
  const signed = await rsaPkcs1Sign(WEB_HASH[hash], der.value, utf8(base));
  return signed.ok ? ok(base64(signed.value)) : signed;
}

/** `value` as a known signature method (case-insensitive), or AUTH_FAILED listing them. */
export function parseSignatureMethod(value: string | undefined): Result<SignatureMethod> {
  const upper = (value ?? "").trim().toUpperCase() || "HMAC-SHA1";
  const found = SIGNATURE_METHODS.find((m) => m === upper);
  if (found) return ok(found);
  return err({
    code: "AUTH_FAILED",
    message: `the signature method "${value}" is not one of ${SIGNATURE_METHODS.join(", ")}`,
    at: "signatureMethod",
  });
}
