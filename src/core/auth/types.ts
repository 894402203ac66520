/**
 * The auth seam of the pipeline: each Postman auth type is one {@link AuthScheme} that signs or
 * decorates a resolved request before it is sent, and may answer one challenge (Digest's 401).
 * Schemes are pure over their inputs: the clock, randomness, the transport (token requests) and
 * stored tokens come in through {@link AuthContext}, so they run alike in the browser, a worker
 * and Node.
 * @see ../../../../shared/postman-semantics.md
 */
import type { Deps } from "../factory";
import type {
  ConnectionHandshake,
  HttpRequest,
  Transport,
  TransportCapabilities,
} from "../http/transport";
import type { Auth, AuthType } from "../model";
import type { Result } from "../result";

/** A stored OAuth 2.0 token (token manager; Postman keeps them per collection). */
export interface OAuth2Token {
  id: string;
  name: string;
  accessToken: string;
  tokenType?: string;
  refreshToken?: string;
  idToken?: string;
  scope?: string;
  /** Epoch ms when the access token expires; absent when the server gave no `expires_in`. */
  expiresAt?: number;
  /** Epoch ms when it was obtained. */
  createdAt: number;
  /** The token endpoint that issued it (for refresh). */
  tokenUrl?: string;
  clientId?: string;
}

/**
 * Where OAuth 2.0 tokens live for a host: the browser's token manager keeps them in IndexedDB per
 * collection; `satchel run` has none (it uses the `accessToken` attribute, as Newman does).
 */
export interface OAuth2TokenStore {
  /** The token a request with this auth would use (by the auth's token name), if any. */
  current(owner: string, auth: Auth): Promise<OAuth2Token | undefined>;
  /** Keep a new or refreshed token. */
  save(owner: string, token: OAuth2Token): Promise<void>;
}

/** What a scheme may use besides the request and its auth. */
export interface AuthContext {
  deps: Deps;
  /** The transport the request goes through: token requests use it too. */
  transport?: Transport;
  /** Stored OAuth 2.0 tokens and the id of the collection that owns them. */
  tokens?: { store: OAuth2TokenStore; owner: string };
}

/** A signed or decorated request, and what the user should hear about it. */
export interface AuthApplied {
  http: HttpRequest;
  warnings: string[];
  /**
   * A handshake the transport must hold one connection for (NTLM); the pipeline passes it on as
   * SendOptions.handshake. Only given when `ctx.transport.supportsHandshake`.
   */
  handshake?: ConnectionHandshake;
}

/** The part of a response a challenge needs. */
export interface ChallengeResponse {
  status: number;
  headers: [string, string][];
}

/**
 * One auth type. `apply` runs once the request is resolved; `retry`, when present, sees the
 * response and may return the request to send once more (Digest answers `401` +
 * `WWW-Authenticate`). Errors use the code `AUTH_FAILED` (or `AUTH_UNSUPPORTED` when this host or
 * transport cannot do the scheme) and a message that names what is missing or wrong.
 */
export interface AuthScheme {
  type: AuthType;
  apply(http: HttpRequest, auth: Auth, ctx: AuthContext): Promise<Result<AuthApplied>>;
  retry?(
    unsigned: HttpRequest,
    response: ChallengeResponse,
    auth: Auth,
    ctx: AuthContext,
  ): Promise<Result<AuthApplied> | undefined>;
  /**
   * What the transport must be able to do; when it cannot, the request carries a warning naming
   * the transport that can. `connectionHandshake` (NTLM) is checked by the scheme itself against
   * `Transport.supportsHandshake`: only `satchel run`'s Node transport has it.
   */
  needs?: Partial<TransportCapabilities> & { connectionHandshake?: boolean };
}
