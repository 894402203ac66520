import { describe, expect, it } from "vitest";
import { beginAuthorization } from "../../core/auth/oauth2/authorize";
import { NO_CAPABILITIES } from "../../core/http/transport";
import { browserDeps } from "./browserDeps";
import { flowConfig } from "./oauth";

const transport = { name: "fake", capabilities: NO_CAPABILITIES, send: () => Promise.reject() };

describe("OAuth 2.0 for a panel", () => {
  it("asks for a PKCE challenge with a fresh verifier and state every time", () => {
    const config = flowConfig({
      flow: {
        type: "authorizationCode",
        authorizationUrl: "https://auth.example/authorize",
        tokenUrl: "https://auth.example/token",
        scopes: {},
        pkce: true,
      },
      clientId: "docs",
      scopes: ["read", "write"],
      redirectUri: "https://docs.example/api",
      transport,
    });
    const a = beginAuthorization(config, browserDeps, config.redirectUri);
    const b = beginAuthorization(config, browserDeps, config.redirectUri);
    if (!a.ok || !b.ok) throw new Error("no authorization URL");
    const url = new URL(a.value.url);
    expect(url.origin + url.pathname).toBe("https://auth.example/authorize");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("scope")).toBe("read write");
    expect(url.searchParams.get("redirect_uri")).toBe("https://docs.example/api");
    expect(a.value.codeVerifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(a.value.codeVerifier).not.toBe(b.value.codeVerifier);
    expect(a.value.state).not.toBe(b.value.state);
  });

  it("uses the client credentials grant with the secret in a Basic header", () => {
    const config = flowConfig({
      flow: {
        type: "clientCredentials",
        tokenUrl: "https://auth.example/token",
        scopes: {},
        pkce: false,
      },
      clientId: "id",
      clientSecret: "secret",
      scopes: [],
      redirectUri: "https://docs.example/",
      transport,
    });
    expect(config.grantType).toBe("client_credentials");
    expect(config.clientAuthentication).toBe("header");
    expect(config.accessTokenUrl).toBe("https://auth.example/token");
  });
});
