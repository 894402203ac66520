// Satchel's OAuth 2.0 redirect page: hands the URL the authorization server redirected to (its
// code or token, and state) to the Satchel window that opened this popup, on our own origin only,
// then closes. The app checks the origin, the sender and the state (src/ui/host/oauth2Popup.ts).
(function () {
  "use strict";
  var message = { type: "satchel-oauth2-callback", url: window.location.href };
  var origin = window.location.origin;
  var sent = false;
  try {
    if (window.opener && window.opener !== window) {
      window.opener.postMessage(message, origin);
      sent = true;
    }
  } catch {
    sent = false;
  }
  // The authorization server's opener policy may have cut the link to the opener: the channel
  // reaches same-origin Satchel windows only.
  if (!sent && typeof BroadcastChannel === "function") {
    var channel = new BroadcastChannel("satchel-oauth2");
    channel.postMessage(message);
    channel.close();
    sent = true;
  }
  // Keep the code out of this window's history and address bar.
  try {
    window.history.replaceState(null, "", window.location.pathname);
  } catch {
    /* ignore */
  }
  var status = document.getElementById("status");
  if (status) {
    status.textContent = sent
      ? "Authorization sent to Satchel. You can close this window."
      : "Open this page from Satchel's Get new access token.";
  }
})();
