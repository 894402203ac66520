/**
 * OAuth 2.0 settings as Postman v2.1 stores them on an `oauth2` auth (attribute names from
 * postman-runtime's authorizer and the Postman app), read into one typed record.
 * @see https://learning.postman.com/docs/sending-requests/authorization/oauth-20/
 */
import { authAttribute } from "../../http/auth";
import type { Auth } from "../../model";

/** Postman's `grant_type` values. */
export const GRANT_TYPES = [
  "authorization_code",
  "authorization_code_with_pkce",
  "implicit",
  "password_credentials",
  "client_credentials",
] as const;
export type GrantType = (typeof GRANT_TYPES)[number];

/** Where a custom parameter goes (Postman's `send_as`). */
export type ParamPlace = "request_body" | "request_header" | "request_url";

/** One custom parameter of the authorization, token or refresh request. */
export interface ExtraParam {
  key: string;
  value: string;
  sendAs: ParamPlace;
}

/** Every setting a grant or `apply` reads, with Postman's defaults filled in. */
export interface OAuth2Config {
  grantType: GrantType;
  accessToken: string;
  addTokenTo: "header" | "queryParams";
  /** "Bearer" when the attribute is absent; an empty attribute means no prefix (Postman's rule). */
  headerPrefix: string;
  tokenType: string;
  tokenName: string;
  authUrl: string;
  accessTokenUrl: string;
  refreshTokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  state: string;
  redirectUri: string;
  codeVerifier: string;
  challengeAlgorithm: "S256" | "plain";
  username: string;
  password: string;
  /** "header": HTTP Basic with the client's id and secret; "body": both as form fields. */
  clientAuthentication: "header" | "body";
  audience: string;
  resource: string;
  authRequestParams: ExtraParam[];
  tokenRequestParams: ExtraParam[];
  refreshRequestParams: ExtraParam[];
}

const text = (auth: Auth, key: string) => authAttribute(auth, key) ?? "";

/** A custom-parameter list (`[{key, value, enabled, send_as}]`); disabled rows are left out. */
function params(auth: Auth, key: string, fallback: ParamPlace): ExtraParam[] {
  const raw = auth.attributes.find((a) => a.key === key)?.value;
  if (!Array.isArray(raw)) return [];
  const out: ExtraParam[] = [];
  for (const row of raw as unknown[]) {
    if (typeof row !== "object" || row === null) continue;
    const r = row as Record<string, unknown>;
    if (r.enabled === false || typeof r.key !== "string" || r.key === "") continue;
    const place = r.send_as;
    out.push({
      key: r.key,
      value: typeof r.value === "string" ? r.value : String(r.value ?? ""),
      sendAs:
        place === "request_body" || place === "request_header" || place === "request_url"
          ? place
          : fallback,
    });
  }
  return out;
}

const isGrant = (value: string): value is GrantType =>
  (GRANT_TYPES as readonly string[]).includes(value);

/** Reads an `oauth2` auth's attributes (variables already resolved). */
export function readConfig(auth: Auth): OAuth2Config {
  const grant = text(auth, "grant_type");
  return {
    grantType: isGrant(grant) ? grant : "authorization_code",
    accessToken: text(auth, "accessToken"),
    addTokenTo: text(auth, "addTokenTo") === "queryParams" ? "queryParams" : "header",
    headerPrefix: (authAttribute(auth, "headerPrefix") ?? "Bearer").trim(),
    tokenType: text(auth, "tokenType"),
    tokenName: text(auth, "tokenName"),
    authUrl: text(auth, "authUrl"),
    accessTokenUrl: text(auth, "accessTokenUrl"),
    refreshTokenUrl: text(auth, "refreshTokenUrl"),
    clientId: text(auth, "clientId"),
    clientSecret: text(auth, "clientSecret"),
    scope: text(auth, "scope"),
    state: text(auth, "state"),
    redirectUri: text(auth, "redirect_uri"),
    codeVerifier: text(auth, "code_verifier"),
    challengeAlgorithm: text(auth, "challengeAlgorithm") === "plain" ? "plain" : "S256",
    username: text(auth, "username"),
    password: text(auth, "password"),
    clientAuthentication: text(auth, "client_authentication") === "body" ? "body" : "header",
    audience: text(auth, "audience"),
    resource: text(auth, "resource"),
    authRequestParams: params(auth, "authRequestParams", "request_url"),
    tokenRequestParams: params(auth, "tokenRequestParams", "request_body"),
    refreshRequestParams: params(auth, "refreshRequestParams", "request_body"),
  };
}

/** True for the grants that send the user to the authorization server (a popup). */
export const isInteractive = (grant: GrantType): boolean =>
  grant === "authorization_code" ||
  grant === "authorization_code_with_pkce" ||
  grant === "implicit";
