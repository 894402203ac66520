/**
 * What a reader must fill in for one security scheme, and what they filled in. OAuth 2.0 flows
 * are described (URLs, scopes, PKCE) for whoever acquires the token; applying takes the token.
 * @see https://spec.openapis.org/oas/v3.1.1#security-scheme-object
 * @see https://swagger.io/specification/v2/#security-definitions-object
 */

/** An OAuth 2.0 flow as the spec declares it (2.0's accessCode/application renamed). */
export interface OAuthFlow {
  type: "authorizationCode" | "clientCredentials" | "implicit" | "password";
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  /** Every scope the flow offers, with its description. */
  scopes: Record<string, string>;
  /** Authorization code flows use PKCE (RFC 7636) from a public client. */
  pkce: boolean;
}

interface SchemeBase {
  /** The scheme's name in components.securitySchemes / securityDefinitions. */
  scheme: string;
  description?: string;
}

/** One scheme of a security requirement, as inputs to show. */
export type AuthInput =
  | (SchemeBase & { kind: "apiKey"; in: "header" | "query" | "cookie"; name: string })
  | (SchemeBase & { kind: "basic" })
  | (SchemeBase & { kind: "bearer"; bearerFormat?: string })
  | (SchemeBase & {
      kind: "oauth2";
      flows: OAuthFlow[];
      /** The scopes this operation's requirement asks for. */
      scopes: string[];
    })
  | (SchemeBase & { kind: "openIdConnect"; openIdConnectUrl: string; scopes: string[] });

/**
 * What the reader filled in for one scheme: `value` is the API key, the bearer token, or the
 * OAuth 2.0 / OpenID Connect access token; `username`/`password` are for Basic.
 */
export interface AuthValue {
  value?: string;
  username?: string;
  password?: string;
}
