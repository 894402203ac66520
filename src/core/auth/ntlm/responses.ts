/**
 * NTLMv2's keys and responses (MS-NLMP §3.3.2): NTOWFv2 from the password, the NTLMv2 response
 * (NTProofStr + the client's blob) and the LMv2 response. Pure: the client challenge and the
 * timestamp come from the caller.
 * @see https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/5e550938-91d4-459f-b67d-75d70009e3f3
 */
import { hmacBytes } from "../hash";
import { md4 } from "./md4";

/** UTF-16LE bytes of `text` (NTLM's "Unicode"). */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[i * 2] = unit & 0xff;
    out[i * 2 + 1] = unit >> 8;
  }
  return out;
}

/** `parts` joined into one array. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** NTOWFv2 = HMAC-MD5(MD4(UNICODE(password)), UNICODE(Uppercase(user) + domain)). */
export const ntowfv2 = (password: string, user: string, domain: string): Uint8Array =>
  hmacBytes("md5", md4(utf16le(password)), utf16le(user.toUpperCase() + domain));

/** What the NTLMv2 computation needs besides the key. */
export interface V2Inputs {
  /** NTOWFv2 of the user's credentials. */
  key: Uint8Array;
  /** The CHALLENGE_MESSAGE's 8-byte ServerChallenge. */
  serverChallenge: Uint8Array;
  /** 8 random bytes of the client. */
  clientChallenge: Uint8Array;
  /** FILETIME (100 ns since 1601-01-01 UTC), 8 bytes little-endian. */
  timestamp: Uint8Array;
  /** The AV pairs to answer with (the server's TargetInfo), MsvAvEOL included. */
  targetInfo: Uint8Array;
}

/** The NTLMv2 responses and the session base key of one authentication. */
export interface V2Responses {
  /** HMAC-MD5(key, ServerChallenge + temp): the first 16 bytes of the NT response. */
  ntProofStr: Uint8Array;
  /** NtChallengeResponse = NTProofStr + temp. */
  ntResponse: Uint8Array;
  /** LmChallengeResponse = HMAC-MD5(key, ServerChallenge + ClientChallenge) + ClientChallenge. */
  lmResponse: Uint8Array;
  /** SessionBaseKey = HMAC-MD5(key, NTProofStr). */
  sessionBaseKey: Uint8Array;
}

/** MS-NLMP §3.3.2 ComputeResponse for NTLMv2. */
export function ntlmv2Responses(input: V2Inputs): V2Responses {
  const temp = concat(
    Uint8Array.of(1, 1, 0, 0, 0, 0, 0, 0), // Responserversion, HiResponserversion, Z(6)
    input.timestamp,
    input.clientChallenge,
    new Uint8Array(4),
    input.targetInfo,
    new Uint8Array(4),
  );
  const ntProofStr = hmacBytes("md5", input.key, concat(input.serverChallenge, temp));
  const lmProof = hmacBytes("md5", input.key, concat(input.serverChallenge, input.clientChallenge));
  return {
    ntProofStr,
    ntResponse: concat(ntProofStr, temp),
    lmResponse: concat(lmProof, input.clientChallenge),
    sessionBaseKey: hmacBytes("md5", input.key, ntProofStr),
  };
}

/** FILETIME of `epochMs` (ms since 1970), 8 bytes little-endian. */
export function fileTime(epochMs: number): Uint8Array {
  let ticks = (BigInt(Math.max(0, Math.floor(epochMs))) + 11_644_473_600_000n) * 10_000n;
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) {
    out[i] = Number(ticks & 0xffn);
    ticks >>= 8n;
  }
  return out;
}
