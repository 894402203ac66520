/**
 * NTLM's three messages (MS-NLMP §2.2.1): the NEGOTIATE_MESSAGE (Type 1) a client opens with, the
 * server's CHALLENGE_MESSAGE (Type 2) parsed with its AV pairs, and the AUTHENTICATE_MESSAGE
 * (Type 3). No VERSION field, no MIC, no key exchange: Satchel only authenticates the connection,
 * it neither signs nor seals.
 * @see https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/907f519d-6217-45b1-b421-dca10fc8af0d
 */
import { concat, utf16le } from "./responses";

/** NegotiateFlags bits Satchel reads or sends (MS-NLMP §2.2.2.5). */
export const FLAGS = {
  UNICODE: 0x00000001,
  OEM: 0x00000002,
  REQUEST_TARGET: 0x00000004,
  NTLM: 0x00000200,
  ALWAYS_SIGN: 0x00008000,
  TARGET_TYPE_DOMAIN: 0x00010000,
  TARGET_TYPE_SERVER: 0x00020000,
  EXTENDED_SESSIONSECURITY: 0x00080000,
  TARGET_INFO: 0x00800000,
  NEGOTIATE_128: 0x20000000,
  NEGOTIATE_56: 0x80000000,
} as const;

/** What the client offers in its NEGOTIATE_MESSAGE. */
export const NEGOTIATE_FLAGS =
  (FLAGS.UNICODE |
    FLAGS.OEM |
    FLAGS.REQUEST_TARGET |
    FLAGS.NTLM |
    FLAGS.ALWAYS_SIGN |
    FLAGS.EXTENDED_SESSIONSECURITY |
    FLAGS.NEGOTIATE_128 |
    FLAGS.NEGOTIATE_56) >>>
  0;

/** AvId values of the AV pairs Satchel reads (MS-NLMP §2.2.2.1). */
export const AV = { EOL: 0, NB_DOMAIN_NAME: 2, TIMESTAMP: 7 } as const;

const SIGNATURE = Uint8Array.of(0x4e, 0x54, 0x4c, 0x4d, 0x53, 0x53, 0x50, 0); // "NTLMSSP\0"

const u16 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff);
const u32 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24);
const readU16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const readU32 = (b: Uint8Array, at: number) => (readU16(b, at) | (readU16(b, at + 2) << 16)) >>> 0;

/** The NEGOTIATE_MESSAGE: flags only, no domain or workstation (both optional). */
export function negotiateMessage(): Uint8Array {
  const empty = new Uint8Array(8); // DomainNameFields, WorkstationFields: length 0, offset 0
  return concat(SIGNATURE, u32(1), u32(NEGOTIATE_FLAGS), empty, empty);
}

/** A parsed CHALLENGE_MESSAGE. */
export interface Challenge {
  flags: number;
  serverChallenge: Uint8Array;
  /** The raw AV pairs (TargetInfo), empty when the server sent none. */
  targetInfo: Uint8Array;
  /** MsvAvTimestamp's 8 bytes, when the server sent one. */
  timestamp?: Uint8Array;
}

/** The value bytes of a security buffer (len, maxlen, offset) at `at`, or undefined if out of range. */
function field(msg: Uint8Array, at: number): Uint8Array | undefined {
  const length = readU16(msg, at);
  const offset = readU32(msg, at + 4);
  if (length === 0) return new Uint8Array(0);
  return offset + length <= msg.length ? msg.subarray(offset, offset + length) : undefined;
}

/** Each AV pair's id and value, up to MsvAvEOL; undefined when the list runs past its end. */
export function avPairs(info: Uint8Array): { id: number; value: Uint8Array }[] | undefined {
  const out: { id: number; value: Uint8Array }[] = [];
  for (let at = 0; at + 4 <= info.length;) {
    const id = readU16(info, at);
    const length = readU16(info, at + 2);
    if (id === AV.EOL) return out;
    if (at + 4 + length > info.length) return undefined;
    out.push({ id, value: info.subarray(at + 4, at + 4 + length) });
    at += 4 + length;
  }
  return info.length === 0 ? out : undefined;
}

/** Parse a CHALLENGE_MESSAGE, or say why it is not one. */
export function parseChallenge(msg: Uint8Array): Challenge | string {
  if (msg.length < 32 || SIGNATURE.some((b, i) => msg[i] !== b)) {
    return "the server's NTLM challenge is not an NTLMSSP message";
  }
  if (readU32(msg, 8) !== 2) return "the server's NTLM message is not a challenge (type 2)";
  const flags = readU32(msg, 20);
  const serverChallenge = msg.slice(24, 32);
  let targetInfo = new Uint8Array(0);
  if (msg.length >= 48 && flags & FLAGS.TARGET_INFO) {
    const info = field(msg, 40);
    if (!info) return "the server's NTLM challenge has a TargetInfo past its end";
    targetInfo = info.slice();
  }
  const pairs = avPairs(targetInfo);
  if (!pairs) return "the server's NTLM challenge has malformed TargetInfo";
  const stamp = pairs.find((p) => p.id === AV.TIMESTAMP && p.value.length === 8);
  return {
    flags,
    serverChallenge,
    targetInfo,
    ...(stamp ? { timestamp: stamp.value.slice() } : {}),
  };
}

/** What goes into an AUTHENTICATE_MESSAGE. */
export interface AuthenticateFields {
  /** The flags agreed: the challenge's, limited to what the client offered. */
  flags: number;
  lmResponse: Uint8Array;
  ntResponse: Uint8Array;
  domain: string;
  user: string;
  workstation: string;
}

/** Text as the agreed flags say: UTF-16LE with NEGOTIATE_UNICODE, else 8-bit (OEM). */
const text = (value: string, unicode: boolean): Uint8Array =>
  unicode ? utf16le(value) : Uint8Array.from(value, (ch) => ch.charCodeAt(0) & 0xff);

/** The AUTHENTICATE_MESSAGE: a 64-byte header of security buffers, then their payload. */
export function authenticateMessage(f: AuthenticateFields): Uint8Array {
  const unicode = (f.flags & FLAGS.UNICODE) !== 0;
  const payload = [
    f.lmResponse,
    f.ntResponse,
    text(f.domain, unicode),
    text(f.user, unicode),
    text(f.workstation, unicode),
    new Uint8Array(0), // EncryptedRandomSessionKey: no key exchange
  ];
  let offset = 64;
  const buffers = payload.map((p) => {
    const header = concat(u16(p.length), u16(p.length), u32(offset));
    offset += p.length;
    return header;
  });
  return concat(SIGNATURE, u32(3), ...buffers, u32(f.flags), ...payload);
}

/** The flags of the AUTHENTICATE_MESSAGE for a challenge with `challengeFlags`. */
export function agreedFlags(challengeFlags: number): number {
  const offered = NEGOTIATE_FLAGS | FLAGS.TARGET_INFO;
  let flags = challengeFlags & offered;
  // Exactly one character set: Unicode when the server can, else OEM.
  flags = flags & FLAGS.UNICODE ? flags & ~FLAGS.OEM : flags | FLAGS.OEM;
  return (flags | FLAGS.NTLM) >>> 0;
}
