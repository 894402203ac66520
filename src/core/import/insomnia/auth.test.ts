import { describe, expect, it } from "vitest";
import type { Auth } from "../../model";
import { importAuth } from "./auth";
import type { Ctx } from "./request";

const ctx = (): Ctx => ({ notes: { tags: false }, warnings: [] });
const attrs = (auth: Auth) => Object.fromEntries(auth.attributes.map((a) => [a.key, a.value]));

describe("Insomnia authentication → Postman auth", () => {
  it("keeps OAuth 2.0 authorization code with PKCE, its endpoints and client", () => {
    const c = ctx();
    const auth = importAuth(
      {
        type: "oauth2",
        grantType: "authorization_code",
        authorizationUrl: "https://auth.example/authorize",
        accessTokenUrl: "https://auth.example/token",
        clientId: "{{ _.clientId }}",
        clientSecret: "s",
        scope: "read write",
        redirectUrl: "https://app.example/cb",
        usePkce: true,
        pkceMethod: "S256",
        credentialsInBody: true,
        tokenPrefix: "Token",
      },
      "$",
      c,
    );
    expect(auth.type).toBe("oauth2");
    expect(attrs(auth)).toMatchObject({
      grant_type: "authorization_code_with_pkce",
      authUrl: "https://auth.example/authorize",
      accessTokenUrl: "https://auth.example/token",
      clientId: "{{clientId}}",
      scope: "read write",
      redirect_uri: "https://app.example/cb",
      challengeAlgorithm: "S256",
      client_authentication: "body",
      headerPrefix: "Token",
    });
    expect(c.warnings).toEqual([]);
  });

  it("maps the password grant to Postman's name", () => {
    const auth = importAuth({ type: "oauth2", grantType: "password", username: "u" }, "$", ctx());
    expect(attrs(auth)).toMatchObject({ grant_type: "password_credentials", username: "u" });
  });

  it("keeps OAuth 1.0, Hawk and AWS IAM settings under Postman's keys", () => {
    expect(
      attrs(
        importAuth(
          { type: "oauth1", consumerKey: "ck", tokenKey: "tk", signatureMethod: "HMAC-SHA256" },
          "$",
          ctx(),
        ),
      ),
    ).toEqual({
      consumerKey: "ck",
      token: "tk",
      signatureMethod: "HMAC-SHA256",
      addParamsToHeader: true,
    });
    const hawk = importAuth(
      { type: "hawk", id: "i", key: "k", algorithm: "sha256", ext: "e" },
      "$",
      ctx(),
    );
    expect(hawk.type).toBe("hawk");
    expect(attrs(hawk)).toEqual({ authId: "i", authKey: "k", algorithm: "sha256", extraData: "e" });
    const iam = importAuth(
      { type: "iam", accessKeyId: "AK", secretAccessKey: "SK", region: "eu-west-1", service: "s3" },
      "$",
      ctx(),
    );
    expect(iam.type).toBe("awsv4");
    expect(attrs(iam)).toEqual({
      accessKey: "AK",
      secretKey: "SK",
      region: "eu-west-1",
      service: "s3",
    });
  });

  it("warns and inherits for types with no Postman counterpart", () => {
    const c = ctx();
    expect(importAuth({ type: "netrc" }, "$", c).type).toBe("inherit");
    expect(c.warnings).toEqual(["netrc auth is not imported; set it again."]);
  });
});
