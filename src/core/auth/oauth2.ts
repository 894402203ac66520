/**
 * oauth2 auth: sends the current access token — the token manager's (refreshed first when it
 * has expired and has a refresh token), else the `accessToken` attribute — in the
 * `Authorization` header or the `access_token` query parameter, as postman-runtime does. Getting
 * a token (the grants) lives in ./oauth2/; the Auth tab runs them.
 * @see https://www.rfc-editor.org/rfc/rfc6750
 */
import type { Auth } from "../model";
import type { AuthApplied, AuthContext, AuthScheme, OAuth2Token } from "./types";
import type { HttpRequest } from "../http/transport";
import type { Result } from "../result";
import { ok } from "../result";
import { readConfig } from "./oauth2/config";
import type { OAuth2Config } from "./oauth2/config";
import { refreshToken } from "./oauth2/grants";
import { placeToken } from "./oauth2/place";

/** The warning for a request that goes out without a token. */
export const NO_TOKEN_WARNING = "No OAuth 2.0 access token: get one on the Auth tab";

/** True when `token` has an expiry and it has passed at `now`. */
export const isExpired = (token: OAuth2Token, now: number): boolean =>
  token.expiresAt !== undefined && token.expiresAt <= now;

type Refreshed = Awaited<ReturnType<typeof refreshToken>>;

/**
 * Refreshes in flight, per token store and refresh token: requests sent together with the same
 * expired token (a runner's parallel sends, Send pressed twice) share one refresh — a second
 * refresh would spend a rotated refresh token the first already used, and fail.
 */
const inFlight = new WeakMap<object, Map<string, Promise<Refreshed>>>();

function refreshOnce(
  store: object,
  refreshKey: string,
  refresh: () => Promise<Refreshed>,
): Promise<Refreshed> {
  let pending = inFlight.get(store);
  if (!pending) inFlight.set(store, (pending = new Map()));
  const running = pending.get(refreshKey);
  if (running) return running;
  const started = refresh().finally(() => pending.delete(refreshKey));
  pending.set(refreshKey, started);
  return started;
}

/** The stored token to use, refreshed and saved when it has expired; warnings say what failed. */
async function storedToken(
  auth: Auth,
  config: OAuth2Config,
  ctx: AuthContext,
  warnings: string[],
): Promise<OAuth2Token | undefined> {
  if (!ctx.tokens) return undefined;
  const { store, owner } = ctx.tokens;
  const token = await store.current(owner, auth);
  if (!token || !isExpired(token, ctx.deps.clock.now())) return token;
  if (!token.refreshToken) {
    warnings.push(`The OAuth 2.0 token "${token.name}" has expired: get a new one on the Auth tab`);
    return token;
  }
  if (!ctx.transport) {
    warnings.push(`The OAuth 2.0 token "${token.name}" has expired and could not be refreshed`);
    return token;
  }
  const transport = ctx.transport;
  const refreshed = await refreshOnce(store, `${owner}\n${token.refreshToken}`, async () => {
    const got = await refreshToken(config, token, { transport, deps: ctx.deps });
    if (got.ok) await store.save(owner, got.value);
    return got;
  });
  if (!refreshed.ok) {
    warnings.push(
      `The OAuth 2.0 token "${token.name}" has expired and refreshing it failed: ${refreshed.error.message}`,
    );
    return token;
  }
  return refreshed.value;
}

/** Applies the token (see the file comment). */
async function apply(
  http: HttpRequest,
  auth: Auth,
  ctx: AuthContext,
): Promise<Result<AuthApplied>> {
  const config = readConfig(auth);
  const warnings: string[] = [];
  const stored = await storedToken(auth, config, ctx, warnings);
  const value = stored?.accessToken || config.accessToken;
  if (!value) return ok({ http, warnings: [...warnings, NO_TOKEN_WARNING] });
  const tokenType = (config.tokenType || stored?.tokenType || "bearer").toLowerCase();
  if (tokenType === "mac") {
    return ok({
      http,
      warnings: [...warnings, "MAC OAuth 2.0 tokens are not supported: the token was not sent"],
    });
  }
  return ok({
    http: placeToken(http, value, config.addTokenTo, config.headerPrefix),
    warnings,
  });
}

/** The oauth2 scheme. */
export const oauth2: AuthScheme = { type: "oauth2", apply };
