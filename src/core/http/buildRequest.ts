/**
 * A stored Request (templates) + its ancestors + variable scopes → the HttpRequest to send:
 * variables resolved in URL, path variables, headers, body and auth; auth applied.
 */
import type { Deps } from "../factory";
import type { Auth, Request } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { VariableScopes } from "../variables/scopes";
import { resolveTemplate, unresolvedNames } from "../variables/template";
import type { Ancestors } from "./auth";
import { applyAuth, effectiveAuth, resolveAuth } from "./auth";
import { buildBody } from "./body";
import { headerValue } from "./headers";
import type { HttpRequest } from "./transport";
import { toWireUrl } from "./postmanUrl";
import { fillPathVariables, withQuery } from "./url";

/** A built request and what the user should hear about it. */
export interface BuiltRequest {
  http: HttpRequest;
  /** Names of `{{variables}}` that had no value (their tokens were sent verbatim). */
  unresolved: string[];
  warnings: string[];
  /**
   * The auth that applies (inherited from a folder or the collection when the request inherits),
   * variables resolved. Simple types are already in `http`; others are signed by `authorize`.
   */
  auth: Auth;
}

interface UrlLike {
  href: string;
  protocol: string;
}
/** The host's WHATWG URL parser (browser, worker and Node all have it; core's lib lacks its type). */
const UrlCtor = (globalThis as unknown as { URL: new (url: string) => UrlLike }).URL;

function checkUrl(url: string): string | undefined {
  if (url === "") return "The URL is empty";
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? "";
  if (/\{\{[^{}]*\}\}/.test(authority)) return `"${url}" has an unresolved variable in its host`;
  try {
    const parsed = new UrlCtor(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      return `"${url}" uses ${parsed.protocol.slice(0, -1)}; only http and https URLs can be sent`;
    }
    return undefined;
  } catch {
    return `"${url}" is not a valid URL`;
  }
}

/** The URL template with the Params table and path variables filled in (still with {{vars}}). */
export function requestUrlTemplate(request: Request): string {
  const withParams = request.params.length ? withQuery(request.url, request.params) : request.url;
  return fillPathVariables(withParams, (name) => {
    const row = request.pathVariables.find((p) => p.key === name);
    return row && row.enabled !== false ? row.value : undefined;
  });
}

/** Resolve and assemble the request; INVALID_URL when the resolved URL cannot be sent. */
export function buildHttpRequest(
  request: Request,
  ancestors: Ancestors,
  scopes: VariableScopes,
  deps: Deps,
): Result<BuiltRequest> {
  const missing = new Set<string>();
  const resolve = (text: string) => {
    for (const name of unresolvedNames(text, scopes)) missing.add(name);
    return resolveTemplate(text, scopes, deps);
  };

  const url = toWireUrl(resolve(requestUrlTemplate(request)));
  const problem = checkUrl(url);
  if (problem) {
    return err({
      code: "INVALID_URL",
      message: problem,
      at: url,
      hint: missing.size
        ? `Define ${[...missing].map((n) => `{{${n}}}`).join(", ")} or pick an environment`
        : "Check the URL's spelling",
    });
  }

  const headers: [string, string][] = request.headers
    .filter((h) => h.enabled && h.key.trim() !== "")
    .map((h) => [resolve(h.key), resolve(h.value)]);
  const built = buildBody(request.body, resolve);
  if (built.contentType && !headerValue(headers, "content-type")) {
    headers.push(["Content-Type", built.contentType]);
  }
  // Methods are case-sensitive (RFC 9110 §9.1): sent as stored; the Postman importer and the
  // editor upper-case them, as Postman does, a pasted `curl -X post` keeps its case.
  let http: HttpRequest = { method: request.method.trim() || "GET", url, headers };
  if (built.body) http.body = built.body;

  const auth = resolveAuth(effectiveAuth(request.auth, ancestors), resolve);
  http = applyAuth(http, auth).http;
  return ok({ http, unresolved: [...missing], warnings: [...built.warnings], auth });
}
