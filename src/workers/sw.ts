/// <reference lib="webworker" />
/**
 * Satchel's service worker (built by vite-plugin-pwa, injectManifest): precaches the whole app so
 * it starts offline, serves index.html for navigations, and answers the app's own `/echo` endpoint
 * for any method (the echo itself lives in core/echo). Third-party requests are never cached.
 * A new version waits until the page asks for it ({type: "SKIP_WAITING"}), so an open app is
 * never swapped out half-way.
 */
import { clientsClaim } from "workbox-core";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { ECHO_PATH, echoRequest, isEchoUrl } from "../core/echo/echo";
import { EMBED_NAVIGATION } from "../core/share/embedPath";

declare const self: ServiceWorkerGlobalScope;

/** Answer one echo request, waiting first for `/echo/delay/<ms>`. */
async function answerEcho(request: Request): Promise<Response> {
  const echo = await echoRequest(request);
  if (echo.delayMs) await new Promise((resolve) => setTimeout(resolve, echo.delayMs));
  return new Response(echo.body === "" ? null : echo.body, {
    status: echo.status,
    statusText: echo.statusText,
    headers: echo.headers,
  });
}

// Registered before Workbox's own fetch listener, so echo requests (any method) never reach it.
self.addEventListener("fetch", (event) => {
  if (isEchoUrl(event.request.url, self.location.origin)) {
    event.respondWith(answerEcho(event.request));
  }
});

self.addEventListener("message", (event) => {
  const data: unknown = event.data;
  if (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === "SKIP_WAITING"
  ) {
    void self.skipWaiting();
  }
});

clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

const echoPaths = new RegExp(`^${ECHO_PATH}(/|$)`);
// The read-only embed page (/embed?collection=…, /embed#import=…) is embed.html, offline too.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("embed.html"), { allowlist: [EMBED_NAVIGATION] }),
);
// The try-it demo docs page keeps its own query (`?api=…`) and is its own page, offline too.
const TRY_IT_DEMO = /^\/try-it-demo\.html/;
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("try-it-demo.html"), { allowlist: [TRY_IT_DEMO] }),
);
registerRoute(
  // The OAuth 2.0 popup's callback page is a file of its own, not the app shell.
  new NavigationRoute(createHandlerBoundToURL("index.html"), {
    denylist: [echoPaths, /^\/oauth2-callback\.html/, EMBED_NAVIGATION, TRY_IT_DEMO],
  }),
);
