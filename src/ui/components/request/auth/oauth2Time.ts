/** How the OAuth 2.0 views word a token's expiry. */
import type { OAuth2Token } from "../../../../core/auth/types";

/** "Expired", "Expires in 42 s", "Expires in 5 min", "Expires in 3 h", or "No expiry". */
export function expiryText(token: OAuth2Token, now: number): string {
  if (token.expiresAt === undefined) return "No expiry";
  const left = token.expiresAt - now;
  if (left <= 0) return "Expired";
  const s = Math.ceil(left / 1000);
  if (s < 120) return `Expires in ${s} s`;
  const min = Math.round(s / 60);
  if (min < 120) return `Expires in ${min} min`;
  return `Expires in ${Math.round(min / 60)} h`;
}

/** The distinct token names, newest token first. */
export function tokenNames(tokens: readonly OAuth2Token[]): string[] {
  const sorted = [...tokens].sort((a, b) => b.createdAt - a.createdAt);
  return [...new Set(sorted.map((t) => t.name))];
}
