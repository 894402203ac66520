/**
 * Byte helpers the auth schemes share: UTF-8, hex, base64, and the bytes a request body will
 * have on the wire (for body hashes: AWS, Hawk, EdgeGrid, OAuth 1.0 body hash, Digest auth-int).
 */
import { utf8Bytes } from "../http/base64";
import type { HttpRequest } from "../http/transport";
import { formEncode } from "../http/bodyParts";

/** UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => Uint8Array.from(utf8Bytes(text));

/** Lower-case hex of `bytes`. */
export function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard base64 (padded) of `bytes`. */
export function base64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? B64[n & 63]! : "=";
  }
  return out;
}

/** base64url without padding (JWT, PKCE). */
export const base64url = (bytes: Uint8Array): string =>
  base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** Random bytes from the host's random source (deterministic in tests). */
export function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

/**
 * The body's bytes as every transport sends them, for hashing: text and urlencoded bodies are
 * known; multipart and file bodies are laid out by the transport (boundary, stored blob) and give
 * `undefined`, so a scheme that must hash them says it could not.
 */
export function bodyBytes(http: HttpRequest): Uint8Array | undefined {
  const body = http.body;
  if (!body) return new Uint8Array(0);
  if (body.kind === "text") return utf8(body.text);
  if (body.kind === "urlencoded") {
    return utf8(body.fields.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join("&"));
  }
  return undefined;
}
