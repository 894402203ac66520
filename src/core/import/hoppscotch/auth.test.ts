import { describe, expect, it } from "vitest";
import type { Auth } from "../../model";
import { importAuth } from "./auth";

const attrs = (auth: Auth) => Object.fromEntries(auth.attributes.map((a) => [a.key, a.value]));

describe("Hoppscotch auth → Postman auth", () => {
  it("keeps OAuth 2.0 authorization code with PKCE from grantTypeInfo", () => {
    const warnings: string[] = [];
    const auth = importAuth(
      {
        authType: "oauth-2",
        authActive: true,
        addTo: "QUERY_PARAMS",
        grantTypeInfo: {
          grantType: "AUTHORIZATION_CODE",
          authEndpoint: "https://auth.example/authorize",
          tokenEndpoint: "https://auth.example/token",
          clientID: "<<clientId>>",
          clientSecret: "s",
          scopes: "openid",
          isPKCE: true,
          codeVerifierMethod: "S256",
          token: "tok",
        },
      },
      "$",
      warnings,
    );
    expect(auth.type).toBe("oauth2");
    expect(attrs(auth)).toMatchObject({
      grant_type: "authorization_code_with_pkce",
      authUrl: "https://auth.example/authorize",
      accessTokenUrl: "https://auth.example/token",
      clientId: "{{clientId}}",
      scope: "openid",
      challengeAlgorithm: "S256",
      accessToken: "tok",
      addTokenTo: "queryParams",
    });
    expect(warnings).toEqual([]);
  });

  it("reads client credentials, whose authEndpoint is the token URL", () => {
    const auth = importAuth(
      {
        authType: "oauth-2",
        grantTypeInfo: {
          grantType: "CLIENT_CREDENTIALS",
          authEndpoint: "https://auth.example/token",
          clientID: "c",
          clientSecret: "s",
          clientAuthentication: "IN_BODY",
        },
      },
      "$",
      [],
    );
    expect(attrs(auth)).toMatchObject({
      grant_type: "client_credentials",
      accessTokenUrl: "https://auth.example/token",
      client_authentication: "body",
    });
    expect(attrs(auth).authUrl).toBeUndefined();
  });

  it("reads the older flat OAuth 2.0 shape", () => {
    const auth = importAuth(
      {
        authType: "oauth-2",
        token: "t",
        authURL: "https://a/authorize",
        accessTokenURL: "https://a/token",
        clientID: "c",
        scope: "s",
      },
      "$",
      [],
    );
    expect(attrs(auth)).toMatchObject({
      accessToken: "t",
      authUrl: "https://a/authorize",
      accessTokenUrl: "https://a/token",
      clientId: "c",
      scope: "s",
    });
  });

  it("keeps Digest, AWS, Hawk, JWT and EdgeGrid under Postman's keys", () => {
    expect(
      attrs(
        importAuth(
          {
            authType: "digest",
            username: "u",
            password: "p",
            algorithm: "MD5",
            disableRetry: true,
          },
          "$",
          [],
        ),
      ),
    ).toEqual({
      username: "u",
      password: "p",
      algorithm: "MD5",
      disableRetryRequest: true,
    });
    const aws = importAuth(
      {
        authType: "aws-signature",
        accessKey: "AK",
        secretKey: "SK",
        region: "r",
        serviceName: "s",
        serviceToken: "t",
        addTo: "QUERY_PARAMS",
      },
      "$",
      [],
    );
    expect(aws.type).toBe("awsv4");
    expect(attrs(aws)).toEqual({
      accessKey: "AK",
      secretKey: "SK",
      region: "r",
      service: "s",
      sessionToken: "t",
      addAuthDataToQuery: true,
    });
    expect(
      importAuth({ authType: "hawk", authId: "i", authKey: "k", ext: "e" }, "$", []).type,
    ).toBe("hawk");
    const jwt = importAuth(
      {
        authType: "jwt",
        algorithm: "HS256",
        secret: "x",
        payload: "{}",
        addTo: "HEADERS",
        paramName: "t",
      },
      "$",
      [],
    );
    expect(attrs(jwt)).toEqual({
      algorithm: "HS256",
      secret: "x",
      payload: "{}",
      addTokenTo: "header",
      queryParamKey: "t",
    });
    expect(importAuth({ authType: "akamai-eg", accessToken: "a", host: "h" }, "$", []).type).toBe(
      "edgegrid",
    );
  });

  it("keeps an API key's place, header by default", () => {
    expect(attrs(importAuth({ authType: "api-key", key: "k", value: "v" }, "$", [])).in).toBe(
      "header",
    );
    expect(
      attrs(
        importAuth({ authType: "api-key", key: "k", value: "v", addTo: "QUERY_PARAMS" }, "$", []),
      ).in,
    ).toBe("query");
  });
});
