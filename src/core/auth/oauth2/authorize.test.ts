import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { fakeTransport } from "../../pipeline/test/fakes";
import { beginAuthorization, callbackParams, finishAuthorization } from "./authorize";
import { readConfig } from "./config";
import { codeChallenge } from "./pkce";
import { answer, oauth2Auth, sentFields } from "./test/helpers";

const deps = () => ({ clock: makeFixedClock(5_000), random: makeSeededRandom(9) });
const REDIRECT = "https://app.test/oauth2-callback.html";
const pkce = readConfig(
  oauth2Auth({
    grant_type: "authorization_code_with_pkce",
    authUrl: "https://auth.test/authorize?prompt=none",
    accessTokenUrl: "https://auth.test/token",
    clientId: "app",
    scope: "read write",
    authRequestParams: [{ key: "login_hint", value: "ada", enabled: true }],
  }),
);

const query = (url: string) => Object.fromEntries(new URLSearchParams(url.split("?")[1]));

describe("the authorization URL", () => {
  it("asks for a code with state and an S256 challenge of a fresh verifier", () => {
    const d = deps();
    const first = beginAuthorization(pkce, d, REDIRECT);
    const second = beginAuthorization(pkce, d, REDIRECT);
    if (!first.ok || !second.ok) throw new Error("expected ok");
    const p = first.value;
    expect(p.url.startsWith("https://auth.test/authorize?prompt=none&response_type=code&")).toBe(
      true,
    );
    expect(query(p.url)).toEqual({
      prompt: "none",
      response_type: "code",
      client_id: "app",
      redirect_uri: REDIRECT,
      scope: "read write",
      state: p.state,
      code_challenge: codeChallenge(p.codeVerifier!, "S256"),
      code_challenge_method: "S256",
      login_hint: "ada",
    });
    expect(p.state.length).toBeGreaterThanOrEqual(16);
    expect(second.value.codeVerifier).not.toBe(p.codeVerifier);
    expect(second.value.state).not.toBe(p.state);
  });

  it("uses the configured state and plain challenge; implicit asks for a token without PKCE", () => {
    const plain = readConfig(
      oauth2Auth({
        grant_type: "authorization_code_with_pkce",
        authUrl: "https://auth.test/a",
        state: "mine",
        challengeAlgorithm: "plain",
        code_verifier: "x".repeat(50),
      }),
    );
    const p = beginAuthorization(plain, deps(), REDIRECT);
    expect(p.ok && query(p.value.url)).toMatchObject({
      state: "mine",
      code_challenge: "x".repeat(50),
      code_challenge_method: "plain",
    });
    const implicit = beginAuthorization(
      readConfig(oauth2Auth({ grant_type: "implicit", authUrl: "https://auth.test/a" })),
      deps(),
      REDIRECT,
    );
    expect(implicit.ok && query(implicit.value.url)).not.toHaveProperty("code_challenge");
    expect(implicit.ok && implicit.value.responseType).toBe("token");
  });

  it("refuses an empty Auth URL and a malformed verifier", () => {
    expect(beginAuthorization(readConfig(oauth2Auth({})), deps(), REDIRECT).ok).toBe(false);
    const bad = readConfig(
      oauth2Auth({
        grant_type: "authorization_code_with_pkce",
        authUrl: "https://a.test",
        code_verifier: "short",
      }),
    );
    expect(beginAuthorization(bad, deps(), REDIRECT)).toMatchObject({ ok: false });
  });
});

describe("the redirect back", () => {
  it("reads query and fragment parameters", () => {
    expect(callbackParams("https://app.test/cb?code=a%20b&state=s#x=1")).toEqual({
      code: "a b",
      state: "s",
      x: "1",
    });
  });

  it("exchanges the code with the verifier when the state matches", async () => {
    const d = deps();
    const begun = beginAuthorization(pkce, d, REDIRECT);
    if (!begun.ok) throw new Error("expected ok");
    const transport = fakeTransport(() => answer(200, { access_token: "at", expires_in: 2 }));
    const result = await finishAuthorization(
      pkce,
      begun.value,
      `${REDIRECT}?code=c1&state=${encodeURIComponent(begun.value.state)}`,
      { transport, deps: d },
    );
    expect(result).toMatchObject({ ok: true, value: { accessToken: "at", expiresAt: 7_000 } });
    expect(sentFields(transport.sent[0]!.request)).toEqual({
      grant_type: "authorization_code",
      code: "c1",
      redirect_uri: REDIRECT,
      code_verifier: begun.value.codeVerifier,
      client_id: "app",
    });
  });

  it("ignores an answer whose state is not ours, and reports the server's error", async () => {
    const d = deps();
    const begun = beginAuthorization(pkce, d, REDIRECT);
    if (!begun.ok) throw new Error("expected ok");
    const transport = fakeTransport();
    const forged = await finishAuthorization(pkce, begun.value, `${REDIRECT}?code=c&state=x`, {
      transport,
      deps: d,
    });
    expect(!forged.ok && forged.error.message).toContain("state does not match");
    const denied = await finishAuthorization(
      pkce,
      begun.value,
      `${REDIRECT}?error=access_denied&error_description=No+thanks&state=${begun.value.state}`,
      { transport, deps: d },
    );
    expect(!denied.ok && denied.error.message).toBe(
      "The authorization server refused: access_denied (No thanks)",
    );
    expect(transport.sent).toEqual([]);
  });

  it("takes the implicit grant's token from the fragment", async () => {
    const config = readConfig(
      oauth2Auth({ grant_type: "implicit", authUrl: "https://a.test/auth", tokenName: "Imp" }),
    );
    const d = deps();
    const begun = beginAuthorization(config, d, REDIRECT);
    if (!begun.ok) throw new Error("expected ok");
    const result = await finishAuthorization(
      config,
      begun.value,
      `${REDIRECT}#access_token=tok&token_type=Bearer&expires_in=100&state=${begun.value.state}`,
      { transport: fakeTransport(), deps: d },
    );
    expect(result).toMatchObject({
      ok: true,
      value: { name: "Imp", accessToken: "tok", tokenType: "Bearer", expiresAt: 105_000 },
    });
  });
});
