/**
 * The authorization popup of the interactive OAuth 2.0 grants: opens the authorization URL and
 * waits for public/oauth2-callback.html (on our own origin, where the server redirects) to post
 * the URL it was opened with. Only messages from our origin are read — from the popup through
 * `window.opener`, or through a same-origin BroadcastChannel when the authorization server's
 * opener policy cut that link. The caller still checks `state`.
 */
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";

/** The message type the callback page posts. */
export const CALLBACK_MESSAGE = "satchel-oauth2-callback";
/** The BroadcastChannel the callback page falls back to. */
export const CALLBACK_CHANNEL = "satchel-oauth2";
/** The callback page's path on our origin. */
export const CALLBACK_PATH = "/oauth2-callback.html";

/** The part of a window the wait uses (a fake in tests). */
export interface PopupHost {
  origin: string;
  open(url: string): { closed: boolean; close(): void } | null;
  /**
   * Listens for posted messages (window `message` with its sender, the channel with `undefined`
   * as sender); returns the disposer.
   */
  listen(onMessage: (data: unknown, origin: string, source: unknown) => void): () => void;
  /** Calls `check` every so often until the disposer runs. */
  every(ms: number, check: () => void): () => void;
}

/** The callback's redirect URL, when `data` is our callback message. */
function callbackUrl(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const message = data as { type?: unknown; url?: unknown };
  return message.type === CALLBACK_MESSAGE && typeof message.url === "string"
    ? message.url
    : undefined;
}

/**
 * Opens `url` in a popup and resolves with the URL the authorization server redirected to.
 * Fails when the popup is blocked, or closed before the answer came.
 */
export function authorizeInPopup(host: PopupHost, url: string): Promise<Result<string>> {
  const popup = host.open(url);
  if (!popup) {
    return Promise.resolve(
      err({
        code: "AUTH_FAILED",
        message: "The browser blocked the authorization window: allow popups for Satchel",
      }),
    );
  }
  return new Promise((resolve) => {
    const stops: (() => void)[] = [];
    const finish = (result: Result<string>) => {
      for (const stop of stops) stop();
      resolve(result);
    };
    stops.push(
      host.listen((data, origin, source) => {
        const redirect = callbackUrl(data);
        if (origin !== host.origin || !redirect) return;
        // Through window.opener the sender must be our popup; the channel is same-origin only.
        if (source !== undefined && source !== popup) return;
        popup.close();
        finish(ok(redirect));
      }),
    );
    stops.push(
      host.every(500, () => {
        if (!popup.closed) return;
        finish(
          err({
            code: "AUTH_FAILED",
            message: "The authorization window was closed before it answered",
          }),
        );
      }),
    );
  });
}

/** The page's own window as a {@link PopupHost}. */
export function windowPopupHost(): PopupHost {
  return {
    origin: window.location.origin,
    open: (url) => window.open(url, "satchel-oauth2", "popup,width=520,height=700"),
    listen(onMessage) {
      const onWindow = (e: MessageEvent) => onMessage(e.data, e.origin, e.source);
      window.addEventListener("message", onWindow);
      const channel =
        typeof BroadcastChannel === "function" ? new BroadcastChannel(CALLBACK_CHANNEL) : undefined;
      if (channel) {
        channel.onmessage = (e: MessageEvent) =>
          onMessage(e.data, window.location.origin, undefined);
      }
      return () => {
        window.removeEventListener("message", onWindow);
        channel?.close();
      };
    },
    every(ms, check) {
      const timer = window.setInterval(check, ms);
      return () => window.clearInterval(timer);
    },
  };
}
