// The authorization popup accepts only our callback's message, from our origin and our popup.
import { describe, expect, it } from "vitest";
import type { PopupHost } from "./oauth2Popup";
import { CALLBACK_MESSAGE, authorizeInPopup } from "./oauth2Popup";

type Listener = (data: unknown, origin: string, source: unknown) => void;

function fakeHost(blocked = false) {
  const popup = { closed: false, close: () => void (popup.closed = true) };
  const listeners = new Set<Listener>();
  const checks = new Set<() => void>();
  const opened: string[] = [];
  const host: PopupHost = {
    origin: "https://app.test",
    open: (url) => (opened.push(url), blocked ? null : popup),
    listen: (fn) => (listeners.add(fn), () => listeners.delete(fn)),
    every: (_ms, check) => (checks.add(check), () => checks.delete(check)),
  };
  const post: Listener = (data, origin, source) => {
    for (const l of [...listeners]) l(data, origin, source);
  };
  const tick = () => {
    for (const c of [...checks]) c();
  };
  return { host, popup, opened, post, tick, listeners, checks };
}

const message = (url: string) => ({ type: CALLBACK_MESSAGE, url });

describe("authorizeInPopup", () => {
  it("opens the URL and resolves with our popup's callback URL, then closes it and stops listening", async () => {
    const f = fakeHost();
    const pending = authorizeInPopup(f.host, "https://auth.test/authorize?x=1");
    expect(f.opened).toEqual(["https://auth.test/authorize?x=1"]);
    f.post(message("https://evil.test/cb?code=forged"), "https://evil.test", f.popup);
    f.post(message("https://app.test/cb?code=other"), "https://app.test", {});
    f.post({ type: "other", url: "x" }, "https://app.test", f.popup);
    f.post(message("https://app.test/cb?code=ok&state=s"), "https://app.test", f.popup);
    expect(await pending).toEqual({ ok: true, value: "https://app.test/cb?code=ok&state=s" });
    expect(f.popup.closed).toBe(true);
    expect(f.listeners.size).toBe(0);
    expect(f.checks.size).toBe(0);
  });

  it("accepts the same-origin channel's message (no sender: the opener link was cut)", async () => {
    const f = fakeHost();
    const pending = authorizeInPopup(f.host, "https://auth.test/a");
    f.post(message("https://app.test/cb?code=c"), "https://app.test", undefined);
    expect(await pending).toEqual({ ok: true, value: "https://app.test/cb?code=c" });
  });

  it("fails when the popup is blocked or closed before answering", async () => {
    const blocked = fakeHost(true);
    expect(await authorizeInPopup(blocked.host, "https://auth.test/a")).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("blocked the authorization window") },
    });
    const f = fakeHost();
    const pending = authorizeInPopup(f.host, "https://auth.test/a");
    f.tick();
    f.popup.closed = true;
    f.tick();
    expect(await pending).toMatchObject({
      ok: false,
      error: { message: "The authorization window was closed before it answered" },
    });
  });
});
