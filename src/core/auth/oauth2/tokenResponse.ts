/**
 * Reading a token endpoint's answer (RFC 6749 §5.1 success, §5.2 error) into a stored token or
 * an error that says what the server or the transport said. Servers answer JSON, and some older
 * ones (GitHub without `Accept`) `application/x-www-form-urlencoded`; both are read.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5
 */
import type { Deps } from "../../factory";
import type { SendResult } from "../../http/transport";
import { decodeUtf8 } from "../../pipeline/decode";
import type { AppError, Result } from "../../result";
import { err, ok } from "../../result";
import type { OAuth2Token } from "../types";

/** What the token is for, to fill the stored token's name and origin. */
export interface TokenMeta {
  name: string;
  tokenUrl: string;
  clientId?: string;
  /** When refreshing: the token being replaced (its id, name and refresh token carry over). */
  previous?: OAuth2Token;
  /** The transport's name, for the error when it could not reach the endpoint. */
  transportName: string;
}

/** Decodes `a=b&c=d` (form encoding: `+` is a space). */
export function parseForm(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? "" : pair.slice(eq + 1);
    try {
      out[decodeURIComponent(key.replace(/\+/g, " "))] = decodeURIComponent(
        value.replace(/\+/g, " "),
      );
    } catch {
      out[key] = value;
    }
  }
  return out;
}

/** The body's fields: a JSON object, else form-encoded pairs; undefined when neither. */
function fields(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }
  return /^[^\s=&<]+=/.test(trimmed) ? parseForm(trimmed) : undefined;
}

const str = (v: unknown): string | undefined =>
  typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined;

const failed = (error: AppError) => err(error);

/** The words for a send that got no response. */
export function unreachable(result: SendResult & { ok: false }, meta: TokenMeta): AppError {
  const { error } = result;
  if (error.code === "CORS_BLOCKED") {
    return {
      code: "AUTH_FAILED",
      message: `The browser blocked the token request to ${meta.tokenUrl} (CORS): the token endpoint does not allow requests from this page through the ${meta.transportName} transport`,
      hint: "Switch the transport to the local agent or a team proxy, which can reach the token endpoint, and get the token again",
    };
  }
  return {
    code: "AUTH_FAILED",
    message: `The token request to ${meta.tokenUrl} failed: ${error.message}`,
    ...(error.hint ? { hint: error.hint } : {}),
  };
}

/** The server's token fields as a stored token (new id unless refreshing). */
export function tokenFromFields(
  body: Record<string, unknown>,
  meta: TokenMeta,
  deps: Deps,
): OAuth2Token | undefined {
  const accessToken = str(body.access_token);
  if (!accessToken) return undefined;
  const now = deps.clock.now();
  const expiresIn = Number(body.expires_in);
  const previous = meta.previous;
  const token: OAuth2Token = {
    id: previous?.id ?? deps.random.uuid(),
    name: previous?.name ?? meta.name,
    accessToken,
    createdAt: now,
    tokenUrl: meta.tokenUrl,
  };
  const tokenType = str(body.token_type);
  if (tokenType) token.tokenType = tokenType;
  const refreshToken = str(body.refresh_token) ?? previous?.refreshToken;
  if (refreshToken) token.refreshToken = refreshToken;
  const idToken = str(body.id_token);
  if (idToken) token.idToken = idToken;
  const scope = str(body.scope) ?? previous?.scope;
  if (scope) token.scope = scope;
  if (Number.isFinite(expiresIn) && expiresIn > 0) token.expiresAt = now + expiresIn * 1000;
  const clientId = meta.clientId ?? previous?.clientId;
  if (clientId) token.clientId = clientId;
  return token;
}

/** An `error` (+ `error_description`, `error_uri`) answer in words. */
function serverError(body: Record<string, unknown>, meta: TokenMeta, status: number): AppError {
  const code = str(body.error) ?? `HTTP ${status}`;
  const description = str(body.error_description);
  const uri = str(body.error_uri);
  return {
    code: "AUTH_FAILED",
    message: `The token endpoint ${meta.tokenUrl} refused: ${code}${description ? ` (${description})` : ""}`,
    ...(uri ? { hint: `See ${uri}` } : {}),
  };
}

/** Reads one token endpoint answer. */
export function readTokenResponse(
  result: SendResult,
  meta: TokenMeta,
  deps: Deps,
): Result<OAuth2Token> {
  if (!result.ok) return failed(unreachable(result, meta));
  const { response } = result;
  const body = fields(decodeUtf8(response.body));
  if (body && str(body.error)) return failed(serverError(body, meta, response.status));
  if (response.status < 200 || response.status >= 300) {
    return failed({
      code: "AUTH_FAILED",
      message:
        `The token endpoint ${meta.tokenUrl} answered ${response.status} ${response.statusText}`.trim(),
    });
  }
  const token = body && tokenFromFields(body, meta, deps);
  if (!token) {
    return failed({
      code: "AUTH_FAILED",
      message: `The token endpoint ${meta.tokenUrl} answered without an access_token`,
    });
  }
  return ok(token);
}
