/**
 * The pipeline's cookie steps, as Newman's requester takes them: before sending, the jar's
 * cookies for the URL join the request's Cookie header; after the response, every Set-Cookie on
 * the way (redirect hops included) goes into the jar; test scripts see the jar's cookies for the
 * URL that answered. Each step needs what the transport can do: fetch can neither set a Cookie
 * header (the browser forbids it) nor read Set-Cookie, so with fetch nothing is added or kept
 * here — the browser sends and keeps its own cookies for the page's fetches, out of our sight.
 * @see ../shared/postman-semantics.md (the team folder beside the project root)
 */
import { responsesOf, setCookiesOf, toScriptCookie, withCookieHeader } from "../cookies/index";
import type { CookieChange, CookieJar } from "../cookies/types";
import type { HttpRequest, HttpResponse, TransportCapabilities } from "../http/transport";
import type { SandboxContext } from "../sandbox/types";
import type { RunItemInput } from "./types";

type Jar = NonNullable<RunItemInput["cookies"]>;

/** The request with the jar's cookies for its URL, when the transport may send a Cookie header. */
export function addJarCookies(
  http: HttpRequest,
  jar: CookieJar,
  capabilities: TransportCapabilities,
): HttpRequest {
  // fetch cannot set Cookie: nothing is added, and the browser attaches its own cookies.
  if (!capabilities.anyHeader) return http;
  const cookies = jar.cookiesFor(http.url);
  return cookies === "" ? http : { ...http, headers: withCookieHeader(http.headers, cookies) };
}

/** Keeps the Set-Cookie headers of the response and its redirect hops, when the transport sees them. */
export function keepResponseCookies(
  http: HttpRequest,
  response: HttpResponse,
  jar: CookieJar,
  capabilities: TransportCapabilities,
): void {
  if (!capabilities.seesSetCookie) return;
  for (const answer of responsesOf(http, response)) {
    const lines = setCookiesOf(answer.headers);
    if (lines.length > 0) jar.store(answer.url, lines);
  }
}

/**
 * The jar parts of a stage's sandbox context: the jar for `pm.cookies.jar()`, and for a test
 * stage `pm.cookies` — the cookies for `url` (the URL that answered), as Newman lists them.
 */
export function cookieContext(
  cookies: Jar,
  url: string | undefined,
): Pick<SandboxContext, "cookies" | "cookieJar"> {
  const { jar, scriptDomains } = cookies;
  return {
    cookies: url === undefined ? [] : jar.matching(url).map((c) => toScriptCookie(c, "list")),
    cookieJar: {
      cookies: jar.list(),
      ...(scriptDomains ? { allowedDomains: scriptDomains } : {}),
    },
  };
}

/** Applies what a stage's scripts changed (already checked by the sandbox) to the jar. */
export function applyCookieChanges(jar: CookieJar, changes: readonly CookieChange[] = []): void {
  for (const change of changes) {
    if (change.kind === "put") jar.put(change.cookie);
    else jar.delete(change.id);
  }
}

/**
 * Whether a Send needs the jar at all: when the transport can send or see cookies, or when a
 * script of the request or its ancestors mentions them. A browser Send through fetch with no
 * such script skips loading the jar (and its RFC 6265 library).
 */
export function needsCookieJar(
  capabilities: TransportCapabilities,
  scripts: readonly { code: string }[],
): boolean {
  return (
    capabilities.anyHeader ||
    capabilities.seesSetCookie ||
    scripts.some((s) => s.code.includes("cookies"))
  );
}
