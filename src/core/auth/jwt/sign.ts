/**
 * Compact JWS for the `jwt` auth: HS* with @noble/hashes (sync, no secure-context requirement,
 * the exact bytes of the header and payload JSON), RS*, PS* and ES* with jose over Web Crypto,
 * loaded on first use so it stays out of the first bundle.
 * @see https://www.rfc-editor.org/rfc/rfc7515 (JWS), https://www.rfc-editor.org/rfc/rfc7518 (algs)
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2.js";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { base64url, utf8 } from "../bytes";
import { privateKeyDer, toPem } from "../pem";
import { webCrypto } from "../webCrypto";

/** The algorithms Postman's JWT auth offers. */
export const JWT_ALGORITHMS = [
  "HS256",
  "HS384",
  "HS512",
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
] as const;
/** One of {@link JWT_ALGORITHMS}. */
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

/** A JSON object (JWT header or claims). */
export type JsonObject = Record<string, unknown>;

const HS = { HS256: sha256, HS384: sha384, HS512: sha512 } as const;

/** base64url HMAC of a JWS signing input (`header.payload`). */
export function hsSignature(alg: keyof typeof HS, signingInput: string, key: Uint8Array): string {
  return base64url(hmac(HS[alg], key, utf8(signingInput)));
}

/** `alg` is one of the HMAC algorithms. */
export const isHs = (alg: JwtAlgorithm): alg is keyof typeof HS => alg in HS;

/** The compact JWS of `payload` under `header` (which already names `alg`), HMAC-keyed. */
export function signHs(
  alg: keyof typeof HS,
  header: JsonObject,
  payload: JsonObject,
  key: Uint8Array,
): string {
  const input = `${base64url(utf8(JSON.stringify(header)))}.${base64url(utf8(JSON.stringify(payload)))}`;
  return `${input}.${hsSignature(alg, input, key)}`;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The compact JWS of `payload` signed with a PEM private key (PKCS#8; PKCS#1 RSA keys are
 * accepted for RS/PS). AUTH_FAILED names a missing Web Crypto, an unreadable key or one that
 * does not fit `alg` (e.g. a P-384 key for ES256).
 */
export async function signWithKey(
  alg: Exclude<JwtAlgorithm, keyof typeof HS>,
  header: JsonObject,
  payload: JsonObject,
  privateKey: string,
): Promise<Result<string>> {
  const subtle = webCrypto();
  if (!subtle.ok) return subtle;
  const der = privateKeyDer(privateKey, { rsa: !alg.startsWith("ES") });
  if (!der.ok) return der;
  const jose = await import("jose");
  let key: Awaited<ReturnType<typeof jose.importPKCS8>>;
  try {
    key = await jose.importPKCS8(toPem("PRIVATE KEY", der.value), alg);
  } catch (e) {
    return err({
      code: "AUTH_FAILED",
      message: `the private key cannot sign ${alg}: ${reason(e)}`,
      at: "privateKey",
    });
  }
  try {
    const token = await new jose.SignJWT(payload).setProtectedHeader({ ...header, alg }).sign(key);
    return ok(token);
  } catch (e) {
    return err({ code: "AUTH_FAILED", message: `the JWT could not be signed: ${reason(e)}` });
  }
}
