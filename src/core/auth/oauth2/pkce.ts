/**
 * PKCE (RFC 7636): a fresh code verifier per authorization, and its challenge.
 * @see https://www.rfc-editor.org/rfc/rfc7636
 */
import { sha256 } from "@noble/hashes/sha2.js";
import type { RandomSource } from "../../clock";
import { base64url, randomBytes, utf8 } from "../bytes";

/** Bytes of randomness in a verifier: 48 give 64 base64url characters (RFC: 43 to 128). */
const VERIFIER_BYTES = 48;

/** A new code verifier: 64 unreserved characters from the host's random source. */
export const makeCodeVerifier = (random: RandomSource): string =>
  base64url(randomBytes(() => random.next(), VERIFIER_BYTES));

/** True when `verifier` is 43–128 characters of `[A-Za-z0-9-._~]` (RFC 7636 §4.1). */
export const isValidVerifier = (verifier: string): boolean =>
  /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);

/** The `code_challenge` for `verifier`: BASE64URL(SHA-256(verifier)) for S256, else itself. */
export function codeChallenge(verifier: string, method: "S256" | "plain"): string {
  return method === "plain" ? verifier : base64url(sha256(utf8(verifier)));
}
