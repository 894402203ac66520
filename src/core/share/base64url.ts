/**
 * base64url (RFC 4648 §5, no padding) for share fragments. Decoding is strict: it names the first
 * character that is not in the alphabet instead of skipping it, because a link that was cut or
 * mangled should be refused, not half-read.
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUES = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

/** base64url of `bytes`, without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Why a text is not base64url: the offending position, and what is wrong there. */
export interface Base64urlFault {
  index: number;
  reason: string;
}

/**
 * The bytes `text` encodes, or where it stops being base64url. Trailing "=" padding is accepted;
 * a length that leaves a lone 6-bit group (length % 4 === 1) is refused as cut off, after
 * every character was checked.
 */
export function fromBase64url(text: string): Uint8Array | Base64urlFault {
  // Trailing padding, trimmed by hand: /=+$/ backtracks quadratically over a long run of "=".
  let end = text.length;
  while (end > 0 && text[end - 1] === "=") end--;
  const body = text.slice(0, end);
  const out = new Uint8Array(Math.floor((body.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    const v = VALUES.get(ch);
    if (v === undefined) {
      return { index: i, reason: `character ${JSON.stringify(ch)} is not base64url` };
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (body.length % 4 === 1) {
    return { index: body.length, reason: "the text is cut off (its length is not valid base64)" };
  }
  return out;
}

/** True when `value` is a decoding fault rather than bytes. */
export const isBase64urlFault = (value: Uint8Array | Base64urlFault): value is Base64urlFault =>
  !(value instanceof Uint8Array);
