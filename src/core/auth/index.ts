/**
 * Every auth type's scheme, loaded on first use (signers and their crypto stay out of the first
 * screen's bundle), and the two steps the pipeline calls: {@link authorize} before sending and
 * {@link answerChallenge} after a response.
 */
import type { HttpRequest } from "../http/transport";
import type { Auth, AuthType } from "../model";
import type { Result } from "../result";
import { err } from "../result";
import type { AuthApplied, AuthContext, AuthScheme, ChallengeResponse } from "./types";

const SCHEMES: Partial<Record<AuthType, () => Promise<AuthScheme>>> = {
  digest: () => import("./digest").then((m) => m.digest),
  oauth1: () => import("./oauth1").then((m) => m.oauth1),
  oauth2: () => import("./oauth2").then((m) => m.oauth2),
  hawk: () => import("./hawk").then((m) => m.hawk),
  awsv4: () => import("./awsv4").then((m) => m.awsv4),
  jwt: () => import("./jwt").then((m) => m.jwt),
  edgegrid: () => import("./edgegrid").then((m) => m.edgegrid),
  akamai: () => import("./edgegrid").then((m) => m.edgegrid),
  ntlm: () => import("./ntlm").then((m) => m.ntlm),
};

/** Types applied synchronously while the request is built (src/core/http/auth.ts). */
export const SIMPLE_AUTH: ReadonlySet<AuthType> = new Set([
  "inherit",
  "noauth",
  "basic",
  "bearer",
  "apikey",
]);

/** The scheme for `type`, or undefined for the simple types and ones Satchel has no signer for. */
export async function schemeFor(type: AuthType): Promise<AuthScheme | undefined> {
  return SCHEMES[type]?.();
}

/** Sign or decorate an already-resolved request with `auth` (variables resolved). */
export async function authorize(
  http: HttpRequest,
  auth: Auth,
  ctx: AuthContext,
): Promise<Result<AuthApplied>> {
  if (SIMPLE_AUTH.has(auth.type)) return { ok: true, value: { http, warnings: [] } };
  const scheme = await schemeFor(auth.type);
  if (!scheme) {
    return err({
      code: "AUTH_UNSUPPORTED",
      message: `${auth.type} auth is not supported; the request was not sent`,
      hint: "Pick another auth type on the Auth tab",
    });
  }
  try {
    return await scheme.apply(http, auth, ctx);
  } catch (e) {
    return err({
      code: "AUTH_FAILED",
      message: `${auth.type} auth failed: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

/** After a response: the request to send once more when the scheme answers a challenge. */
export async function answerChallenge(
  unsigned: HttpRequest,
  response: ChallengeResponse,
  auth: Auth,
  ctx: AuthContext,
): Promise<Result<AuthApplied> | undefined> {
  if (SIMPLE_AUTH.has(auth.type)) return undefined;
  const scheme = await schemeFor(auth.type);
  if (!scheme?.retry) return undefined;
  try {
    return await scheme.retry(unsigned, response, auth, ctx);
  } catch (e) {
    return err({
      code: "AUTH_FAILED",
      message: `${auth.type} auth failed: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}
