/**
 * A stored Request as an HttpRequest with its `{{variables}}` left in place (for code that the
 * user fills in later): Params and path variables applied, body and auth assembled, no resolving.
 */
import type { Ancestors } from "../http/auth";
import { applyAuth, effectiveAuth } from "../http/auth";
import { buildBody } from "../http/body";
import { requestUrlTemplate } from "../http/buildRequest";
import { headerValue } from "../http/headers";
import type { HttpRequest } from "../http/transport";
import type { Request } from "../model";

const same = (text: string) => text;

/** The request as typed, assembled like buildHttpRequest but without resolving variables. */
export function templateHttpRequest(request: Request, ancestors: Ancestors): HttpRequest {
  const headers: [string, string][] = request.headers
    .filter((h) => h.enabled && h.key.trim() !== "")
    .map((h) => [h.key, h.value]);
  const built = buildBody(request.body, same);
  if (built.contentType && !headerValue(headers, "content-type")) {
    headers.push(["Content-Type", built.contentType]);
  }
  const http: HttpRequest = {
    method: request.method.toUpperCase() || "GET",
    url: requestUrlTemplate(request),
    headers,
  };
  if (built.body) http.body = built.body;
  return applyAuth(http, effectiveAuth(request.auth, ancestors)).http;
}
