/**
 * The parts of a request URL that signatures cover, read with the WHATWG URL parser that every
 * transport uses to send it, so what is signed (path, query, host) is what goes on the wire:
 * `/a b` is signed as `/a%20b`, dot segments are resolved and default ports are dropped.
 */

interface WhatwgUrl {
  protocol: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
}

/** The host's WHATWG URL parser (browser, worker and Node all have it; core's lib lacks its type). */
const UrlCtor = (globalThis as unknown as { URL: new (url: string) => WhatwgUrl }).URL;

/** A request URL as the transport sends it. */
export interface RequestTarget {
  /** `http` or `https` (lower case, no colon). */
  scheme: string;
  /** The Host header a transport sends: hostname, plus `:port` when not the scheme's default. */
  host: string;
  /** Lower-case hostname; IPv6 addresses keep their brackets. */
  hostname: string;
  /** The port, the scheme's default (80, 443) when the URL names none. */
  port: number;
  /** Percent-encoded path, at least `/`. */
  path: string;
  /** Percent-encoded query without the `?` (empty when there is none). */
  query: string;
}

/** Parse `url` the way the transports do; `undefined` when it cannot be parsed. */
export function requestTarget(url: string): RequestTarget | undefined {
  let parsed: WhatwgUrl;
  try {
    parsed = new UrlCtor(url);
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol.replace(/:$/, "").toLowerCase();
  const port = parsed.port ? Number(parsed.port) : scheme === "https" ? 443 : 80;
  return {
    scheme,
    host: parsed.host,
    hostname: parsed.hostname,
    port,
    path: parsed.pathname || "/",
    query: parsed.search.replace(/^\?/, ""),
  };
}

/** The request-target of the request line: path plus `?query` when there is one. */
export const pathAndQuery = (t: RequestTarget): string =>
  t.query ? `${t.path}?${t.query}` : t.path;
