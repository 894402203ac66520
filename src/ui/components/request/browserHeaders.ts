/**
 * The "Headers the browser adds" list for a draft, with `{{variables}}` in the URL and headers
 * resolved as the request will be sent (core's substitution rule, through the editor's lookup).
 */
import type { Request } from "../../../core/model";
import { buildBody } from "../../../core/http/body";
import { requestUrlTemplate } from "../../../core/http/buildRequest";
import { browserAddedHeaders, headerValue } from "../../../core/http/headers";
import type { HttpRequest } from "../../../core/http/transport";
import { ensureScheme } from "../../../core/http/url";
import type { VariableLookup } from "../../../core/variables/lookup";
import { previewTemplate } from "../../../core/variables/lookup";

/** A lookup that knows no variable: tokens stay as typed. */
const NO_VARIABLES: VariableLookup = () => undefined;

/**
 * The draft as an HttpRequest, enough to list headers: URL and headers resolved through `lookup`
 * (see previewTemplate for what stays as typed). The body is not resolved: only its presence and
 * kind matter here, and resolving a big body on every keystroke would cost for nothing.
 */
export function draftHttpRequest(
  request: Request,
  lookup: VariableLookup = NO_VARIABLES,
): HttpRequest {
  const resolve = (text: string) => previewTemplate(text, lookup);
  const headers: [string, string][] = request.headers
    .filter((h) => h.enabled && h.key.trim() !== "")
    .map((h) => [resolve(h.key), resolve(h.value)]);
  const built = buildBody(request.body, (text) => text);
  if (built.contentType && !headerValue(headers, "content-type")) {
    headers.push(["Content-Type", built.contentType]);
  }
  const http: HttpRequest = {
    method: request.method.toUpperCase() || "GET",
    url: ensureScheme(resolve(requestUrlTemplate(request))),
    headers,
  };
  if (built.body) http.body = built.body;
  return http;
}

/**
 * What the browser will add or set besides the user's headers, including the Content-Type the
 * app adds for the body type (shown so users know where it comes from).
 */
export function draftBrowserHeaders(
  request: Request,
  pageOrigin: string,
  lookup: VariableLookup = NO_VARIABLES,
): [string, string][] {
  const http = draftHttpRequest(request, lookup);
  const added = browserAddedHeaders(http, pageOrigin);
  const own = headerValue(
    request.headers.filter((h) => h.enabled).map((h) => [h.key, h.value]),
    "content-type",
  );
  const implicit = own === undefined ? headerValue(http.headers, "content-type") : undefined;
  return implicit ? [...added, ["Content-Type", implicit]] : added;
}
