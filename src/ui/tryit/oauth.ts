/**
 * OAuth 2.0 for a try-it panel (loaded when an operation uses it): the authorization code grant
 * with PKCE through a popup that comes back to this page (or the author's redirect page), with a
 * fresh random verifier and state every time, and the client credentials grant. Both reuse the
 * app's core grants; the token requests go through the panel's transport.
 * @see https://www.rfc-editor.org/rfc/rfc7636
 */
import { beginAuthorization, finishAuthorization } from "../../core/auth/oauth2/authorize";
import type { OAuth2Config } from "../../core/auth/oauth2/config";
import { clientCredentials } from "../../core/auth/oauth2/grants";
import type { Transport } from "../../core/http/transport";
import type { Result } from "../../core/result";
import type { OAuthFlow } from "../../core/tryit/securityTypes";
import type { PopupHost } from "../primitives/oauth2Popup";
import { authorizeInPopup, windowPopupHost } from "../primitives/oauth2Popup";
import { browserDeps } from "./browserDeps";

/** What the reader typed for a flow. */
export interface OAuthRequest {
  flow: OAuthFlow;
  clientId: string;
  clientSecret?: string;
  scopes: string[];
  /** Where the authorization server sends the reader back. */
  redirectUri: string;
  transport: Transport;
  /** The popup's window (a fake in tests). */
  popup?: PopupHost;
}

/** The core's OAuth 2.0 settings for one spec flow. */
export function flowConfig(req: OAuthRequest): OAuth2Config {
  const { flow } = req;
  return {
    grantType:
      flow.type === "clientCredentials"
        ? "client_credentials"
        : flow.pkce
          ? "authorization_code_with_pkce"
          : "authorization_code",
    accessToken: "",
    addTokenTo: "header",
    headerPrefix: "Bearer",
    tokenType: "",
    tokenName: "Token",
    authUrl: flow.authorizationUrl ?? "",
    accessTokenUrl: flow.tokenUrl ?? "",
    refreshTokenUrl: flow.refreshUrl ?? "",
    clientId: req.clientId,
    clientSecret: req.clientSecret ?? "",
    scope: req.scopes.join(" "),
    state: "",
    redirectUri: req.redirectUri,
    // Empty: the core makes a fresh verifier for every authorization.
    codeVerifier: "",
    challengeAlgorithm: "S256",
    username: "",
    password: "",
    clientAuthentication: req.clientSecret ? "header" : "body",
    audience: "",
    resource: "",
    authRequestParams: [],
    tokenRequestParams: [],
    refreshRequestParams: [],
  };
}

/** Runs the flow and resolves with the access token. */
export async function obtainAccessToken(req: OAuthRequest): Promise<Result<string>> {
  const config = flowConfig(req);
  const ctx = { transport: req.transport, deps: browserDeps };
  if (req.flow.type === "clientCredentials") {
    const token = await clientCredentials(config, ctx);
    return token.ok ? { ok: true, value: token.value.accessToken } : token;
  }
  const pending = beginAuthorization(config, browserDeps, req.redirectUri);
  if (!pending.ok) return pending;
  const back = await authorizeInPopup(req.popup ?? windowPopupHost(), pending.value.url);
  if (!back.ok) return back;
  const token = await finishAuthorization(config, pending.value, back.value, ctx);
  return token.ok ? { ok: true, value: token.value.accessToken } : token;
}
