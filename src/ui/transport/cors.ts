/**
 * Words for a request the browser blocked: what a server must send for CORS (including the
 * preflight answer for non-simple requests), or why the host could not be reached.
 * @see https://fetch.spec.whatwg.org/#cors-safelisted-request-header
 */
import { isForbiddenHeader } from "../../core/http/headers";
import type { SendError } from "../../core/http/transport";

const SIMPLE_METHODS = new Set(["GET", "HEAD", "POST"]);
const SAFELISTED = new Set(["accept", "accept-language", "content-language", "range"]);
const SIMPLE_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
const AGENT_HINT =
  "Fix the server's CORS headers, or send through the local agent or `satchel run`, where CORS does not apply.";

/** What a preflight (OPTIONS) must allow for this request; empty when the request is simple. */
export interface PreflightNeeds {
  /** The method, when it is not GET/HEAD/POST. */
  method?: string;
  /** Header names (as typed) that are not CORS-safelisted (forbidden ones are never sent). */
  headers: string[];
}

/** Which parts of a request make the browser send a preflight first. */
export function preflightNeeds(
  method: string,
  headers: readonly [string, string][],
  contentType: string | undefined,
): PreflightNeeds {
  const upper = method.toUpperCase();
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name.toLowerCase())) names.push(name);
    seen.add(name.toLowerCase());
  };
  for (const [name] of headers) {
    const lower = name.trim().toLowerCase();
    if (isForbiddenHeader(lower) || lower === "content-type" || SAFELISTED.has(lower)) continue;
    add(name.trim());
  }
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  if (essence && !SIMPLE_TYPES.includes(essence)) add("Content-Type");
  const needs: PreflightNeeds = { headers: names };
  if (!SIMPLE_METHODS.has(upper)) needs.method = upper;
  return needs;
}

/** The CORS_BLOCKED error for a request that reached `url`'s server from `pageOrigin`. */
export function corsBlocked(url: URL, pageOrigin: string, needs: PreflightNeeds): SendError {
  const must = [`Access-Control-Allow-Origin: ${pageOrigin}`];
  const reasons: string[] = [];
  if (needs.method) {
    must.push(`Access-Control-Allow-Methods: ${needs.method}`);
    reasons.push(`the method ${needs.method}`);
  }
  if (needs.headers.length > 0) {
    must.push(`Access-Control-Allow-Headers: ${needs.headers.join(", ")}`);
    reasons.push(`the header${needs.headers.length > 1 ? "s" : ""} ${needs.headers.join(", ")}`);
  }
  const preflight =
    reasons.length > 0
      ? ` Because of ${reasons.join(" and ")} the browser first sends a preflight OPTIONS request, which the server must answer with these headers too.`
      : "";
  return {
    code: "CORS_BLOCKED",
    message: `${url.host} answered, but the browser blocked the response (CORS). The server must send ${must.join("; ")}.${preflight}`,
    hint: AGENT_HINT,
  };
}

/** `host:port`, with the scheme's default port spelled out. */
export function hostPort(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname}:${port}`;
}

/** The UNREACHABLE error: nothing answered at `url`'s host. */
export function unreachable(url: URL, online: boolean): SendError {
  if (!online) {
    return {
      code: "UNREACHABLE",
      message: `Could not connect to ${hostPort(url)}: this browser is offline.`,
      hint: "Reconnect to the network and send again.",
    };
  }
  const tls = url.protocol === "https:" ? ", its TLS certificate may not be trusted" : "";
  return {
    code: "UNREACHABLE",
    message: `Could not connect to ${hostPort(url)}. Is the server running? The host name may not resolve, the connection may be refused${tls}, or the browser may block the port.`,
    hint: "Check the host name and port, and that the server is up.",
  };
}
