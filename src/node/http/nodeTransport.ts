/**
 * The Transport over node:http / node:https for `satchel run` and the local agent: no CORS, any
 * header, Set-Cookie visible, redirects under our control, TLS verification optional.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import http from "node:http";
import https from "node:https";
import type {
  HttpRequest,
  SendOptions,
  SendResult,
  Transport,
  TransportCapabilities,
} from "../../core/http/transport";
import { decompress } from "./decompress";
import { encodeBody } from "./encodeBody";
import { AGENTS, closedWhileReused, mayRetry, settleIdleSockets } from "./pool";
import type { Failure } from "./pool";
import { nextHop } from "./redirect";
import type { Hop } from "./redirect";
import { sendErrorOf } from "./sendError";

/** How the Node transport behaves when a send's options say nothing. */
export interface NodeTransportOptions {
  /** Accept any TLS certificate (self-signed servers). Default false. */
  insecure?: boolean;
  /** Follow 3xx responses (default true); SendOptions.followRedirects overrides per send. */
  followRedirects?: boolean;
  /** Most redirects followed before the 3xx is returned as is. Default 10. */
  maxRedirects?: number;
}

const CAPABILITIES: TransportCapabilities = {
  anyHeader: true,
  seesSetCookie: true,
  controlsRedirects: true,
  timingPhases: false,
  tlsOptions: true,
  privateNetwork: true,
};

interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
}

const pairs = (raw: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);
  return out;
};

/**
 * An exchange's error: Node's message and code (what sendErrorOf reads), Node's error as `cause`,
 * and what the retry rule needs to know.
 */
class ExchangeError extends Error {
  readonly code: unknown;
  constructor(
    cause: unknown,
    readonly failure: Failure,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.code = failure.code;
  }
}

/**
 * One request/response exchange, on a pooled connection or (`fresh`) a new one that is closed
 * afterwards; rejects with an ExchangeError (or the abort) on failure.
 */
function exchange(
  hop: Hop,
  signal: AbortSignal,
  insecure: boolean,
  fresh: boolean,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(hop.url);
    const secure = url.protocol === "https:";
    const lib = secure ? https : http;
    const agent = fresh ? false : secure ? AGENTS.https : AGENTS.http;
    const headers = hop.headers.flat();
    if (!hop.headers.some(([k]) => k.toLowerCase() === "host")) headers.push("Host", url.host);
    let responded = false;
    const fail = (cause: unknown) =>
      reject(
        new ExchangeError(cause, {
          method: hop.method,
          reusedSocket: req.reusedSocket,
          responded,
          code: (cause as { code?: unknown } | null)?.code,
        }),
      );
    const req = lib.request(
      url,
      { method: hop.method, headers, signal, agent, rejectUnauthorized: !insecure },
      (res: IncomingMessage) => {
        responded = true;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", fail);
        res.on("end", () => {
          const headerPairs = pairs(res.rawHeaders);
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? "",
            headers: headerPairs,
            body: decompress(Buffer.concat(chunks), headerPairs),
          });
        });
      },
    );
    req.on("error", fail);
    req.end(hop.body.length ? hop.body : undefined);
  });
}

/**
 * An exchange guarded against a pooled connection the server closed (see ./pool): idle sockets
 * are settled before one is taken, and an idempotent request that still failed on a reused socket
 * before any response byte is sent once more on a new connection.
 */
async function guardedExchange(hop: Hop, signal: AbortSignal, insecure: boolean): Promise<Answer> {
  await settleIdleSockets(hop.url.startsWith("https:") ? AGENTS.https : AGENTS.http);
  try {
    return await exchange(hop, signal, insecure, false);
  } catch (e) {
    if (signal.aborted || !(e instanceof ExchangeError) || !mayRetry(e.failure)) throw e;
    return exchange(hop, signal, insecure, true);
  }
}

/** The first hop: the request's headers plus Content-Type/Length the body implies. */
function firstHop(request: HttpRequest): { hop: Hop; warnings: string[] } {
  const encoded = encodeBody(request.body, `----satchel${randomBytes(12).toString("hex")}`);
  const headers = [...request.headers];
  const has = (name: string) => headers.some(([k]) => k.toLowerCase() === name);
  if (encoded.contentType && !has("content-type"))
    headers.push(["Content-Type", encoded.contentType]);
  if (request.body && !has("content-length") && !has("transfer-encoding")) {
    headers.push(["Content-Length", String(encoded.bytes.length)]);
  }
  const hop: Hop = { method: request.method, url: request.url, headers, body: encoded.bytes };
  return { hop, warnings: encoded.warnings };
}

async function send(
  request: HttpRequest,
  options: SendOptions,
  config: NodeTransportOptions,
): Promise<SendResult> {
  let parsed: URL;
  try {
    parsed = new URL(request.url);
  } catch {
    return {
      ok: false,
      error: { code: "INVALID_URL", message: `"${request.url}" is not a valid URL` },
    };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return {
      ok: false,
      error: {
        code: "INVALID_URL",
        message: `Only http and https URLs can be sent, not ${parsed.protocol}`,
      },
    };
  }
  if (options.signal?.aborted) {
    return { ok: false, error: { code: "CANCELLED", message: "The request was cancelled" } };
  }
  const controller = new AbortController();
  let why: "TIMEOUT" | "CANCELLED" | undefined;
  const cancel = () => {
    why ??= "CANCELLED";
    controller.abort();
  };
  options.signal?.addEventListener("abort", cancel);
  const timeoutMs = options.timeoutMs ?? 0;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          why ??= "TIMEOUT";
          controller.abort();
        }, timeoutMs)
      : undefined;
  const follow = options.followRedirects ?? config.followRedirects ?? true;
  const started = performance.now();
  const first = firstHop(request);
  const warnings = first.warnings;
  let hop = first.hop;
  let redirected = false;
  try {
    for (let count = 0; ; count++) {
      const answer = await guardedExchange(hop, controller.signal, config.insecure ?? false);
      const next = follow && count < (config.maxRedirects ?? 10) ? nextHop(hop, answer) : undefined;
      if (next) {
        hop = next;
        redirected = true;
        continue;
      }
      const response = {
        ...answer,
        body: new Uint8Array(answer.body.buffer, answer.body.byteOffset, answer.body.length),
        timeMs: Math.round(performance.now() - started),
        url: hop.url,
        redirected,
      };
      return warnings.length
        ? {
            ok: true,
            response,
            warnings: warnings.map((message) => ({ code: "BODY_NOT_SENT", message })),
          }
        : { ok: true, response };
    }
  } catch (e) {
    if (why === "TIMEOUT") {
      return {
        ok: false,
        error: {
          code: "TIMEOUT",
          message: `No response within ${timeoutMs} ms`,
          hint: "Raise the request timeout",
        },
      };
    }
    if (why === "CANCELLED") {
      return { ok: false, error: { code: "CANCELLED", message: "The request was cancelled" } };
    }
    const error = sendErrorOf(e, hop.url);
    if (e instanceof ExchangeError && closedWhileReused(e.failure)) {
      error.hint = `The server closed a kept-alive connection as the request went out; a ${hop.method} is not sent twice automatically, so send it again if it did not take effect`;
    }
    return { ok: false, error };
  } finally {
    if (timer) clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

/** A Transport that sends with Node's own HTTP client. */
export function makeNodeTransport(options: NodeTransportOptions = {}): Transport {
  return {
    name: "node",
    capabilities: CAPABILITIES,
    send: (request, sendOptions) => send(request, sendOptions ?? {}, options),
  };
}
