/**
 * The token requests of RFC 6749 over a {@link Transport}: client credentials (§4.4), password
 * (§4.3), authorization code exchange (§4.1.3, with PKCE's `code_verifier`) and refresh (§6).
 * Each is one form POST to the token endpoint; the client authenticates with HTTP Basic
 * (`client_authentication: header`, Postman's default) or with body fields.
 * @see https://www.rfc-editor.org/rfc/rfc6749
 */
import type { Deps } from "../../factory";
import { formEncode } from "../../http/bodyParts";
import type { AbortSignalLike, HttpRequest, Transport } from "../../http/transport";
import type { Result } from "../../result";
import { err } from "../../result";
import { base64, utf8 } from "../bytes";
import type { OAuth2Token } from "../types";
import type { ExtraParam, OAuth2Config } from "./config";
import type { TokenMeta } from "./tokenResponse";
import { readTokenResponse } from "./tokenResponse";

/** What a token request needs besides the settings. */
export interface GrantContext {
  transport: Transport;
  deps: Deps;
  signal?: AbortSignalLike;
}

/** `url` with `pairs` appended to its query. */
export function appendQuery(url: string, pairs: readonly [string, string][]): string {
  if (!pairs.length) return url;
  const hashAt = url.indexOf("#");
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? "" : url.slice(hashAt);
  const query = pairs.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join("&");
  const joiner = !base.includes("?") ? "?" : /[?&]$/.test(base) ? "" : "&";
  return `${base}${joiner}${query}${hash}`;
}

/** The form POST to `url` with the client's credentials and the custom parameters. */
export function tokenRequest(
  url: string,
  grant: [string, string][],
  config: OAuth2Config,
  extra: readonly ExtraParam[],
): HttpRequest {
  const fields: [string, string][] = [...grant];
  const headers: [string, string][] = [
    ["Content-Type", "application/x-www-form-urlencoded"],
    ["Accept", "application/json"],
  ];
  if (config.clientAuthentication === "header" && config.clientSecret !== "") {
    const basic = `${formEncode(config.clientId)}:${formEncode(config.clientSecret)}`;
    headers.push(["Authorization", `Basic ${base64(utf8(basic))}`]);
  } else {
    if (config.clientId) fields.push(["client_id", config.clientId]);
    if (config.clientSecret) fields.push(["client_secret", config.clientSecret]);
  }
  if (config.audience) fields.push(["audience", config.audience]);
  if (config.resource) fields.push(["resource", config.resource]);
  const query: [string, string][] = [];
  for (const p of extra) {
    if (p.sendAs === "request_header") headers.push([p.key, p.value]);
    else if (p.sendAs === "request_url") query.push([p.key, p.value]);
    else fields.push([p.key, p.value]);
  }
  return {
    method: "POST",
    url: appendQuery(url, query),
    headers,
    body: { kind: "urlencoded", fields },
  };
}

const missingUrl = (what: string) =>
  err({
    code: "AUTH_FAILED",
    message: `The ${what} is empty: fill it in on the Auth tab`,
  });

/** Sends one token request and reads the answer. */
async function request(
  http: HttpRequest,
  meta: Omit<TokenMeta, "transportName" | "tokenUrl">,
  ctx: GrantContext,
): Promise<Result<OAuth2Token>> {
  const tokenUrl = http.url;
  const result = await ctx.transport.send(http, ctx.signal ? { signal: ctx.signal } : {});
  return readTokenResponse(
    result,
    { ...meta, tokenUrl, transportName: ctx.transport.name },
    ctx.deps,
  );
}

const tokenName = (config: OAuth2Config) => config.tokenName || "Token";
const scoped = (config: OAuth2Config): [string, string][] =>
  config.scope ? [["scope", config.scope]] : [];

/** Client credentials grant (RFC 6749 §4.4). */
export function clientCredentials(
  config: OAuth2Config,
  ctx: GrantContext,
): Promise<Result<OAuth2Token>> {
  if (!config.accessTokenUrl) return Promise.resolve(missingUrl("Access Token URL"));
  const http = tokenRequest(
    config.accessTokenUrl,
    [["grant_type", "client_credentials"], ...scoped(config)],
    config,
    config.tokenRequestParams,
  );
  return request(http, { name: tokenName(config), clientId: config.clientId }, ctx);
}

/** Resource owner password credentials grant (RFC 6749 §4.3). */
export function passwordCredentials(
  config: OAuth2Config,
  ctx: GrantContext,
): Promise<Result<OAuth2Token>> {
  if (!config.accessTokenUrl) return Promise.resolve(missingUrl("Access Token URL"));
  const http = tokenRequest(
    config.accessTokenUrl,
    [
      ["grant_type", "password"],
      ["username", config.username],
      ["password", config.password],
      ...scoped(config),
    ],
    config,
    config.tokenRequestParams,
  );
  return request(http, { name: tokenName(config), clientId: config.clientId }, ctx);
}

/** What the authorization step gave back for the code exchange. */
export interface CodeGrant {
  code: string;
  redirectUri: string;
  /** PKCE: the verifier whose challenge went into the authorization URL. */
  codeVerifier?: string;
}

/** Authorization code exchange (RFC 6749 §4.1.3; RFC 7636 §4.5 with a verifier). */
export function exchangeCode(
  config: OAuth2Config,
  grant: CodeGrant,
  ctx: GrantContext,
): Promise<Result<OAuth2Token>> {
  if (!config.accessTokenUrl) return Promise.resolve(missingUrl("Access Token URL"));
  const fields: [string, string][] = [
    ["grant_type", "authorization_code"],
    ["code", grant.code],
    ["redirect_uri", grant.redirectUri],
  ];
  if (grant.codeVerifier) fields.push(["code_verifier", grant.codeVerifier]);
  const http = tokenRequest(config.accessTokenUrl, fields, config, config.tokenRequestParams);
  return request(http, { name: tokenName(config), clientId: config.clientId }, ctx);
}

/**
 * Refresh (RFC 6749 §6) at the Refresh Token URL, else the Access Token URL, else the endpoint
 * that issued the token. The new token keeps the old one's id and name, and its refresh token
 * when the server sends no new one.
 */
export function refreshToken(
  config: OAuth2Config,
  token: OAuth2Token,
  ctx: GrantContext,
): Promise<Result<OAuth2Token>> {
  const url = config.refreshTokenUrl || config.accessTokenUrl || token.tokenUrl || "";
  if (!url) return Promise.resolve(missingUrl("Refresh Token URL"));
  if (!token.refreshToken) {
    return Promise.resolve(
      err({ code: "AUTH_FAILED", message: `The token "${token.name}" has no refresh token` }),
    );
  }
  const http = tokenRequest(
    url,
    [
      ["grant_type", "refresh_token"],
      ["refresh_token", token.refreshToken],
    ],
    config,
    config.refreshRequestParams,
  );
  return request(http, { name: token.name, previous: token }, ctx);
}

/** The grants that need no user interaction: client credentials and password. */
export function directGrant(config: OAuth2Config, ctx: GrantContext): Promise<Result<OAuth2Token>> {
  if (config.grantType === "client_credentials") return clientCredentials(config, ctx);
  if (config.grantType === "password_credentials") return passwordCredentials(config, ctx);
  return Promise.resolve(
    err({
      code: "AUTH_FAILED",
      message: `The ${config.grantType} grant opens the authorization page: use Get new access token`,
    }),
  );
}
