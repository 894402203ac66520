/**
 * The Transport seam (../shared/ARCHITECTURE.md): how a resolved request leaves the app.
 * Implementations: browser fetch, the local agent and a team proxy (src/ui/transport), and Node's
 * own client (src/node/http), which the agent wraps.
 */

/** A request with every {{variable}} resolved and auth applied, ready to send. */
export interface HttpRequest {
  method: string;
  url: string;
  /** In order; duplicates allowed. */
  headers: [string, string][];
  body?: HttpBody;
}

export type HttpBody =
  | { kind: "text"; text: string }
  | { kind: "urlencoded"; fields: [string, string][] }
  | {
      kind: "multipart";
      fields: (
        | { type: "text"; name: string; value: string; contentType?: string }
        | { type: "file"; name: string; fileId?: string; fileName?: string; contentType?: string }
      )[];
    }
  | { kind: "file"; fileId?: string; fileName?: string; contentType?: string };

/** The part of AbortSignal core relies on (core has no DOM lib). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/**
 * TLS settings for one send, honoured by transports whose `capabilities.tlsOptions` is true.
 * Certificates and keys are PEM text (the agent protocol carries nothing else; `satchel run` may
 * also name files, see src/node/http/tls.ts).
 */
export interface TlsOptions {
  /** Check the server's certificate chain and name (default true). */
  verify?: boolean;
  /** Client certificate (PEM) for mutual TLS, with its key. */
  clientCert?: string;
  clientKey?: string;
  /** Passphrase of an encrypted `clientKey`. */
  passphrase?: string;
  /** Extra trusted CA certificates (PEM), added to the default roots. */
  ca?: string;
}

export interface SendOptions {
  signal?: AbortSignalLike;
  /** Milliseconds; 0 means none. */
  timeoutMs?: number;
  followRedirects?: boolean;
  /** TLS settings; transports without `tlsOptions` ignore them. */
  tls?: TlsOptions;
  /**
   * An upstream HTTP proxy, `http://[user:pass@]host:port` (CONNECT for https targets); only
   * transports that run outside the browser use it.
   */
  proxy?: string;
  /**
   * Most redirects followed; one more fails the send as Newman's does ("Exceeded maxRedirects…").
   * Default: the transport's own (10 for Node). Only transports that control redirects use it.
   */
  maxRedirects?: number;
  /**
   * Follow every redirect with the original method and body (Postman's followOriginalHttpMethod).
   * Default: a redirect other than 307/308 turns into a GET without body (HEAD stays HEAD).
   */
  followOriginalHttpMethod?: boolean;
  /** Keep Authorization when a redirect leads to another host name (followAuthorizationHeader). */
  followAuthorizationHeader?: boolean;
  /**
   * Send no Referer on redirect hops (removeRefererHeaderOnRedirect). Default: each hop after the
   * first carries `Referer: <the previous URL>`, as Newman's requester does.
   */
  removeRefererHeaderOnRedirect?: boolean;
  /** Accept malformed HTTP from the server (Node's insecureHTTPParser; Postman's option). */
  insecureHTTPParser?: boolean;
  /**
   * The run's cookie jar for the hops after the first, for transports that follow redirects
   * themselves: each redirect response's Set-Cookie lines go to `store` before the next hop, and
   * the next hop's Cookie header is `header(url)` (none when undefined) — so a cookie set on a
   * hop is sent on the next, as in Newman. The first request goes out with its headers as given.
   */
  cookies?: RedirectCookies;
  /**
   * An auth handshake bound to one connection (NTLM, MS-NTHT): the request goes out with
   * `start()`'s Authorization, and again with each of `answer`'s on the same kept-alive
   * connection. Only transports with `supportsHandshake` honour it; others must not be given one
   * (the auth scheme refuses first). Redirects after the handshake follow the usual rules.
   */
  handshake?: ConnectionHandshake;
}

/**
 * What one connection-bound handshake says at each step (SendOptions.handshake). A step is an
 * Authorization value (send the request again with it, on the same connection), an error (the
 * send fails with it: the server's challenge could not be answered), or undefined (the response
 * just read is the answer).
 */
export interface ConnectionHandshake {
  /**
   * The handshake as data, for a transport that runs it on another machine (the agent and the
   * team proxy rebuild it there from this); absent, only an in-process transport can run it.
   */
  readonly spec?: HandshakeSpec;
  /** The Authorization value of the first request; undefined sends it without one. */
  start(): string | undefined;
  /** Given the last response's status and headers, the next step. */
  answer(response: {
    status: number;
    headers: [string, string][];
  }): string | { error: string } | undefined;
}

/** A connection-bound handshake as data: NTLM and the credentials it answers with. */
export interface HandshakeSpec {
  scheme: "ntlm";
  user: string;
  password: string;
  domain: string;
  workstation: string;
}

/** The cookie jar as a transport sees it while following redirects (SendOptions.cookies). */
export interface RedirectCookies {
  /** The whole Cookie header to send to `url` (the user's own and the jar's), or undefined. */
  header(url: string): string | undefined;
  /** Keep the Set-Cookie lines of the response `url` gave. */
  store(url: string, setCookies: readonly string[]): void;
}

/**
 * Where the time of one exchange went, in milliseconds, measured from the sending side's socket
 * events. The five phases follow each other without gaps or overlap, so
 * `redirectMs + dnsMs + connectMs + tlsMs + firstByteMs + downloadMs ≈ totalMs`; a phase that
 * did not happen (DNS for an IP address, TCP and TLS on a reused connection, TLS for http) is 0.
 */
export interface TimingPhases {
  /** Name resolution (and waiting for a socket before it). */
  dnsMs: number;
  /** TCP connect (to the upstream proxy when there is one, including its CONNECT). */
  connectMs: number;
  /** TLS handshake. */
  tlsMs: number;
  /** From a ready connection to the first byte of the response: sending the request and the
   * server's think time. */
  firstByteMs: number;
  /** From the first byte to the last byte of the response body. */
  downloadMs: number;
  /** Earlier redirect hops, before the final request went out (0 without redirects). */
  redirectMs?: number;
  /** The whole send, first request to last byte. */
  totalMs: number;
}

/** One redirect response on the way to the final one. */
export interface RedirectHop {
  /** The request that got this answer. */
  method: string;
  url: string;
  status: number;
  statusText: string;
  /** The Location header as sent (may be relative to `url`). */
  location: string;
  /** Every header of the redirect response, in order, repeats kept. */
  headers: [string, string][];
  timings?: TimingPhases;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** Raw body bytes. */
  body: Uint8Array;
  timeMs: number;
  url: string;
  redirected: boolean;
  /**
   * Phases of the final exchange and the total, when the transport can see them
   * (`capabilities.timingPhases`: Node, the agent, the proxy); absent for fetch.
   */
  timings?: TimingPhases;
  /**
   * The redirect responses before this one, in order, when the transport controls redirects;
   * empty when none happened, absent when the transport cannot see them (fetch).
   */
  redirects?: RedirectHop[];
}

/**
 * Why a send failed, or (as a warning beside a response) what it left out, in terms a user can
 * act on. BODY_NOT_SENT is only ever a warning: the request went out without (part of) its body,
 * e.g. a GET body in a browser, whose fetch cannot send one.
 */
export type SendErrorCode =
  | "CORS_BLOCKED"
  | "UNREACHABLE"
  | "MIXED_CONTENT"
  | "TIMEOUT"
  | "CANCELLED"
  | "FORBIDDEN_HEADER"
  | "BODY_NOT_SENT"
  | "INVALID_URL"
  | "NETWORK";

export interface SendError {
  code: SendErrorCode;
  message: string;
  /** What would fix it (e.g. the header the server must send). */
  hint?: string;
  /** Headers the browser refused to send (FORBIDDEN_HEADER). */
  headers?: string[];
  /**
   * The transport's own finer reason, a SCREAMING_SNAKE code (e.g. the agent's `TOKEN_INVALID`
   * or `TARGET_REFUSED`, see src/core/agent/protocol.ts), for a UI that acts on it.
   */
  reason?: string;
}

/**
 * A send either produced a response (possibly with warnings, e.g. headers the browser dropped)
 * or failed with a reason.
 */
export type SendResult =
  { ok: true; response: HttpResponse; warnings?: SendError[] } | { ok: false; error: SendError };

/** What a transport can do; the UI explains the gaps (e.g. "Set-Cookie is hidden by the browser"). */
export interface TransportCapabilities {
  anyHeader: boolean;
  seesSetCookie: boolean;
  controlsRedirects: boolean;
  timingPhases: boolean;
  tlsOptions: boolean;
  privateNetwork: boolean;
}

/** A transport that lifts none of the browser's limits (fetch in a page or worker). */
export const NO_CAPABILITIES: TransportCapabilities = Object.freeze({
  anyHeader: false,
  seesSetCookie: false,
  controlsRedirects: false,
  timingPhases: false,
  tlsOptions: false,
  privateNetwork: false,
});

export interface Transport {
  readonly name: string;
  readonly capabilities: TransportCapabilities;
  /**
   * Honours SendOptions.handshake, holding one connection for it (the Node transport, so
   * `satchel run`); absent means no (fetch, the agent and proxy clients).
   */
  readonly supportsHandshake?: boolean;
  send(request: HttpRequest, options?: SendOptions): Promise<SendResult>;
}
