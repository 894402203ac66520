/**
 * An operation plus what the reader typed → the HttpRequest the app's transports send: the
 * chosen server's URL (variables substituted, relative URLs resolved against the spec's), the
 * path filled in, the query string, headers and cookies from the parameters, the body for the
 * chosen media type, and the credentials of the chosen security alternative.
 * @see https://spec.openapis.org/oas/v3.1.1#operation-object
 */
import type { HttpRequest } from "../http/transport";
import { resolveLocation } from "../import/openapi/locations";
import type { Result } from "../result";
import { err, ok } from "../result";
import { applyParameters } from "./applyParameters";
import { addCookies, applySecurity } from "./applySecurity";
import { buildBody } from "./body";
import type { TryItInput } from "./input";
import { serverUrl } from "./servers";
import type { TryItOperation } from "./types";

/** The base URL the reader chose: a server of the operation, or their own URL. */
export function chosenBase(op: TryItOperation, input: TryItInput): Result<string> {
  const own = input.server?.url;
  if (own !== undefined) {
    const absolute = /^[a-z][a-z0-9+.-]*:/i.test(own) || !input.specUrl;
    return ok((absolute ? own : resolveLocation(own, input.specUrl ?? "")).replace(/\/+$/, ""));
  }
  const index = input.server?.index ?? 0;
  const server = op.servers[index];
  if (!server) {
    return err({
      code: "UNKNOWN_SERVER",
      message: `This operation has ${op.servers.length} server(s); there is no server ${index + 1}.`,
    });
  }
  return serverUrl(server, input.server?.variables, input.specUrl);
}

/**
 * The request for `op` from `input`. Fails with the first problem: UNKNOWN_SERVER,
 * INVALID_SERVER_VARIABLE, MISSING_PARAMETER, INVALID_HEADER_VALUE, MISSING_BODY, MISSING_FIELD
 * or INVALID_BODY.
 */
export function buildTryItRequest(op: TryItOperation, input: TryItInput = {}): Result<HttpRequest> {
  const base = chosenBase(op, input);
  if (!base.ok) return base;
  const params = applyParameters(op, input);
  if (!params.ok) return params;
  const body = buildBody(op.requestBody, input.body);
  if (!body.ok) return body;
  const { path, query, headers, cookies } = params.value;
  const url = base.value + path + (query.length ? `?${query.join("&")}` : "");
  let request: HttpRequest = { method: op.method, url, headers: [...headers] };
  if (body.value.contentType) request.headers.push(["Content-Type", body.value.contentType]);
  if (body.value.body) request.body = body.value.body;
  request = addCookies(request, cookies);
  const alternative = input.security ?? op.security.chosen;
  const inputs =
    alternative === undefined ? [] : (op.security.alternatives[alternative]?.inputs ?? []);
  return ok(applySecurity(request, inputs, input.auth));
}
