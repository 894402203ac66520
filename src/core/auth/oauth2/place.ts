/**
 * Where an OAuth 2.0 access token goes, as postman-runtime's oauth2 authorizer puts it: any
 * `Authorization` header and `access_token` query parameter are removed first, then the token is
 * added as `Authorization: <prefix> <token>` or `?access_token=<token>`.
 */
import type { HttpRequest } from "../../http/transport";
import { joinUrl, splitUrl } from "../../http/url";
import { formEncode } from "../../http/bodyParts";

/** `url` without any `access_token` query parameter. */
function withoutAccessToken(url: string): string {
  const parts = splitUrl(url);
  if (parts.query === undefined) return url;
  const kept = parts.query
    .split("&")
    .filter(
      (seg) =>
        seg !== "" && (seg.includes("=") ? seg.slice(0, seg.indexOf("=")) : seg) !== "access_token",
    );
  if (kept.length) parts.query = kept.join("&");
  else delete parts.query;
  return joinUrl(parts);
}

/** Adds `token` to the request's header (with `prefix`, none when empty) or query. */
export function placeToken(
  http: HttpRequest,
  token: string,
  addTokenTo: "header" | "queryParams",
  prefix: string,
): HttpRequest {
  const headers = http.headers.filter(([k]) => k.toLowerCase() !== "authorization");
  const url = withoutAccessToken(http.url);
  if (addTokenTo === "queryParams") {
    const parts = splitUrl(url);
    const pair = `access_token=${formEncode(token)}`;
    parts.query = parts.query ? `${parts.query}&${pair}` : pair;
    return { ...http, headers, url: joinUrl(parts) };
  }
  headers.push(["Authorization", prefix ? `${prefix} ${token}` : token]);
  return { ...http, headers, url };
}
