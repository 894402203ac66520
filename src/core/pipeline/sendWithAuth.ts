/**
 * Sending a signed request, answering one auth challenge: when the response is a `401` (or a
 * `403`, as postman-runtime allows) and the auth's scheme can answer it (Digest's
 * `WWW-Authenticate`), the request goes out once more, signed with the challenge, and that answer
 * is the one scripts see (as Newman replays it). When the challenge cannot be seen (a browser hides
 * `WWW-Authenticate` without CORS exposure), the result says so and which transport could.
 */
import { answerChallenge } from "../auth";
import type { AuthContext } from "../auth/types";
import { headerValue } from "../http/headers";
import type { HttpRequest, SendResult } from "../http/transport";
import type { Auth } from "../model";

/** The request as signed, the same request before signing, and what signed it. */
export interface SignedSend {
  http: HttpRequest;
  unsigned: HttpRequest;
  auth: Auth;
  ctx: AuthContext;
}

/** What went out last, its answer, and warnings for the user. */
export interface SentWithAuth {
  http: HttpRequest;
  result: SendResult;
  warnings: string[];
}

/** Types whose scheme answers a `401` challenge. */
const CHALLENGED: ReadonlySet<string> = new Set(["digest"]);

/** Send `signed.http`; on a 401 the scheme can answer, send once more with its answer. */
export async function sendWithAuth(
  signed: SignedSend,
  send: (http: HttpRequest) => Promise<SendResult>,
): Promise<SentWithAuth> {
  const first = await send(signed.http);
  const warnings: string[] = [];
  if (
    !first.ok ||
    (first.response.status !== 401 && first.response.status !== 403) ||
    !CHALLENGED.has(signed.auth.type)
  ) {
    return { http: signed.http, result: first, warnings };
  }
  const { headers, status } = first.response;
  if (headerValue(headers, "www-authenticate") === undefined) {
    const transport = signed.ctx.transport;
    if (transport && !transport.capabilities.anyHeader) {
      warnings.push(
        `The server answered ${status}, but its ${signed.auth.type} challenge (WWW-Authenticate) is hidden from ${transport.name}: ` +
          "the server must list it in Access-Control-Expose-Headers, or send through the Satchel agent, which sees every header",
      );
    }
    return { http: signed.http, result: first, warnings };
  }
  const answered = await answerChallenge(
    signed.unsigned,
    { status, headers },
    signed.auth,
    signed.ctx,
  );
  if (!answered) return { http: signed.http, result: first, warnings };
  if (!answered.ok) {
    warnings.push(answered.error.message);
    return { http: signed.http, result: first, warnings };
  }
  warnings.push(...answered.value.warnings);
  return { http: answered.value.http, result: await send(answered.value.http), warnings };
}
