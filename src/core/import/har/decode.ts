/** Base64 → text for HAR response bodies (core has no atob/TextDecoder types). */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The bytes of standard or URL-safe base64; undefined when `text` is not base64. */
export function base64Bytes(text: string): number[] | undefined {
  const clean = text.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Continuation bytes needed after a lead byte, or -1 when it cannot start a sequence. */
const follow = (b: number) =>
  b < 0x80 ? 0 : b < 0xc2 ? -1 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : b < 0xf5 ? 3 : -1;

/** Strict UTF-8 decoding; undefined when the bytes are not valid UTF-8 (binary content). */
export function utf8Text(bytes: readonly number[]): string | undefined {
  let out = "";
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const n = follow(lead);
    if (n < 0 || i + n >= bytes.length) return undefined;
    let cp = n === 0 ? lead : lead & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const b = bytes[i + k] ?? 0;
      if ((b & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (b & 0x3f);
    }
    const min = [0, 0x80, 0x800, 0x10000][n] ?? 0;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

/** Decode base64 to text when it is UTF-8; undefined for binary or malformed input. */
export function decodeBase64Text(text: string): string | undefined {
  const bytes = base64Bytes(text);
  return bytes ? utf8Text(bytes) : undefined;
}
