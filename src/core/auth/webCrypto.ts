/**
 * The few Web Crypto calls the signers need (RSA PKCS#1 v1.5 signing for OAuth 1.0's RSA-SHA*),
 * typed here because core's tsconfig has no DOM lib. `crypto.subtle` exists in browsers (secure
 * contexts only: https or localhost), workers and Node 20; elsewhere the caller gets AUTH_FAILED.
 */
import type { Result } from "../result";
import { err, ok } from "../result";

/** Hash names Web Crypto takes. */
export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

/** An imported key; opaque to core. */
export interface CryptoKeyLike {
  readonly type: string;
}

type ImportAlgorithm =
  | { name: "RSASSA-PKCS1-v1_5" | "RSA-PSS"; hash: HashName }
  | { name: "ECDSA"; namedCurve: "P-256" | "P-384" | "P-521" };

type SignAlgorithm =
  | { name: "RSASSA-PKCS1-v1_5" }
  | { name: "RSA-PSS"; saltLength: number }
  | { name: "ECDSA"; hash: HashName };

/** The slice of SubtleCrypto core uses. */
export interface SubtleLike {
  importKey(
    format: "pkcs8" | "spki",
    keyData: Uint8Array,
    algorithm: ImportAlgorithm,
    extractable: boolean,
    keyUsages: ("sign" | "verify")[],
  ): Promise<CryptoKeyLike>;
  sign(algorithm: SignAlgorithm, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
}

/** The host's SubtleCrypto, or AUTH_FAILED naming why it is missing. */
export function webCrypto(): Result<SubtleLike> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (subtle) return ok(subtle);
  return err({
    code: "AUTH_FAILED",
    message: "this signature needs Web Crypto (crypto.subtle), which this page does not have",
    hint: "Open Satchel over https or localhost, or send with `satchel run`",
  });
}

/**
 * RSASSA-PKCS1-v1_5 signature of `data` with a PKCS#8 RSA private key; AUTH_FAILED when Web
 * Crypto is missing or the key is not an RSA private key.
 */
export async function rsaPkcs1Sign(
  hash: HashName,
  pkcs8: Uint8Array,
  data: Uint8Array,
): Promise<Result<Uint8Array>> {
  const subtle = webCrypto();
  if (!subtle.ok) return subtle;
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash } as const;
  let key: CryptoKeyLike;
  try {
    key = await subtle.value.importKey("pkcs8", pkcs8, algorithm, false, ["sign"]);
  } catch (e) {
    return err({
      code: "AUTH_FAILED",
      message: `the private key is not an RSA private key (${e instanceof Error ? e.message : String(e)})`,
      at: "privateKey",
    });
  }
  const signature = await subtle.value.sign({ name: "RSASSA-PKCS1-v1_5" }, key, data);
  return ok(new Uint8Array(signature));
}
