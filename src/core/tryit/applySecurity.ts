/**
 * Filled-in credentials → the request: an API key as a header, a query parameter or a cookie;
 * Basic as `Authorization: Basic …`; Bearer, OAuth 2.0 and OpenID Connect access tokens as
 * `Authorization: Bearer …`. Header, query and Basic/Bearer go through the app's own auth step
 * (../http/auth.ts), so a try-it request carries them exactly as a saved request would.
 * A scheme left empty is skipped: the server's 401 then says what is missing.
 * @see https://spec.openapis.org/oas/v3.1.1#security-scheme-object
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1 (Bearer)
 */
import { applyAuth } from "../http/auth";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import { encodeCookie } from "./encode";
import type { AuthInput, AuthValue } from "./securityTypes";

const attrs = (pairs: Record<string, string>): Auth["attributes"] =>
  Object.entries(pairs).map(([key, value]) => ({ key, value, type: "string" }));

/** The app's Auth for one filled-in scheme (cookie API keys aside), or undefined when empty. */
function toAuth(input: AuthInput, value: AuthValue): Auth | undefined {
  switch (input.kind) {
    case "apiKey":
      return value.value
        ? {
            type: "apikey",
            attributes: attrs({ key: input.name, value: value.value, in: input.in }),
          }
        : undefined;
    case "basic":
      return value.username || value.password
        ? {
            type: "basic",
            attributes: attrs({ username: value.username ?? "", password: value.password ?? "" }),
          }
        : undefined;
    default:
      return value.value
        ? { type: "bearer", attributes: attrs({ token: value.value }) }
        : undefined;
  }
}

/** Adds `name=value` to the request's Cookie header (one header, pairs joined by `; `). */
export function addCookies(request: HttpRequest, pairs: string[]): HttpRequest {
  if (!pairs.length) return request;
  const at = request.headers.findIndex(([k]) => k.toLowerCase() === "cookie");
  const headers = [...request.headers];
  const existing = at >= 0 ? headers[at] : undefined;
  if (existing) headers[at] = [existing[0], [existing[1], ...pairs].join("; ")];
  else headers.push(["Cookie", pairs.join("; ")]);
  return { ...request, headers };
}

/** Applies the credentials in `values` (by scheme name) for every scheme in `inputs`. */
export function applySecurity(
  request: HttpRequest,
  inputs: AuthInput[],
  values: Record<string, AuthValue> = {},
): HttpRequest {
  let out = request;
  for (const input of inputs) {
    const value = values[input.scheme];
    if (!value) continue;
    if (input.kind === "apiKey" && input.in === "cookie") {
      if (value.value)
        out = addCookies(out, [`${encodeCookie(input.name)}=${encodeCookie(value.value)}`]);
      continue;
    }
    const auth = toAuth(input, value);
    if (auth) out = applyAuth(out, auth).http;
  }
  return out;
}
