import { describe, expect, it } from "vitest";
import { makeSeededRandom } from "../clock";
import type { HttpRequest } from "../http/transport";
import { fakeTransport } from "../pipeline/test/fakes";
import { NO_TOKEN_WARNING, oauth2 } from "./oauth2";
import { answer, memoryStore, oauth2Auth, sentFields } from "./oauth2/test/helpers";
import type { OAuth2Token } from "./types";

const http = (): HttpRequest => ({
  method: "GET",
  url: "https://api.test/r?access_token=stale&x=1",
  headers: [
    ["authorization", "Basic old"],
    ["Accept", "*/*"],
  ],
});
let now = 10_000;
const deps = { clock: { now: () => now }, random: makeSeededRandom(2) };
const token = (over: Partial<OAuth2Token> = {}): OAuth2Token => ({
  id: "t1",
  name: "Mine",
  accessToken: "stored",
  createdAt: 1,
  ...over,
});

describe("oauth2 apply", () => {
  it("puts the accessToken attribute in the header, replacing any Authorization and access_token", async () => {
    const result = await oauth2.apply(http(), oauth2Auth({ accessToken: "typed" }), { deps });
    expect(result).toEqual({
      ok: true,
      value: {
        http: {
          method: "GET",
          url: "https://api.test/r?x=1",
          headers: [
            ["Accept", "*/*"],
            ["Authorization", "Bearer typed"],
          ],
        },
        warnings: [],
      },
    });
  });

  it("uses the header prefix, none when empty", async () => {
    const custom = await oauth2.apply(
      http(),
      oauth2Auth({ accessToken: "t", headerPrefix: " Token " }),
      { deps },
    );
    expect(custom.ok && custom.value.http.headers.at(-1)).toEqual(["Authorization", "Token t"]);
    const none = await oauth2.apply(http(), oauth2Auth({ accessToken: "t", headerPrefix: "" }), {
      deps,
    });
    expect(none.ok && none.value.http.headers.at(-1)).toEqual(["Authorization", "t"]);
  });

  it("adds access_token to the query when asked", async () => {
    const result = await oauth2.apply(
      http(),
      oauth2Auth({ accessToken: "a b", addTokenTo: "queryParams" }),
      { deps },
    );
    expect(result.ok && result.value.http.url).toBe("https://api.test/r?x=1&access_token=a%20b");
    expect(result.ok && result.value.http.headers).toEqual([["Accept", "*/*"]]);
  });

  it("sends the request without a token, with a warning, when there is none", async () => {
    const result = await oauth2.apply(http(), oauth2Auth({}), { deps });
    expect(result).toEqual({ ok: true, value: { http: http(), warnings: [NO_TOKEN_WARNING] } });
  });

  it("prefers the token manager's current token to the typed one", async () => {
    const { store } = memoryStore([token()]);
    const result = await oauth2.apply(
      http(),
      oauth2Auth({ accessToken: "typed", tokenName: "Mine" }),
      { deps, tokens: { store, owner: "c1" } },
    );
    expect(result.ok && result.value.http.headers.at(-1)).toEqual([
      "Authorization",
      "Bearer stored",
    ]);
  });

  it("refreshes an expired token through the transport, saves it and sends the new one", async () => {
    now = 50_000;
    const { store, saved } = memoryStore([
      token({ expiresAt: 50_000, refreshToken: "rt", tokenUrl: "https://auth.test/token" }),
    ]);
    const transport = fakeTransport(() =>
      answer(200, { access_token: "fresh", expires_in: 2, refresh_token: "rt2" }),
    );
    const auth = oauth2Auth({
      tokenName: "Mine",
      clientId: "c",
      accessTokenUrl: "https://auth.test/token",
    });
    const result = await oauth2.apply(http(), auth, {
      deps,
      transport,
      tokens: { store, owner: "c1" },
    });
    expect(sentFields(transport.sent[0]!.request)).toMatchObject({
      grant_type: "refresh_token",
      refresh_token: "rt",
    });
    expect(saved).toEqual([
      expect.objectContaining({
        id: "t1",
        accessToken: "fresh",
        refreshToken: "rt2",
        expiresAt: 52_000,
      }),
    ]);
    expect(result.ok && result.value.http.headers.at(-1)).toEqual([
      "Authorization",
      "Bearer fresh",
    ]);
    expect(result.ok && result.value.warnings).toEqual([]);
    // Still valid a second later: no second refresh.
    now = 51_000;
    await oauth2.apply(http(), auth, { deps, transport, tokens: { store, owner: "c1" } });
    expect(transport.sent).toHaveLength(1);
  });

  it("requests sent together with the same expired token share one refresh", async () => {
    now = 70_000;
    const { store, saved } = memoryStore([
      token({ expiresAt: 1, refreshToken: "once", tokenUrl: "https://auth.test/token" }),
    ]);
    let answered = 0;
    const transport = fakeTransport(() => {
      answered++;
      // A rotating refresh token: a second use of "once" would be refused.
      return answered === 1
        ? answer(200, { access_token: "new", expires_in: 60, refresh_token: "next" })
        : answer(400, { error: "invalid_grant" });
    });
    const auth = oauth2Auth({ tokenName: "Mine", accessTokenUrl: "https://auth.test/token" });
    const ctx = { deps, transport, tokens: { store, owner: "c1" } };
    const results = await Promise.all([1, 2, 3].map(() => oauth2.apply(http(), auth, ctx)));
    expect(transport.sent).toHaveLength(1);
    expect(saved).toHaveLength(1);
    for (const r of results) {
      expect(r.ok && r.value.http.headers.at(-1)).toEqual(["Authorization", "Bearer new"]);
      expect(r.ok && r.value.warnings).toEqual([]);
    }
  });

  it("sends the expired token with a warning when refreshing fails or is impossible", async () => {
    now = 60_000;
    const expired = token({ expiresAt: 1, refreshToken: "rt", tokenUrl: "https://auth.test/t" });
    const { store, saved } = memoryStore([expired]);
    const transport = fakeTransport(() => answer(400, { error: "invalid_grant" }));
    const auth = oauth2Auth({ tokenName: "Mine" });
    const failed = await oauth2.apply(http(), auth, {
      deps,
      transport,
      tokens: { store, owner: "c" },
    });
    expect(saved).toEqual([]);
    expect(failed.ok && failed.value.http.headers.at(-1)).toEqual([
      "Authorization",
      "Bearer stored",
    ]);
    expect(failed.ok && failed.value.warnings[0]).toMatch(
      /has expired and refreshing it failed: .*invalid_grant/,
    );
    const noRefresh = memoryStore([token({ expiresAt: 1 })]);
    const plain = await oauth2.apply(http(), auth, {
      deps,
      transport,
      tokens: { store: noRefresh.store, owner: "c" },
    });
    expect(plain.ok && plain.value.warnings).toEqual([
      'The OAuth 2.0 token "Mine" has expired: get a new one on the Auth tab',
    ]);
  });

  it("does not send MAC tokens", async () => {
    const result = await oauth2.apply(http(), oauth2Auth({ accessToken: "m", tokenType: "mac" }), {
      deps,
    });
    expect(result.ok && result.value.http).toEqual(http());
    expect(result.ok && result.value.warnings[0]).toMatch(/MAC/);
  });
});
