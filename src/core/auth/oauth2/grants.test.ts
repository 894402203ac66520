import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { fakeTransport } from "../../pipeline/test/fakes";
import { readConfig } from "./config";
import {
  clientCredentials,
  directGrant,
  exchangeCode,
  passwordCredentials,
  refreshToken,
} from "./grants";
import { answer, header, oauth2Auth, sentFields } from "./test/helpers";

const deps = { clock: makeFixedClock(1_000_000), random: makeSeededRandom(4) };
const issued = {
  access_token: "at-1",
  token_type: "Bearer",
  expires_in: 60,
  refresh_token: "rt-1",
};

describe("client credentials", () => {
  it("posts the grant with HTTP Basic client auth and reads the token", async () => {
    const transport = fakeTransport(() => answer(200, { ...issued, scope: "read" }));
    const config = readConfig(
      oauth2Auth({
        grant_type: "client_credentials",
        accessTokenUrl: "https://auth.test/token",
        clientId: "my app",
        clientSecret: "s:cret",
        scope: "read write",
        tokenName: "CI",
      }),
    );
    const result = await clientCredentials(config, { transport, deps });
    const sent = transport.sent[0]!.request;
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("https://auth.test/token");
    expect(header(sent, "content-type")).toBe("application/x-www-form-urlencoded");
    // RFC 6749 §2.3.1: id and secret are form-encoded before base64.
    expect(header(sent, "authorization")).toBe(
      `Basic ${Buffer.from("my%20app:s%3Acret").toString("base64")}`,
    );
    expect(sentFields(sent)).toEqual({ grant_type: "client_credentials", scope: "read write" });
    expect(result).toEqual({
      ok: true,
      value: {
        id: expect.any(String),
        name: "CI",
        accessToken: "at-1",
        tokenType: "Bearer",
        refreshToken: "rt-1",
        scope: "read",
        expiresAt: 1_060_000,
        createdAt: 1_000_000,
        tokenUrl: "https://auth.test/token",
        clientId: "my app",
      },
    });
  });

  it("sends the client's id and secret in the body when asked, plus audience and custom params", async () => {
    const transport = fakeTransport(() => answer(200, issued));
    const config = readConfig(
      oauth2Auth({
        grant_type: "client_credentials",
        accessTokenUrl: "https://auth.test/token?v=1",
        clientId: "id",
        clientSecret: "secret",
        client_authentication: "body",
        audience: "https://api.test",
        tokenRequestParams: [
          { key: "extra", value: "1", enabled: true, send_as: "request_body" },
          { key: "X-Tenant", value: "t", enabled: true, send_as: "request_header" },
          { key: "q", value: "a b", enabled: true, send_as: "request_url" },
          { key: "off", value: "x", enabled: false },
        ],
      }),
    );
    await directGrant(config, { transport, deps });
    const sent = transport.sent[0]!.request;
    expect(header(sent, "authorization")).toBeUndefined();
    expect(header(sent, "x-tenant")).toBe("t");
    expect(sent.url).toBe("https://auth.test/token?v=1&q=a%20b");
    expect(sentFields(sent)).toEqual({
      grant_type: "client_credentials",
      client_id: "id",
      client_secret: "secret",
      audience: "https://api.test",
      extra: "1",
    });
  });

  it("says which URL is missing without sending", async () => {
    const transport = fakeTransport();
    const result = await clientCredentials(readConfig(oauth2Auth({})), { transport, deps });
    expect(result).toMatchObject({ ok: false, error: { code: "AUTH_FAILED" } });
    expect(!result.ok && result.error.message).toContain("Access Token URL");
    expect(transport.sent).toEqual([]);
  });
});

describe("password credentials", () => {
  it("posts username and password; a public client sends its id in the body", async () => {
    const transport = fakeTransport(() => answer(200, issued));
    const config = readConfig(
      oauth2Auth({
        grant_type: "password_credentials",
        accessTokenUrl: "https://auth.test/token",
        clientId: "public",
        username: "ada",
        password: "p&ss",
      }),
    );
    const result = await passwordCredentials(config, { transport, deps });
    expect(result.ok).toBe(true);
    expect(sentFields(transport.sent[0]!.request)).toEqual({
      grant_type: "password",
      username: "ada",
      password: "p&ss",
      client_id: "public",
    });
  });
});

describe("authorization code exchange", () => {
  it("posts the code, redirect URI and PKCE verifier", async () => {
    const transport = fakeTransport(() => answer(200, issued));
    const config = readConfig(
      oauth2Auth({ accessTokenUrl: "https://auth.test/token", clientId: "c" }),
    );
    await exchangeCode(
      config,
      { code: "abc", redirectUri: "https://app.test/cb", codeVerifier: "v".repeat(43) },
      { transport, deps },
    );
    expect(sentFields(transport.sent[0]!.request)).toEqual({
      grant_type: "authorization_code",
      code: "abc",
      redirect_uri: "https://app.test/cb",
      code_verifier: "v".repeat(43),
      client_id: "c",
    });
  });
});

describe("refresh", () => {
  const old = {
    id: "t1",
    name: "Mine",
    accessToken: "old",
    refreshToken: "rt-old",
    scope: "read",
    createdAt: 1,
    expiresAt: 2,
    tokenUrl: "https://auth.test/issued-here",
  };

  it("uses the Refresh Token URL first and keeps the token's id, name and refresh token", async () => {
    const transport = fakeTransport(() => answer(200, { access_token: "new", expires_in: 10 }));
    const config = readConfig(
      oauth2Auth({
        accessTokenUrl: "https://auth.test/token",
        refreshTokenUrl: "https://auth.test/refresh",
        clientId: "c",
        clientSecret: "s",
        refreshRequestParams: [{ key: "extra", value: "1" }],
      }),
    );
    const result = await refreshToken(config, old, { transport, deps });
    const sent = transport.sent[0]!.request;
    expect(sent.url).toBe("https://auth.test/refresh");
    expect(sentFields(sent)).toEqual({
      grant_type: "refresh_token",
      refresh_token: "rt-old",
      extra: "1",
    });
    expect(result).toMatchObject({
      ok: true,
      value: { id: "t1", name: "Mine", accessToken: "new", refreshToken: "rt-old", scope: "read" },
    });
  });

  it("falls back to the Access Token URL, then the issuing endpoint", async () => {
    const transport = fakeTransport(() =>
      answer(200, { access_token: "new", refresh_token: "r2" }),
    );
    await refreshToken(readConfig(oauth2Auth({ accessTokenUrl: "https://auth.test/token" })), old, {
      transport,
      deps,
    });
    await refreshToken(readConfig(oauth2Auth({})), old, { transport, deps });
    expect(transport.sent.map((s) => s.request.url)).toEqual([
      "https://auth.test/token",
      "https://auth.test/issued-here",
    ]);
  });
});
