/**
 * Private keys as users paste them: PEM text → PKCS#8 DER, the one format Web Crypto and jose
 * import. An RSA key in PKCS#1 (`BEGIN RSA PRIVATE KEY`, what `openssl genrsa` wrote for years)
 * is wrapped into PKCS#8 here; other formats get a message that says how to convert them.
 * @see https://www.rfc-editor.org/rfc/rfc7468 (PEM labels), RFC 5208 (PKCS#8), RFC 8017 (PKCS#1)
 */
import type { Result } from "../result";
import { err, ok } from "../result";
import { base64 } from "./bytes";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Bytes of base64 or base64url text (padding optional, whitespace ignored), or `undefined` when
 * it has other characters or a length no encoder writes.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, "").replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  if (clean.length % 4 === 1) return undefined;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** DER length octets. */
function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

const derTlv = (tag: number, body: Uint8Array | number[]): number[] => [
  tag,
  ...derLength(body.length),
  ...body,
];

/** version 0 + AlgorithmIdentifier { rsaEncryption, NULL } */
const RSA_PKCS8_PREFIX = [
  0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
  0x05, 0x00,
];

/** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey. */
export const rsaPkcs1ToPkcs8 = (pkcs1: Uint8Array): Uint8Array =>
  Uint8Array.from(derTlv(0x30, [...RSA_PKCS8_PREFIX, ...derTlv(0x04, pkcs1)]));

/** PEM text of `der` under `label`, 64 characters a line. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = base64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

const CONVERT = "convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem`";

/**
 * The PKCS#8 DER of a pasted private key. Literal `\n` sequences (a key copied out of JSON or an
 * environment file) count as line breaks. `rsa` allows PKCS#1 RSA keys, which are wrapped.
 */
export function privateKeyDer(text: string, options: { rsa: boolean }): Result<Uint8Array> {
  const pem = text.replace(/\\r\\n|\\n/g, "\n");
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  const fail = (message: string) => err({ code: "AUTH_FAILED", message, at: "privateKey" });
  if (!match) return fail("the private key is not PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)");
  const [, label = "", body = ""] = match;
  if (label === "ENCRYPTED PRIVATE KEY") {
    return fail(`the private key is encrypted; Satchel needs it unencrypted: ${CONVERT}`);
  }
  const rsaPkcs1 = label === "RSA PRIVATE KEY";
  if (label !== "PRIVATE KEY" && !(rsaPkcs1 && options.rsa)) {
    return fail(`the private key is not PKCS#8 PEM (it is "${label}"); ${CONVERT}`);
  }
  if (/Proc-Type:\s*4,ENCRYPTED/.test(body)) {
    return fail(`the private key is encrypted; Satchel needs it unencrypted: ${CONVERT}`);
  }
  const der = fromBase64(body);
  if (!der || der.length === 0 || der[0] !== 0x30) {
    return fail("the private key's PEM body is not valid base64 DER");
  }
  return ok(rsaPkcs1 ? rsaPkcs1ToPkcs8(der) : der);
}
