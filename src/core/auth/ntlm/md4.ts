/**
 * MD4 (RFC 1320), which NTLM's NT hash needs and `@noble/hashes` does not ship (Node has it only
 * with OpenSSL's legacy provider). Broken as a hash: used here for NTOWF only, never to protect.
 * @see https://www.rfc-editor.org/rfc/rfc1320
 */

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** The MD4 digest (16 bytes) of `data`. */
export function md4(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array((((data.length + 8) >> 6) + 1) * 64);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, bitLength >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bitLength / 2 ** 32), true);

  let a = 0x67452301;
  let b = 0xefcdab89;
  let c = 0x98badcfe;
  let d = 0x10325476;
  const x = new Array<number>(16);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) x[i] = view.getUint32(block + i * 4, true);
    const w = (i: number) => x[i]!;
    const [aa, bb, cc, dd] = [a, b, c, d];
    const f = (p: number, q: number, r: number) => (p & q) | (~p & r);
    const g = (p: number, q: number, r: number) => (p & q) | (p & r) | (q & r);
    const h = (p: number, q: number, r: number) => p ^ q ^ r;
    // Round 1: [abcd k s] = a = (a + F(b,c,d) + X[k]) <<< s
    for (const k of [0, 4, 8, 12]) {
      a = rotl((a + f(b, c, d) + w(k)) | 0, 3);
      d = rotl((d + f(a, b, c) + w(k + 1)) | 0, 7);
      c = rotl((c + f(d, a, b) + w(k + 2)) | 0, 11);
      b = rotl((b + f(c, d, a) + w(k + 3)) | 0, 19);
    }
    // Round 2: [abcd k s] = a = (a + G(b,c,d) + X[k] + 5A827999) <<< s
    for (const k of [0, 1, 2, 3]) {
      a = rotl((a + g(b, c, d) + w(k) + 0x5a827999) | 0, 3);
      d = rotl((d + g(a, b, c) + w(k + 4) + 0x5a827999) | 0, 5);
      c = rotl((c + g(d, a, b) + w(k + 8) + 0x5a827999) | 0, 9);
      b = rotl((b + g(c, d, a) + w(k + 12) + 0x5a827999) | 0, 13);
    }
    // Round 3: [abcd k s] = a = (a + H(b,c,d) + X[k] + 6ED9EBA1) <<< s
    for (const k of [0, 2, 1, 3]) {
      a = rotl((a + h(b, c, d) + w(k) + 0x6ed9eba1) | 0, 3);
      d = rotl((d + h(a, b, c) + w(k + 8) + 0x6ed9eba1) | 0, 9);
      c = rotl((c + h(d, a, b) + w(k + 4) + 0x6ed9eba1) | 0, 11);
      b = rotl((b + h(c, d, a) + w(k + 12) + 0x6ed9eba1) | 0, 15);
    }
    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }
  const out = new Uint8Array(16);
  const outView = new DataView(out.buffer);
  [a, b, c, d].forEach((v, i) => outView.setUint32(i * 4, v >>> 0, true));
  return out;
}
