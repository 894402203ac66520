// The token manager service: tokens kept per collection, the pipeline's store, and each grant run
// through the collection's transport or the authorization popup.
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";
import type { HttpRequest } from "../../core/http/transport";
import type { Auth } from "../../core/model";
import type { Result } from "../../core/result";
import { makeFakeOAuth2Tokens } from "../testing/fakeOAuth2Tokens";
import { answer, oauth2Auth, sentFields } from "../../core/auth/oauth2/test/helpers";
import { fakeTransport } from "../../core/pipeline/test/fakes";
import { onceQuery } from "../testing/onceQuery";
import { makeOAuth2TokensService } from "./oauth2Tokens";

const REDIRECT = "https://app.test/oauth2-callback.html";
const deps = { clock: makeFixedClock(1_000), random: makeSeededRandom(5) };

function setup(
  authorize: (url: string) => Promise<Result<string>> = async () => ({ ok: true, value: "" }),
) {
  const repo = makeFakeOAuth2Tokens();
  const opened: string[] = [];
  const transport = fakeTransport((req: HttpRequest) =>
    answer(200, { access_token: `at-${sentFields(req).code ?? "cc"}`, expires_in: 60 }),
  );
  const service = makeOAuth2TokensService({
    repos: { oauth2Tokens: repo },
    live: onceQuery,
    deps,
    transportFor: () => transport,
    authorize: (url) => (opened.push(url), authorize(url)),
    redirectUri: REDIRECT,
  });
  return { repo, service, transport, opened };
}

describe("the OAuth 2.0 tokens service", () => {
  it("runs a client credentials grant and keeps the token under the collection", async () => {
    const { service, repo, transport, opened } = setup();
    const auth: Auth = oauth2Auth({
      grant_type: "client_credentials",
      accessTokenUrl: "https://auth.test/token",
      tokenName: "CI",
    });
    const result = await service.getNewToken("c1", auth);
    expect(result).toMatchObject({ ok: true, value: { name: "CI", accessToken: "at-cc" } });
    expect(opened).toEqual([]);
    expect(transport.sent).toHaveLength(1);
    expect(await repo.list("c1")).toHaveLength(1);
    expect(await service.store.current("c1", auth)).toMatchObject({ accessToken: "at-cc" });
    expect(await service.store.current("c2", auth)).toBeUndefined();
  });

  it("opens the authorization URL with our callback and exchanges the code it brings back", async () => {
    const { service, repo, opened, transport } = setup(async (url) => {
      const state = new URL(url).searchParams.get("state") ?? "";
      return { ok: true, value: `${REDIRECT}?code=xyz&state=${state}` };
    });
    const auth = oauth2Auth({
      grant_type: "authorization_code_with_pkce",
      authUrl: "https://auth.test/authorize",
      accessTokenUrl: "https://auth.test/token",
      clientId: "app",
    });
    const result = await service.getNewToken("c1", auth);
    expect(result).toMatchObject({ ok: true, value: { accessToken: "at-xyz", name: "Token" } });
    expect(new URL(opened[0]!).searchParams.get("redirect_uri")).toBe(REDIRECT);
    expect(sentFields(transport.sent[0]!.request).code_verifier).toMatch(/^[\w-]{64}$/);
    expect(await repo.list("c1")).toHaveLength(1);
  });

  it("keeps nothing when the grant fails", async () => {
    const { service, repo } = setup(async () => ({
      ok: false,
      error: { code: "AUTH_FAILED", message: "closed" },
    }));
    const auth = oauth2Auth({ authUrl: "https://auth.test/a", accessTokenUrl: "https://t" });
    expect(await service.getNewToken("c1", auth)).toMatchObject({ ok: false });
    expect(await repo.list("c1")).toEqual([]);
  });
});
