/**
 * The Auth tab's types: the select's choices and labels, the notes on what a host can do with a
 * type, and the keys each type uses (so changing the type keeps the shared ones).
 */
import type { AuthType } from "../../../../core/model";
import { AUTH_FIELDS } from "./authFields";

/** A key a type uses, and the values it accepts when it is a choice. */
export interface AuthKey {
  key: string;
  options?: readonly string[];
}

/** Every type the select offers, in order, with its label (akamai is shown as EdgeGrid). */
export const AUTH_CHOICES: readonly (readonly [AuthType, string])[] = [
  ["inherit", "Inherit from parent"],
  ["noauth", "No auth"],
  ["basic", "Basic"],
  ["bearer", "Bearer token"],
  ["apikey", "API key"],
  ["jwt", "JWT bearer"],
  ["digest", "Digest"],
  ["oauth1", "OAuth 1.0"],
  ["oauth2", "OAuth 2.0"],
  ["hawk", "Hawk"],
  ["awsv4", "AWS Signature"],
  ["ntlm", "NTLM"],
  ["edgegrid", "Akamai EdgeGrid"],
];

/** The attribute keys OAuth 2.0 uses (Postman v2.1), drawn by OAuth2Fields. */
export const OAUTH2_KEYS: readonly AuthKey[] = [
  ...[
    "accessToken",
    "tokenType",
    "headerPrefix",
    "tokenName",
    "grant_type",
    "authUrl",
    "accessTokenUrl",
    "clientId",
    "clientSecret",
    "scope",
    "state",
    "redirect_uri",
    "useBrowser",
    "client_authentication",
    "username",
    "password",
    "challengeAlgorithm",
    "code_verifier",
    "refreshTokenUrl",
    "authRequestParams",
    "tokenRequestParams",
    "refreshRequestParams",
    "audience",
    "resource",
  ].map((key) => ({ key })),
  { key: "addTokenTo", options: ["header", "queryParams"] },
];

/** Notes shown above a type's fields: what a host can and cannot do with it. */
export const AUTH_NOTES: Partial<Record<AuthType, string>> = {
  digest:
    "Digest answers the server's challenge. Through the browser (fetch) the challenge is visible " +
    "only if the server exposes WWW-Authenticate via CORS (Access-Control-Expose-Headers); the " +
    "agent can always answer it.",
  ntlm:
    "NTLM needs the local agent, a team proxy or `satchel run`: a browser cannot hold the one " +
    "connection its handshake needs, so they run it for the page.",
};

/** The type whose field table and choice stand for `type` (imported `akamai` is EdgeGrid). */
export function editorType(type: AuthType): AuthType {
  return type === "akamai" ? "edgegrid" : type;
}

/** The keys `type` uses, for keeping shared attributes when the type changes. */
export function authKeys(type: AuthType): readonly AuthKey[] {
  if (type === "oauth2") return OAUTH2_KEYS;
  return (AUTH_FIELDS[type] ?? []).map((f) => ({
    key: f.key,
    options: f.options?.map(([value]) => value),
  }));
}
