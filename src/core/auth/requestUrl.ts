/**
 * The request URL as it goes on the wire, for signers that sign the scheme, host and path
 * (OAuth 1.0's base string URI, EdgeGrid's data to sign). The host's WHATWG URL parser (browser,
 * worker and Node all have it, read in ./target.ts) does the lower-casing, default-port dropping
 * and path percent-encoding that every transport applies when it sends.
 */
import type { Result } from "../result";
import { err, ok } from "../result";
import { requestTarget } from "./target";

/** The parts of a parsed URL signers use (WHATWG names and forms). */
export interface WireUrl {
  /** e.g. `https:` */
  protocol: string;
  /** Host name, with `:port` only when it is not the scheme's default. */
  host: string;
  /** Percent-encoded path, `/` at least. */
  pathname: string;
  /** `?query` or empty. */
  search: string;
}

/** `url` parsed as the transport will send it, or AUTH_FAILED naming the field. */
export function wireUrl(url: string, field = "URL"): Result<WireUrl> {
  const target = requestTarget(url);
  if (!target)
    return err({ code: "AUTH_FAILED", message: `the ${field} "${url}" is not a valid URL` });
  return ok({
    protocol: `${target.scheme}:`,
    host: target.host,
    pathname: target.path,
    search: target.query ? `?${target.query}` : "",
  });
}
