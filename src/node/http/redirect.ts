/**
 * Following a 3xx as Newman's requester (postman-request) does: any 3xx with a Location is
 * followed; unless `followOriginalHttpMethod`, every status but 307/308 turns the next request
 * into a GET without body or body headers (HEAD stays HEAD); Authorization is dropped when the
 * host name changes unless `followAuthorizationHeader`; each hop sends `Referer: <previous URL>`
 * unless `removeRefererHeaderOnRedirect`. With a jar (`cookies`) the Cookie header of each hop
 * is the jar's for its URL; without one, a Cookie header does not cross to another host.
 * @see node_modules/postman-request/lib/redirect.js
 */
import type { RedirectCookies } from "../../core/http/transport";
import type { BodySource } from "./bodySource";
import { EMPTY_BODY } from "./bodySource";

/** One request on the way to the final response. */
export interface Hop {
  method: string;
  url: string;
  headers: [string, string][];
  body: BodySource;
}

/** How redirects treat the request (SendOptions' protocol-profile fields). */
export interface RedirectRules {
  followOriginalHttpMethod?: boolean;
  followAuthorizationHeader?: boolean;
  removeRefererHeaderOnRedirect?: boolean;
  cookies?: RedirectCookies;
}

const BODY_HEADERS = new Set(["content-type", "content-length", "transfer-encoding"]);

/** The Location of a response that asks to be followed (any 3xx with one), if it is one. */
export function redirectTarget(
  from: string,
  answer: { status: number; headers: [string, string][] },
): URL | undefined {
  if (answer.status < 300 || answer.status > 399) return undefined;
  const location = answer.headers.find(([k]) => k.toLowerCase() === "location")?.[1];
  if (!location) return undefined;
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return undefined;
  }
  return target.protocol === "http:" || target.protocol === "https:" ? target : undefined;
}

/** `url` as a Referer: without its fragment. */
const referer = (url: string) => url.replace(/#.*$/, "");

/**
 * The next hop for a redirect response, or undefined when it is not one we follow. The Host
 * header is always recomputed.
 */
export function nextHop(
  hop: Hop,
  answer: { status: number; headers: [string, string][] },
  rules: RedirectRules = {},
): Hop | undefined {
  const target = redirectTarget(hop.url, answer);
  if (!target) return undefined;
  const keepBody =
    rules.followOriginalHttpMethod === true || answer.status === 307 || answer.status === 308;
  const method = keepBody || hop.method === "HEAD" ? hop.method : "GET";
  const from = new URL(hop.url);
  const sameHostName = from.hostname === target.hostname;
  const sameHost = from.host === target.host;
  const headers = hop.headers.filter(([k]) => {
    const name = k.toLowerCase();
    if (name === "host") return false;
    if (!keepBody && BODY_HEADERS.has(name)) return false;
    if (name === "authorization") return sameHostName || rules.followAuthorizationHeader === true;
    if (name === "cookie") return !rules.cookies && sameHost;
    if (name === "referer") return rules.removeRefererHeaderOnRedirect === true;
    return true;
  });
  if (rules.removeRefererHeaderOnRedirect !== true) headers.push(["Referer", referer(hop.url)]);
  const cookie = rules.cookies?.header(target.href);
  if (cookie) headers.push(["Cookie", cookie]);
  return { method, url: target.href, headers, body: keepBody ? hop.body : EMPTY_BODY };
}
