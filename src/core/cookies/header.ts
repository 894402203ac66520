/**
 * The Cookie header and Set-Cookie headers around a send, as Newman's requester (postman-request)
 * handles them: the jar's cookies go after the user's own Cookie header ("user; jar"), and every
 * response on the way — redirect hops included — gives its Set-Cookie headers to the jar for the
 * URL that sent it.
 * @see node_modules/postman-request/request.js (Request.prototype.jar)
 */
import type { HttpRequest, HttpResponse } from "../http/transport";

const isCookie = (name: string) => name.toLowerCase() === "cookie";

/**
 * `headers` with `jarCookies` added: appended to the user's Cookie header(s) (joined into one, in
 * place of the first), or as a new Cookie header at the end. Unchanged when the jar has none.
 */
export function withCookieHeader(
  headers: readonly [string, string][],
  jarCookies: string,
): [string, string][] {
  if (jarCookies === "") return [...headers];
  const own = headers.filter(([k]) => isCookie(k)).map(([, v]) => v);
  if (own.length === 0) return [...headers, ["Cookie", jarCookies]];
  const first = headers.findIndex(([k]) => isCookie(k));
  const name = headers[first]![0];
  const merged: [string, string] = [name, `${own.join("; ")}; ${jarCookies}`];
  const out: [string, string][] = [];
  headers.forEach((h, i) => {
    if (i === first) out.push(merged);
    else if (!isCookie(h[0])) out.push(h);
  });
  return out;
}

/** The Set-Cookie values among `headers`. */
export const setCookiesOf = (headers: readonly [string, string][]): string[] =>
  headers.filter(([k]) => k.toLowerCase() === "set-cookie").map(([, v]) => v);

/**
 * Each response of a send with the URL that answered it, in order: the redirect hops (when the
 * transport reports them, see `HttpResponse.redirects`), then the final response at its own URL.
 */
export function responsesOf(
  request: HttpRequest,
  response: HttpResponse,
): { url: string; headers: [string, string][] }[] {
  const hops = (response.redirects ?? []).map((hop) => ({ url: hop.url, headers: hop.headers }));
  return [...hops, { url: response.url || request.url, headers: response.headers }];
}
