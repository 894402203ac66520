/**
 * "Get new access token": the direct grants through the collection's transport, the interactive
 * ones through the authorization popup. Loaded on first use (./oauth2Tokens.ts), so the grants
 * and PKCE hashing stay out of the app shell; the chunk is precached, so the popup still opens
 * within the click's user activation.
 */
import { beginAuthorization, finishAuthorization } from "../../core/auth/oauth2/authorize";
import { isInteractive, readConfig } from "../../core/auth/oauth2/config";
import { directGrant } from "../../core/auth/oauth2/grants";
import type { OAuth2Token } from "../../core/auth/types";
import type { Deps } from "../../core/factory";
import type { Transport } from "../../core/http/transport";
import type { Auth } from "../../core/model";
import type { Result } from "../../core/result";

/** What obtaining a token needs. */
export interface ObtainContext {
  transport: Transport;
  deps: Deps;
  /** Opens the authorization URL and resolves with the URL the server redirected back to. */
  authorize(url: string): Promise<Result<string>>;
  /** Our callback page, unless the auth names its own redirect URI. */
  redirectUri: string;
}

/** Runs the grant `auth` configures (variables already resolved). */
export async function obtainToken(auth: Auth, ctx: ObtainContext): Promise<Result<OAuth2Token>> {
  const config = readConfig(auth);
  const grantCtx = { transport: ctx.transport, deps: ctx.deps };
  if (!isInteractive(config.grantType)) return directGrant(config, grantCtx);
  const redirectUri = config.redirectUri || ctx.redirectUri;
  const pending = beginAuthorization(config, ctx.deps, redirectUri);
  if (!pending.ok) return pending;
  const back = await ctx.authorize(pending.value.url);
  if (!back.ok) return back;
  return finishAuthorization(config, pending.value, back.value, grantCtx);
}
