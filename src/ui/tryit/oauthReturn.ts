/**
 * The other end of the OAuth 2.0 popup: when this page was opened by a same-origin window as the
 * authorization server's redirect (`state` plus `code`, `error` or a token in the URL), hand the
 * URL to the opener as the app's callback page does (public/oauth2-callback.js) and close. The
 * opener checks the origin, the sender and the state.
 */
const CALLBACK_MESSAGE = "satchel-oauth2-callback";
const CALLBACK_CHANNEL = "satchel-oauth2";

/** True when `url` looks like an authorization answer. */
export function isAuthorizationAnswer(url: string): boolean {
  const query = url.split("#")[0]?.split("?")[1] ?? "";
  const fragment = url.split("#")[1] ?? "";
  const params = new URLSearchParams(`${query}&${fragment}`);
  return (
    params.has("state") && (params.has("code") || params.has("error") || params.has("access_token"))
  );
}

/** Hands the answer back and closes this window; false when this page is not a popup's answer. */
export function returnAuthorization(win: Window = window): boolean {
  const opener = win.opener as Window | null;
  // An authorization server's opener policy may cut `opener`: the popup's name still tells.
  const popup = opener ? opener !== win : win.name === "satchel-oauth2";
  if (!popup || !isAuthorizationAnswer(win.location.href)) return false;
  const message = { type: CALLBACK_MESSAGE, url: win.location.href };
  let sent = false;
  try {
    opener?.postMessage(message, win.location.origin);
    sent = opener !== null;
  } catch {
    sent = false;
  }
  if (!sent && typeof BroadcastChannel === "function") {
    const channel = new BroadcastChannel(CALLBACK_CHANNEL);
    channel.postMessage(message);
    channel.close();
  }
  win.history.replaceState(null, "", win.location.pathname);
  win.close();
  return true;
}
