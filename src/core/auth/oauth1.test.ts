import { describe, expect, it } from "vitest";
import { oauth1 } from "./oauth1";
import { signatureBaseString } from "./oauth1/signature";
import { fromBase64, toPem } from "./pem";
import { authOf, headerOf, request, testContext } from "./test/authFixtures";
import { parseOAuthHeader, signed, vectorRequest } from "./test/oauth1/helpers";
import { OAUTH1_VECTORS } from "./test/oauth1/vectors";

describe("oauth1: published vectors", () => {
  for (const v of OAUTH1_VECTORS) {
    it(v.name, async () => {
      const { http } = await signed(vectorRequest(v), v.auth);
      const params = parseOAuthHeader(headerOf(http, "Authorization")!);
      expect(params.oauth_signature).toBe(v.signature);
      if (v.bodyHash) expect(params.oauth_body_hash).toBe(v.bodyHash);
      for (const piece of v.headerContains ?? []) {
        expect(headerOf(http, "Authorization")).toContain(piece);
      }
      if (v.baseString) {
        const { oauth_signature: _, realm: __, ...protocol } = params;
        const url = new URL(v.request.url);
        const query = [...url.searchParams.entries()];
        const base = signatureBaseString(
          v.request.method,
          `${url.protocol}//${url.host}${url.pathname}`,
          [
            ...Object.entries(protocol),
            ...query,
            ...((v.request.form ?? []) as [string, string][]),
          ],
        );
        expect(base).toBe(v.baseString);
      }
    });
  }
});

describe("oauth1: RSA keys", () => {
  const wiki = OAUTH1_VECTORS.find((v) => v.auth.signatureMethod === "RSA-SHA1")!;
  const pkcs8 = fromBase64(String(wiki.auth.privateKey).replace(/-----[^-]+-----/g, ""))!;

  it("signs the same with the key in PKCS#1 (BEGIN RSA PRIVATE KEY)", async () => {
    const pkcs1 = toPem("RSA PRIVATE KEY", pkcs8.subarray(26)); // OCTET STRING of a 1024-bit key
    const { http } = await signed(vectorRequest(wiki), { ...wiki.auth, privateKey: pkcs1 });
    expect(parseOAuthHeader(headerOf(http, "Authorization")!).oauth_signature).toBe(wiki.signature);
  });

  it("RSA-SHA256 and RSA-SHA512 verify under the public key", async () => {
    const subtle = globalThis.crypto.subtle;
    for (const [method, hash] of [
      ["RSA-SHA256", "SHA-256"],
      ["RSA-SHA512", "SHA-512"],
    ] as const) {
      const auth = { ...wiki.auth, signatureMethod: method };
      const { http } = await signed(vectorRequest(wiki), auth);
      const p = parseOAuthHeader(headerOf(http, "Authorization")!);
      const { oauth_signature: sig, ...protocol } = p;
      const base = signatureBaseString("GET", "http://photos.example.net/photos", [
        ...Object.entries(protocol),
        ["file", "vacaction.jpg"],
        ["size", "original"],
      ]);
      const alg = { name: "RSASSA-PKCS1-v1_5", hash };
      const priv = await subtle.importKey("pkcs8", Uint8Array.from(pkcs8), alg, true, ["sign"]);
      const {
        d: _d,
        p: _p,
        q: _q,
        dp: _dp,
        dq: _dq,
        qi: _qi,
        ...jwk
      } = await subtle.exportKey("jwk", priv);
      const pub = await subtle.importKey("jwk", { ...jwk, key_ops: ["verify"] }, alg, false, [
        "verify",
      ]);
      const signature = Uint8Array.from(fromBase64(sig!)!);
      const ok = await subtle.verify(alg, pub, signature, new TextEncoder().encode(base));
      expect(ok, method).toBe(true);
    }
  });
});

describe("oauth1: what the user gets told", () => {
  const fails = async (attrs: Record<string, unknown>) => {
    const r = await oauth1.apply(
      request("GET", "http://a/"),
      authOf("oauth1", attrs),
      testContext(),
    );
    expect(r.ok).toBe(false);
    return r.ok ? "" : r.error.message;
  };
  it("names a missing consumer key, secret or private key, and an unknown method", async () => {
    expect(await fails({ consumerSecret: "s" })).toContain("consumer key");
    expect(await fails({ consumerKey: "k" })).toContain("consumer secret");
    expect(await fails({ consumerKey: "k", signatureMethod: "RSA-SHA256" })).toContain(
      "private key",
    );
    expect(
      await fails({ consumerKey: "k", consumerSecret: "s", signatureMethod: "MD5" }),
    ).toContain("HMAC-SHA1, HMAC-SHA256");
  });
  it("says when the RSA key is not PKCS#8 PEM", async () => {
    const rsa = { consumerKey: "k", signatureMethod: "RSA-SHA1" };
    expect(await fails({ ...rsa, privateKey: "not a key" })).toContain("not PKCS#8 PEM");
    const ec = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----";
    expect(await fails({ ...rsa, privateKey: ec })).toContain("openssl pkcs8 -topk8");
  });
});
