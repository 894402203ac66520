/**
 * The OAuth 2.0 grant settings as data (Postman v2.1 attribute names, as postman-runtime and the
 * Postman app store them): which fields each grant type uses, in Postman's order.
 */
import type { GrantType } from "../../../../core/auth/oauth2/config";
import type { AuthField } from "./authFields";

/** The grant type select's choices. */
export const GRANT_CHOICES: readonly (readonly [GrantType, string])[] = [
  ["authorization_code", "Authorization Code"],
  ["authorization_code_with_pkce", "Authorization Code (With PKCE)"],
  ["implicit", "Implicit"],
  ["password_credentials", "Password Credentials"],
  ["client_credentials", "Client Credentials"],
];

const CODE: readonly GrantType[] = ["authorization_code", "authorization_code_with_pkce"];
const INTERACTIVE: readonly GrantType[] = [...CODE, "implicit"];
const TOKEN_ENDPOINT: readonly GrantType[] = [
  ...CODE,
  "password_credentials",
  "client_credentials",
];

/** A field and the grant types that use it (all when absent). */
type GrantField = AuthField & { grants?: readonly GrantType[] };

const FIELDS: readonly GrantField[] = [
  { key: "redirect_uri", label: "Callback URL", kind: "text", grants: INTERACTIVE },
  {
    key: "authUrl",
    label: "Auth URL",
    kind: "text",
    grants: INTERACTIVE,
    placeholder: "https://example.com/login/oauth/authorize",
  },
  {
    key: "accessTokenUrl",
    label: "Access Token URL",
    kind: "text",
    grants: TOKEN_ENDPOINT,
    placeholder: "https://example.com/login/oauth/access_token",
  },
  { key: "clientId", label: "Client ID", kind: "text" },
  { key: "clientSecret", label: "Client Secret", kind: "secret", grants: TOKEN_ENDPOINT },
  { key: "username", label: "Username", kind: "text", grants: ["password_credentials"] },
  { key: "password", label: "Password", kind: "secret", grants: ["password_credentials"] },
  {
    key: "challengeAlgorithm",
    label: "Code Challenge Method",
    kind: "select",
    options: [
      ["S256", "SHA-256"],
      ["plain", "Plain"],
    ],
    default: "S256",
    grants: ["authorization_code_with_pkce"],
  },
  {
    key: "code_verifier",
    label: "Code Verifier",
    kind: "secret",
    grants: ["authorization_code_with_pkce"],
    placeholder: "Automatically generated if left blank",
  },
  { key: "scope", label: "Scope", kind: "text", placeholder: "e.g. read:org" },
  {
    key: "state",
    label: "State",
    kind: "text",
    grants: INTERACTIVE,
    placeholder: "Automatically generated if left blank",
  },
  {
    key: "client_authentication",
    label: "Client Authentication",
    kind: "select",
    options: [
      ["header", "Send as Basic Auth header"],
      ["body", "Send client credentials in body"],
    ],
    default: "header",
    grants: TOKEN_ENDPOINT,
  },
  {
    key: "refreshTokenUrl",
    label: "Refresh Token URL",
    kind: "text",
    advanced: true,
    placeholder: "Defaults to the Access Token URL",
  },
  { key: "audience", label: "Audience", kind: "text", advanced: true },
  { key: "resource", label: "Resource", kind: "text", advanced: true },
];

/** The fields `grant` uses, with the Callback URL's placeholder set to our callback page. */
export function grantFields(grant: GrantType, redirectUri: string): AuthField[] {
  return FIELDS.filter((f) => !f.grants || f.grants.includes(grant)).map(
    ({ grants: _g, ...field }) =>
      field.key === "redirect_uri" ? { ...field, placeholder: redirectUri } : field,
  );
}
