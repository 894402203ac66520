/** The "Headers the browser adds" list for a draft, computed without resolving variables. */
import type { Request } from "../../../core/model";
import { buildBody } from "../../../core/http/body";
import { requestUrlTemplate } from "../../../core/http/buildRequest";
import { browserAddedHeaders, headerValue } from "../../../core/http/headers";
import type { HttpRequest } from "../../../core/http/transport";
import { ensureScheme } from "../../../core/http/url";

/** The draft as an HttpRequest with `{{variables}}` left as typed (enough to list headers). */
export function draftHttpRequest(request: Request): HttpRequest {
  const headers: [string, string][] = request.headers
    .filter((h) => h.enabled && h.key.trim() !== "")
    .map((h) => [h.key, h.value]);
  const built = buildBody(request.body, (text) => text);
  if (built.contentType && !headerValue(headers, "content-type")) {
    headers.push(["Content-Type", built.contentType]);
  }
  const http: HttpRequest = {
    method: request.method.toUpperCase() || "GET",
    url: ensureScheme(requestUrlTemplate(request)),
    headers,
  };
  if (built.body) http.body = built.body;
  return http;
}

/**
 * What the browser will add or set besides the user's headers, including the Content-Type the
 * app adds for the body type (shown so users know where it comes from).
 */
export function draftBrowserHeaders(request: Request, pageOrigin: string): [string, string][] {
  const http = draftHttpRequest(request);
  const added = browserAddedHeaders(http, pageOrigin);
  const own = headerValue(
    request.headers.filter((h) => h.enabled).map((h) => [h.key, h.value]),
    "content-type",
  );
  const implicit = own === undefined ? headerValue(http.headers, "content-type") : undefined;
  return implicit ? [...added, ["Content-Type", implicit]] : added;
}
