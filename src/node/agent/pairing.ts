/**
 * Pairing and tokens. The agent prints a one-time code; the page trades it for a random bearer
 * token (POST /v1/pair), once: the code is spent, and a new one is printed for the next page.
 * Codes and tokens are compared as SHA-256 digests with crypto.timingSafeEqual, so the time a
 * comparison takes says nothing about how much of a guess was right. Wrong codes are limited to
 * 5 a minute; past that every attempt waits, a right one too.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { normalizePairingCode, PAIRING_ALPHABET } from "../../core/agent/protocol";
import type { Now } from "./rateLimit";
import { makeFailureWindow } from "./rateLimit";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** Whether `candidate` is one of `digests`, in time independent of where (or if) it matches. */
function matchesAny(candidate: string, digests: readonly Buffer[]): boolean {
  const d = digest(candidate);
  let found = false;
  for (const known of digests) found = timingSafeEqual(d, known) || found;
  return found;
}

/** A fresh code: 8 characters from PAIRING_ALPHABET (~40 bits), shown as XXXX-XXXX. */
export function newPairingCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export type PairOutcome =
  | { ok: true; token: string }
  | { ok: false; code: "PAIRING_CODE_INVALID" }
  | { ok: false; code: "RATE_LIMITED"; retryAfterS: number };

/** The agent's pairing state. */
export interface Pairing {
  /** The code that pairs now. */
  code(): string;
  /** Trade `code` for a token. */
  pair(code: string): PairOutcome;
  /** Whether `token` was issued here or read from the token file. */
  knows(token: string): boolean;
}

export interface PairingOptions {
  /** Tokens accepted without pairing (the token file). */
  tokens?: readonly string[];
  /** Told each new code (the first one too): the command prints it. */
  onCode?: (code: string) => void;
  now: Now;
  /** Failed pairings allowed a minute (default 5). */
  maxFailures?: number;
}

export function makePairing(options: PairingOptions): Pairing {
  const tokens: Buffer[] = (options.tokens ?? []).map(digest);
  const failures = makeFailureWindow(options.maxFailures ?? 5, 60_000, options.now);
  let code = "";
  let codeDigest = Buffer.alloc(32);
  const renew = () => {
    code = newPairingCode();
    codeDigest = digest(normalizePairingCode(code));
    options.onCode?.(code);
  };
  renew();
  return {
    code: () => code,
    knows: (token) => matchesAny(token, tokens),
    pair(attempt) {
      const wait = failures.blockedFor();
      if (wait !== undefined) return { ok: false, code: "RATE_LIMITED", retryAfterS: wait };
      if (!matchesAny(normalizePairingCode(attempt), [codeDigest])) {
        failures.fail();
        return { ok: false, code: "PAIRING_CODE_INVALID" };
      }
      const token = randomBytes(32).toString("base64url");
      tokens.push(digest(token));
      renew();
      return { ok: true, token };
    },
  };
}
