/** Following a 3xx: where to go next and what of the request to carry (RFC 9110 §15.4). */
import type { BodySource } from "./bodySource";
import { EMPTY_BODY } from "./bodySource";

/** One request on the way to the final response. */
export interface Hop {
  method: string;
  url: string;
  headers: [string, string][];
  body: BodySource;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = new Set(["content-type", "content-length", "transfer-encoding"]);
const CREDENTIAL_HEADERS = new Set(["authorization", "cookie"]);

/**
 * The next hop for a redirect response, or undefined when it is not one we follow. 301/302/303
 * turn into a GET without body (HEAD stays HEAD); 307/308 resend as is. Credentials do not cross
 * to another host; the Host header is recomputed.
 */
export function nextHop(
  hop: Hop,
  answer: { status: number; headers: [string, string][] },
): Hop | undefined {
  if (!REDIRECTS.has(answer.status)) return undefined;
  const location = answer.headers.find(([k]) => k.toLowerCase() === "location")?.[1];
  if (!location) return undefined;
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    return undefined;
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return undefined;
  const keepBody = answer.status === 307 || answer.status === 308;
  const method = keepBody || hop.method === "HEAD" ? hop.method : "GET";
  const sameHost = new URL(hop.url).host === target.host;
  const headers = hop.headers.filter(([k]) => {
    const name = k.toLowerCase();
    if (name === "host") return false;
    if (!keepBody && BODY_HEADERS.has(name)) return false;
    return sameHost || !CREDENTIAL_HEADERS.has(name);
  });
  return { method, url: target.href, headers, body: keepBody ? hop.body : EMPTY_BODY };
}
