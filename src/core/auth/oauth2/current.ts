/** Which stored OAuth 2.0 token an auth uses (the token manager's "current token" rule). */
import { authAttribute } from "../../http/auth";
import type { Auth } from "../../model";
import type { OAuth2Token } from "../types";

/**
 * The newest of `tokens` named like the auth's `tokenName`; none when the auth names none (then
 * its typed `accessToken` goes out).
 */
export function currentToken(tokens: readonly OAuth2Token[], auth: Auth): OAuth2Token | undefined {
  const name = authAttribute(auth, "tokenName");
  if (!name) return undefined;
  let best: OAuth2Token | undefined;
  for (const token of tokens) {
    if (token.name === name && (!best || token.createdAt >= best.createdAt)) best = token;
  }
  return best;
}
