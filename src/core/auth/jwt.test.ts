import * as jose from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jwt } from "./jwt";
import { hsSignature } from "./jwt/sign";
import { fromBase64, rsaPkcs1ToPkcs8, toPem } from "./pem";
import { authOf, headerOf, request, testContext } from "./test/authFixtures";
import { JWT_VECTORS } from "./test/jwt/vectors";

const { rfc7515A1: A1, jwtIo } = JWT_VECTORS;

async function tokenFor(attrs: Record<string, unknown>, url = "https://api.test/x") {
  const r = await jwt.apply(request("GET", url), authOf("jwt", attrs), testContext());
  if (!r.ok) throw new Error(r.error.message);
  return r.value.http;
}

async function failure(attrs: Record<string, unknown>) {
  const r = await jwt.apply(
    request("GET", "https://api.test/"),
    authOf("jwt", attrs),
    testContext(),
  );
  return r.ok ? "" : r.error.message;
}

const bearer = (http: Awaited<ReturnType<typeof tokenFor>>) =>
  headerOf(http, "Authorization")!.replace(/^Bearer /, "");

describe("jwt: HS*", () => {
  it("RFC 7515 A.1: the HS256 signature of the published signing input", () => {
    expect(hsSignature("HS256", A1.signingInput, fromBase64(A1.k)!)).toBe(A1.signature);
  });

  it("RFC 7515 A.1: a base64url secret signs a token with the same header and claims", async () => {
    const token = bearer(
      await tokenFor({
        algorithm: "HS256",
        secret: A1.k,
        isSecretBase64Encoded: true,
        header: '{"typ":"JWT"}',
        payload: JSON.stringify(A1.payload),
      }),
    );
    expect(jose.decodeProtectedHeader(token)).toEqual(A1.header);
    const { payload } = await jose.jwtVerify(token, fromBase64(A1.k)!, {
      currentDate: new Date(0),
    });
    expect(payload).toEqual(A1.payload);
  });

  it("jwt.io's default token, byte for byte", async () => {
    const http = await tokenFor({
      algorithm: "HS256",
      secret: jwtIo.secret,
      header: jwtIo.header,
      payload: jwtIo.payload,
    });
    expect(headerOf(http, "Authorization")).toBe(`Bearer ${jwtIo.token}`);
  });

  it("lets the algorithm attribute win over an alg in the header JSON", async () => {
    const token = bearer(
      await tokenFor({ algorithm: "HS512", secret: "s", header: '{"alg":"none","kid":"1"}' }),
    );
    expect(jose.decodeProtectedHeader(token)).toEqual({ alg: "HS512", kid: "1" });
    await jose.jwtVerify(token, new TextEncoder().encode("s"));
  });
});

describe("jwt: RS/PS/ES via Web Crypto", () => {
  for (const alg of ["RS256", "PS256", "ES256", "ES384", "PS512", "RS384"] as const) {
    it(`${alg}: signs with a PKCS#8 PEM key and verifies with the public key`, async () => {
      const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true });
      const pem = await jose.exportPKCS8(privateKey);
      const token = bearer(
        await tokenFor({
          algorithm: alg,
          privateKey: pem,
          payload: '{"sub":"me","n":1}',
          header: '{"kid":"k1"}',
        }),
      );
      const { payload, protectedHeader } = await jose.jwtVerify(token, publicKey);
      expect(payload).toEqual({ sub: "me", n: 1 });
      expect(protectedHeader).toEqual({ kid: "k1", alg });
    });
  }

  it("accepts an RSA key in PKCS#1 (BEGIN RSA PRIVATE KEY)", async () => {
    const { privateKey, publicKey } = await jose.generateKeyPair("RS256", { extractable: true });
    const pkcs8 = fromBase64((await jose.exportPKCS8(privateKey)).replace(/-----[^-]+-----/g, ""))!;
    const pkcs1 = pkcs8.subarray(26); // the OCTET STRING inside PrivateKeyInfo (2048-bit key)
    expect(rsaPkcs1ToPkcs8(pkcs1)).toEqual(pkcs8);
    const token = bearer(
      await tokenFor({ algorithm: "RS256", privateKey: toPem("RSA PRIVATE KEY", pkcs1) }),
    );
    await jose.jwtVerify(token, publicKey);
  });

  it("says so when the host has no Web Crypto (an http:// page)", async () => {
    vi.stubGlobal("crypto", undefined);
    expect(await failure({ algorithm: "RS256", privateKey: "x" })).toContain("needs Web Crypto");
    // HS* needs none
    expect(await failure({ algorithm: "HS256", secret: "s" })).toBe("");
  });
  afterEach(() => vi.unstubAllGlobals());

  it("says when the key does not fit the algorithm or is not PKCS#8", async () => {
    const { privateKey } = await jose.generateKeyPair("ES384", { extractable: true });
    const pem = await jose.exportPKCS8(privateKey);
    expect(await failure({ algorithm: "ES256", privateKey: pem })).toContain("cannot sign ES256");
    const sec1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----";
    expect(await failure({ algorithm: "ES256", privateKey: sec1 })).toContain("not PKCS#8 PEM");
    expect(await failure({ algorithm: "RS256" })).toContain("needs a private key");
  });
});

describe("jwt: placement and attributes", () => {
  const hs = { algorithm: "HS256", secret: "s", payload: "{}" };

  it("uses the header prefix: Bearer by default, a custom one, or none", async () => {
    expect(headerOf(await tokenFor(hs), "Authorization")).toMatch(/^Bearer ey/);
    expect(headerOf(await tokenFor({ ...hs, headerPrefix: "JWT" }), "Authorization")).toMatch(
      /^JWT ey/,
    );
    expect(headerOf(await tokenFor({ ...hs, headerPrefix: "" }), "Authorization")).toMatch(/^ey/);
  });

  it("replaces an existing Authorization header", async () => {
    const r = await jwt.apply(
      request("GET", "https://a/", { headers: [["authorization", "Basic x"]] }),
      authOf("jwt", hs),
      testContext(),
    );
    expect(r.ok && r.value.http.headers.length).toBe(1);
  });

  it("puts the token in the query (default key token), replacing that parameter", async () => {
    const http = await tokenFor({ ...hs, addTokenTo: "queryParam" }, "https://a/x?token=old&b=1");
    expect(http.url).toMatch(/^https:\/\/a\/x\?b=1&token=ey[\w-]+\.e30\.[\w-]+$/);
    expect(headerOf(http, "Authorization")).toBeUndefined();
    const custom = await tokenFor(
      { ...hs, addTokenTo: "queryParam", queryParamKey: "jwt" },
      "https://a/",
    );
    expect(custom.url).toMatch(/^https:\/\/a\/\?jwt=ey/);
  });

  it("takes header and payload given as JSON objects (Postman allows both)", async () => {
    const token = bearer(await tokenFor({ ...hs, payload: { a: 1 }, header: { kid: "x" } }));
    expect(jose.decodeJwt(token)).toEqual({ a: 1 });
  });

  it("names invalid JSON, a non-object payload, a missing secret, bad base64 and an unknown alg", async () => {
    expect(await failure({ ...hs, payload: "{nope" })).toMatch(
      /^the JWT payload is not valid JSON/,
    );
    expect(await failure({ ...hs, header: "[1]" })).toBe("the JWT header must be a JSON object");
    expect(await failure({ ...hs, payload: "42" })).toBe("the JWT payload must be a JSON object");
    expect(await failure({ ...hs, secret: "" })).toBe("JWT HS256 needs a secret");
    expect(await failure({ ...hs, secret: "not*base64", isSecretBase64Encoded: true })).toContain(
      "not base64",
    );
    expect(await failure({ ...hs, algorithm: "none" })).toContain('"none" is not one of HS256');
  });
});
