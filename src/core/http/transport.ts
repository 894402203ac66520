/**
 * The Transport seam (../shared/ARCHITECTURE.md): how a resolved request leaves the app.
 * Implementations: browser fetch (src/ui/transport), later the local agent and Node's client.
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
        | { type: "text"; name: string; value: string }
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

export interface SendOptions {
  signal?: AbortSignalLike;
  /** Milliseconds; 0 means none. */
  timeoutMs?: number;
  followRedirects?: boolean;
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
  send(request: HttpRequest, options?: SendOptions): Promise<SendResult>;
}
