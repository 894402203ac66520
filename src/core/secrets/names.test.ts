import { describe, expect, it } from "vitest";
import { isOnlyReference, isSecretHeader, isSecretName, nameWords } from "./names";

describe("nameWords", () => {
  it("splits at punctuation and camelCase humps, lower-cased", () => {
    expect(nameWords("X-Api-Key")).toEqual(["x", "api", "key"]);
    expect(nameWords("accessToken")).toEqual(["access", "token"]);
    expect(nameWords("APIKey")).toEqual(["api", "key"]);
    expect(nameWords("client_secret")).toEqual(["client", "secret"]);
    expect(nameWords("X-Hub-Signature-256")).toEqual(["x", "hub", "signature", "256"]);
  });
});

describe("isSecretName", () => {
  it.each([
    "X-Api-Key",
    "x-api-key",
    "api_key",
    "apiKey",
    "apikey",
    "key",
    "keys",
    "access_token",
    "accessToken",
    "accesstoken",
    "token",
    "X-Auth-Token",
    "X-CSRF-Token",
    "refresh_token",
    "client_secret",
    "clientSecret",
    "secret",
    "password",
    "Password",
    "passwd",
    "pwd",
    "new_password",
    "passphrase",
    "session",
    "session_id",
    "X-Session-Id",
    "JSESSIONID",
    "PHPSESSID",
    "signature",
    "X-Hub-Signature-256",
    "X-Amz-Signature",
    "oauth_signature",
    "oauth_token",
    "oauth_consumer_key",
    "sig",
    "auth",
    "X-Auth",
    "authorization",
    "X-Amz-Security-Token",
    "X-Amz-Credential",
    "credentials",
    "userCreds",
    "jwt",
    "secretKey",
    "privatekey",
    "subscription-key",
    "Ocp-Apim-Subscription-Key",
    "passkey",
  ])("%s is secret", (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each([
    // Whole words only: a credential word inside another word does not count.
    "keyword",
    "keywords",
    "monkey",
    "turkey",
    "hockey",
    "hotkey",
    "author",
    "authors",
    "authority",
    "authorize",
    "tokenizer",
    "passage",
    "bypass",
    "pass",
    "signed",
    "design",
    "credit",
    "sessile",
    // Keys and tokens that are not credentials.
    "Idempotency-Key",
    "X-Idempotency-Key",
    "public_key",
    "publicKey",
    "sort_key",
    "primaryKey",
    "Sec-WebSocket-Key",
    "page_token",
    "pageToken",
    "nextPageToken",
    "next_token",
    "continuationToken",
    "pagetoken",
    // About a credential, not one.
    "token_type",
    "tokenType",
    "oauth_signature_method",
    "oauth_nonce",
    "oauth_timestamp",
    "oauth",
    "auth_type",
    "tokenUrl",
    "token_expiry",
    // Plain names.
    "page",
    "limit",
    "username",
    "user",
    "id",
    "baseUrl",
    "host",
    "Accept",
    "Content-Type",
    "",
  ])("%s is not secret", (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe("isSecretHeader", () => {
  it("treats Authorization, Proxy-Authorization, Cookie and Set-Cookie as credentials", () => {
    for (const h of ["Authorization", "proxy-authorization", "Cookie", "SET-COOKIE"]) {
      expect(isSecretHeader(h)).toBe(true);
    }
  });

  it("adds headers named like a credential, and leaves the rest", () => {
    expect(isSecretHeader("X-Api-Key")).toBe(true);
    expect(isSecretHeader("X-Auth-Token")).toBe(true);
    expect(isSecretHeader("Accept")).toBe(false);
    expect(isSecretHeader("WWW-Authenticate")).toBe(false);
    expect(isSecretHeader("Idempotency-Key")).toBe(false);
    expect(isSecretHeader("Cookie2-Policy")).toBe(false);
  });
});

describe("isOnlyReference", () => {
  it("is true for a lone {{variable}}, optionally after an auth scheme", () => {
    expect(isOnlyReference("{{token}}")).toBe(true);
    expect(isOnlyReference(" {{api key}} ")).toBe(true);
    expect(isOnlyReference("Bearer {{token}}")).toBe(true);
  });

  it("is false when any literal text could be a secret", () => {
    expect(isOnlyReference("abc{{token}}")).toBe(false);
    expect(isOnlyReference("{{a}}{{b}}")).toBe(false);
    expect(isOnlyReference("Bearer abc")).toBe(false);
    expect(isOnlyReference("Basic dXNlcjpwdw== {{x}}")).toBe(false);
    expect(isOnlyReference("")).toBe(false);
  });
});
