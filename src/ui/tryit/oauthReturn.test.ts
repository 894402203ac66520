// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { isAuthorizationAnswer, returnAuthorization } from "./oauthReturn";

/** A window stand-in at `href`, opened by `opener` (or not). */
function fakeWindow(href: string, opener: unknown, name = "") {
  const url = new URL(href);
  const win = {
    opener,
    name,
    location: { href, origin: url.origin, pathname: url.pathname },
    history: { replaceState: vi.fn() },
    close: vi.fn(),
  };
  return win;
}

describe("the OAuth 2.0 popup's return", () => {
  it("recognises an authorization answer by state plus code, error or token", () => {
    expect(isAuthorizationAnswer("https://d.example/docs?code=c&state=s")).toBe(true);
    expect(isAuthorizationAnswer("https://d.example/docs?error=denied&state=s")).toBe(true);
    expect(isAuthorizationAnswer("https://d.example/docs#access_token=t&state=s")).toBe(true);
    expect(isAuthorizationAnswer("https://d.example/docs?code=c")).toBe(false);
    expect(isAuthorizationAnswer("https://d.example/docs?state=s")).toBe(false);
  });

  it("posts the answer to its opener on its own origin only, then closes", () => {
    const opener = { postMessage: vi.fn() };
    const win = fakeWindow("https://d.example/docs?code=c&state=s", opener);
    expect(returnAuthorization(win as unknown as Window)).toBe(true);
    expect(opener.postMessage).toHaveBeenCalledWith(
      { type: "satchel-oauth2-callback", url: "https://d.example/docs?code=c&state=s" },
      "https://d.example",
    );
    expect(win.history.replaceState).toHaveBeenCalledWith(null, "", "/docs");
    expect(win.close).toHaveBeenCalled();
  });

  it("does nothing on an ordinary page, or one nobody opened", () => {
    const opener = { postMessage: vi.fn() };
    const plain = fakeWindow("https://d.example/docs?page=2", opener);
    expect(returnAuthorization(plain as unknown as Window)).toBe(false);
    const orphan = fakeWindow("https://d.example/docs?code=c&state=s", null);
    expect(returnAuthorization(orphan as unknown as Window)).toBe(false);
    expect(orphan.close).not.toHaveBeenCalled();
    expect(opener.postMessage).not.toHaveBeenCalled();
  });
});
