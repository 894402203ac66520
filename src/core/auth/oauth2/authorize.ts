/**
 * The interactive grants' first half: the authorization URL the user opens (RFC 6749 §4.1.1
 * code, §4.2.1 implicit; RFC 7636 §4.3 PKCE challenge), and reading the redirect the server sends
 * back (code or fragment token, `state` checked) into a token.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 */
import type { Deps } from "../../factory";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { base64url, randomBytes } from "../bytes";
import type { OAuth2Token } from "../types";
import type { OAuth2Config } from "./config";
import type { GrantContext } from "./grants";
import { appendQuery, exchangeCode } from "./grants";
import { codeChallenge, isValidVerifier, makeCodeVerifier } from "./pkce";
import { parseForm, tokenFromFields } from "./tokenResponse";

/** An authorization in progress: what to open, and what the redirect must match. */
export interface PendingAuthorization {
  url: string;
  state: string;
  redirectUri: string;
  responseType: "code" | "token";
  /** PKCE only. */
  codeVerifier?: string;
}

/**
 * The authorization URL for an authorization code (with or without PKCE) or implicit grant.
 * `state` is the configured one, else 16 fresh random bytes; the PKCE verifier is the configured
 * one, else fresh for each authorization.
 */
export function beginAuthorization(
  config: OAuth2Config,
  deps: Deps,
  redirectUri: string,
): Result<PendingAuthorization> {
  if (!config.authUrl) {
    return err({
      code: "AUTH_FAILED",
      message: "The Auth URL is empty: fill it in on the Auth tab",
    });
  }
  const responseType = config.grantType === "implicit" ? "token" : "code";
  const state = config.state || base64url(randomBytes(() => deps.random.next(), 16));
  const pairs: [string, string][] = [
    ["response_type", responseType],
    ["client_id", config.clientId],
    ["redirect_uri", redirectUri],
  ];
  if (config.scope) pairs.push(["scope", config.scope]);
  pairs.push(["state", state]);
  let codeVerifier: string | undefined;
  if (config.grantType === "authorization_code_with_pkce") {
    codeVerifier = config.codeVerifier || makeCodeVerifier(deps.random);
    if (!isValidVerifier(codeVerifier)) {
      return err({
        code: "AUTH_FAILED",
        message: "The code verifier must be 43 to 128 letters, digits or - . _ ~",
        hint: "Leave Code Verifier empty and Satchel makes a fresh one",
      });
    }
    pairs.push(["code_challenge", codeChallenge(codeVerifier, config.challengeAlgorithm)]);
    pairs.push(["code_challenge_method", config.challengeAlgorithm]);
  }
  if (config.audience) pairs.push(["audience", config.audience]);
  if (config.resource) pairs.push(["resource", config.resource]);
  for (const p of config.authRequestParams) pairs.push([p.key, p.value]);
  return ok({
    url: appendQuery(config.authUrl, pairs),
    state,
    redirectUri,
    responseType,
    ...(codeVerifier ? { codeVerifier } : {}),
  });
}

/** The query and fragment parameters of the URL the server redirected to (fragment wins). */
export function callbackParams(url: string): Record<string, string> {
  const hashAt = url.indexOf("#");
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf("?");
  const query = queryAt < 0 ? {} : parseForm(beforeHash.slice(queryAt + 1));
  const fragment = hashAt < 0 ? {} : parseForm(url.slice(hashAt + 1));
  return { ...query, ...fragment };
}

/**
 * Reads the redirect: an `error` or a `state` that is not ours fails; the implicit grant's token
 * is in the fragment; a code is exchanged at the token endpoint (with the PKCE verifier).
 */
export async function finishAuthorization(
  config: OAuth2Config,
  pending: PendingAuthorization,
  callbackUrl: string,
  ctx: GrantContext,
): Promise<Result<OAuth2Token>> {
  const params = callbackParams(callbackUrl);
  if (params.error) {
    const description = params.error_description ? ` (${params.error_description})` : "";
    return err({
      code: "AUTH_FAILED",
      message: `The authorization server refused: ${params.error}${description}`,
    });
  }
  if (params.state !== pending.state) {
    return err({
      code: "AUTH_FAILED",
      message: "The authorization answer's state does not match the request's: it was ignored",
      hint: "Get a new access token again; another page may have tried to forge the answer",
    });
  }
  if (pending.responseType === "token") {
    const token = tokenFromFields(
      params,
      {
        name: config.tokenName || "Token",
        tokenUrl: config.authUrl,
        transportName: ctx.transport.name,
        ...(config.clientId ? { clientId: config.clientId } : {}),
      },
      ctx.deps,
    );
    return token
      ? ok(token)
      : err({ code: "AUTH_FAILED", message: "The authorization answer has no access_token" });
  }
  if (!params.code) {
    return err({ code: "AUTH_FAILED", message: "The authorization answer has no code" });
  }
  return exchangeCode(
    config,
    {
      code: params.code,
      redirectUri: pending.redirectUri,
      ...(pending.codeVerifier ? { codeVerifier: pending.codeVerifier } : {}),
    },
    ctx,
  );
}
