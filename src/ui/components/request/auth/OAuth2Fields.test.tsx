// @vitest-environment jsdom
// The OAuth 2.0 fields: the token to use, "Get new access token" for a direct and an interactive
// grant, and the token manager, each control found by its accessible name.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { answer, sentFields } from "../../../../core/auth/oauth2/test/helpers";
import type { Auth } from "../../../../core/model";
import { fakeTransport } from "../../../../core/pipeline/test/fakes";
import type { Result } from "../../../../core/result";
import { makeOAuth2TokensService } from "../../../host/oauth2Tokens";
import { makeFakeOAuth2Tokens } from "../../../testing/fakeOAuth2Tokens";
import { makeTestDeps } from "../../../testing/fixtures";
import { onceQuery, refreshOnceQueries, resetOnceQueries } from "../../../testing/onceQuery";
import { PartialHost } from "../../../testing/partialHost";
import { OAuth2Fields } from "./OAuth2Fields";

afterEach(() => {
  cleanup();
  resetOnceQueries();
});

const REDIRECT = "http://localhost/oauth2-callback.html";

function setup(
  initial: Auth["attributes"] = [],
  authorize: (url: string) => Promise<Result<string>> = async () => ({ ok: true, value: "" }),
) {
  const deps = makeTestDeps(1_000);
  const repo = makeFakeOAuth2Tokens(refreshOnceQueries);
  const transport = fakeTransport((req) => {
    const fields = sentFields(req);
    if (fields.code === "bad") return answer(400, { error: "invalid_grant" });
    return answer(200, {
      access_token: `at-${fields.code ?? fields.grant_type}`,
      expires_in: 90,
      refresh_token: "rt",
    });
  });
  const service = makeOAuth2TokensService({
    repos: { oauth2Tokens: repo },
    live: onceQuery,
    deps,
    transportFor: () => transport,
    authorize,
    redirectUri: REDIRECT,
  });
  const [auth, setAuth] = createSignal<Auth>({ type: "oauth2", attributes: initial });
  render(() => (
    <PartialHost parts={{ deps, oauth2: service }}>
      <OAuth2Fields auth={auth()} onChange={setAuth} lookup={() => undefined} collectionId="c1" />
    </PartialHost>
  ));
  const attr = (key: string) => auth().attributes.find((a) => a.key === key)?.value;
  return { auth, attr, repo, transport, service };
}

const input = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(input(name), { target: { value } });
const choose = (name: string, value: string) =>
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value } });

describe("OAuth2Fields", () => {
  it("gets a client credentials token, keeps it and makes it the token requests use", async () => {
    const { attr, repo, transport } = setup();
    choose("Grant type", "client_credentials");
    expect(screen.queryByRole("textbox", { name: "Auth URL" })).toBeNull();
    type("Token Name", "CI token");
    type("Access Token URL", "https://auth.test/token");
    type("Client ID", "app");
    fireEvent.click(screen.getByRole("button", { name: "Get new access token" }));
    await screen.findByText("Got a new token: CI token");
    expect(sentFields(transport.sent[0]!.request)).toMatchObject({
      grant_type: "client_credentials",
    });
    expect([...repo.rows.values()].map(([owner, t]) => [owner, t.name])).toEqual([
      ["c1", "CI token"],
    ]);
    expect(attr("tokenName")).toBe("CI token");
    const select = screen.getByRole("combobox", { name: "Token to use" }) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe("CI token"));
    expect(screen.getByText("CI token: Expires in 90 s (refreshed automatically)")).toBeTruthy();
    const manager = screen.getByRole("region", { name: "Stored tokens" });
    expect(within(manager).getByRole("button", { name: "Use token CI token" })).toBeTruthy();
  });

  it("runs the authorization code flow with PKCE through the popup and shows a refused exchange", async () => {
    let code = "good";
    const opened: string[] = [];
    const { transport } = setup([], async (url) => {
      opened.push(url);
      const state = new URL(url).searchParams.get("state");
      return { ok: true, value: `${REDIRECT}?code=${code}&state=${state}` };
    });
    choose("Grant type", "authorization_code_with_pkce");
    expect(input("Callback URL").placeholder).toBe(REDIRECT);
    type("Auth URL", "https://auth.test/authorize");
    type("Access Token URL", "https://auth.test/token");
    type("Client ID", "app");
    expect(screen.getByRole("combobox", { name: "Code Challenge Method" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Get new access token" }));
    await screen.findByText("Got a new token: Token");
    const url = new URL(opened[0]!);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(sentFields(transport.sent[0]!.request).code_verifier).toBeTruthy();

    code = "bad";
    fireEvent.click(screen.getByRole("button", { name: "Get new access token" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("refused: invalid_grant");
  });

  it("edits the typed token and its placement; the manager deletes and clears", async () => {
    const { attr, repo, service } = setup([{ key: "accessToken", value: "typed" }]);
    expect((screen.getByLabelText("Access Token") as HTMLInputElement).value).toBe("typed");
    choose("Add token to", "queryParams");
    expect(attr("addTokenTo")).toBe("queryParams");
    expect(screen.queryByRole("textbox", { name: "Header Prefix" })).toBeNull();
    choose("Add token to", "header");
    type("Header Prefix", "Token");
    expect(attr("headerPrefix")).toBe("Token");

    await service.store.save("c1", { id: "a", name: "A", accessToken: "1", createdAt: 1 });
    await service.store.save("c1", { id: "b", name: "B", accessToken: "2", createdAt: 2 });
    const manager = screen.getByRole("region", { name: "Stored tokens" });
    fireEvent.click(await within(manager).findByRole("button", { name: "Use token A" }));
    expect(attr("tokenName")).toBe("A");
    fireEvent.click(within(manager).getByRole("button", { name: "Delete token B" }));
    await waitFor(() => expect([...repo.rows.keys()]).toEqual(["a"]));
    fireEvent.click(within(manager).getByRole("button", { name: "Clear all tokens" }));
    await within(manager).findByText("No tokens yet: get one above.");
    expect(repo.rows.size).toBe(0);
  });

  it("gives every control an accessible name, for every grant type", () => {
    setup();
    for (const grant of [
      "authorization_code",
      "authorization_code_with_pkce",
      "implicit",
      "password_credentials",
      "client_credentials",
    ]) {
      choose("Grant type", grant);
      for (const role of ["textbox", "combobox", "button", "checkbox"]) {
        const all = screen.queryAllByRole(role);
        expect(screen.queryAllByRole(role, { name: /\S/ }), `${grant} ${role}`).toHaveLength(
          all.length,
        );
      }
      // Masked inputs have no role: their aria-label names them.
      for (const input of document.querySelectorAll("input[type=password]")) {
        expect(input.getAttribute("aria-label"), input.outerHTML).toMatch(/\S/);
      }
    }
  });
});
