/**
 * A send with its response body still streaming: redirects followed (or not) with every hop
 * recorded, timeout and cancel over the whole exchange, body included, and timing phases once
 * the body has ended. The Node transport collects the body; the agent streams it on to the page.
 */
import type { Agent, IncomingMessage } from "node:http";
import type {
  AbortSignalLike,
  ConnectionHandshake,
  RedirectHop,
  SendError,
  TimingPhases,
} from "../../core/http/transport";
import type { BodySource } from "./bodySource";
import { replayable } from "./bodySource";
import type { Answer, ExchangeContext } from "./exchange";
import { exchange, ExchangeError } from "./exchange";
import { guardedPools } from "./guard";
import type { TargetPolicy } from "./guard";
import { HandshakeFailed, handshakeAgent, handshakeExchange } from "./handshake";
import { AGENTS, closedWhileReused, mayRetry, settleIdleSockets } from "./pool";
import { nextHop, redirectTarget } from "./redirect";
import type { Hop, RedirectRules } from "./redirect";
import { sendErrorOf } from "./sendError";
import type { Marks } from "./timings";
import { now, phases } from "./timings";
import type { ResolvedTls } from "./tls";

/** A request as it goes on the wire: headers final, body bytes ready. */
export interface RawRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: BodySource;
}

export interface StreamSendOptions {
  signal?: AbortSignalLike;
  /** Whole send, body included; 0 or absent: none. */
  timeoutMs?: number;
  followRedirects?: boolean;
  /** Default 10; a redirect past it fails the send (as Newman's "Exceeded maxRedirects"). */
  maxRedirects?: number;
  /** What a redirect does to the method, body, Authorization, Referer and Cookie (./redirect.ts). */
  redirectRules?: RedirectRules;
  /** Accept malformed HTTP from the server. */
  insecureHTTPParser?: boolean;
  tls: ResolvedTls;
  /** Upstream HTTP proxy URL. */
  proxy?: string;
  policy?: TargetPolicy;
  /** A connection-bound auth handshake for the first hop (./handshake.ts). */
  handshake?: ConnectionHandshake;
}

/** The final response with its body still to read (once). */
export interface StreamedResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  url: string;
  redirected: boolean;
  redirects: RedirectHop[];
  warnings: SendError[];
  /** The raw body (still Content-Encoded). Read it to its end, or call `abort`. */
  body: IncomingMessage;
  /** Settles when the body has ended (the phases) or failed (why: TIMEOUT, CANCELLED, …). */
  done: Promise<{ ok: true; timings: TimingPhases } | { ok: false; error: SendError }>;
  /** Stop: aborts the upstream request (the reader went away). */
  abort(): void;
}

export type StreamSendResult =
  { ok: true; response: StreamedResponse } | { ok: false; error: SendError };

const cancelled = (): SendError => ({ code: "CANCELLED", message: "The request was cancelled" });
const timedOut = (ms: number): SendError => ({
  code: "TIMEOUT",
  message: `No response within ${ms} ms`,
  hint: "Raise the request timeout",
});
const setCookieLines = (headers: [string, string][]) =>
  headers.filter(([k]) => k.toLowerCase() === "set-cookie").map(([, v]) => v);

/** Newman's words for a redirect past the limit (postman-request's lib/redirect.js). */
const tooManyRedirects = (max: number, url: string): SendError => ({
  code: "NETWORK",
  reason: "TOO_MANY_REDIRECTS",
  message: `Exceeded maxRedirects. Probably stuck in a redirect loop ${url}`,
  hint: `More than ${max} redirects: raise the limit (maxRedirects) or stop following redirects`,
});
const refused = (message: string): SendError => ({
  code: "NETWORK",
  reason: "TARGET_REFUSED",
  message,
});

/**
 * An exchange guarded against a pooled connection the server closed (see ./pool): idle sockets
 * are settled before one is taken, and an idempotent request with a replayable body that still
 * failed on a reused socket before any response byte is sent once more on a new connection.
 */
async function guardedExchange(hop: Hop, ctx: ExchangeContext, marks: Marks): Promise<Answer> {
  if (!ctx.proxy) {
    const pools = ctx.policy ? guardedPools(ctx.policy) : AGENTS;
    await settleIdleSockets(hop.url.startsWith("https:") ? pools.https : pools.http);
    marks.start = now();
  }
  try {
    return await exchange(hop, ctx, marks, false);
  } catch (e) {
    const retry = e instanceof ExchangeError && mayRetry(e.failure) && replayable(hop.body);
    if (ctx.signal.aborted || !retry) throw e;
    marks.start = now();
    delete marks.lookup;
    delete marks.connect;
    delete marks.secure;
    return exchange(hop, ctx, marks, true);
  }
}

/** Drain a redirect response so its connection can be reused; settles at its end. */
function drain(res: IncomingMessage, marks: Marks): Promise<void> {
  return new Promise((resolve) => {
    res.once("end", () => {
      marks.end = now();
      resolve();
    });
    res.once("error", () => resolve());
    res.once("close", () => resolve());
    res.resume();
  });
}

/** Send `request`; resolves when the final response's headers have arrived. */
export async function sendStream(
  request: RawRequest,
  options: StreamSendOptions,
): Promise<StreamSendResult> {
  if (options.signal?.aborted) return { ok: false, error: cancelled() };
  let proxy: URL | undefined;
  if (options.proxy) {
    try {
      proxy = new URL(options.proxy);
    } catch {
      return {
        ok: false,
        error: { code: "INVALID_URL", message: `The proxy "${options.proxy}" is not a URL` },
      };
    }
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
  // A handshake's one-socket agent lives until the send ends, then closes its connection.
  let pinned: Agent | undefined;
  const cleanup = () => {
    pinned?.destroy();
    if (timer) clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  };
  const stopped = () =>
    why === "TIMEOUT" ? timedOut(timeoutMs) : why === "CANCELLED" ? cancelled() : undefined;

  const ctx: ExchangeContext = {
    signal: controller.signal,
    tls: options.tls,
    proxy,
    policy: options.policy,
    ...(options.insecureHTTPParser ? { insecureHTTPParser: true } : {}),
  };
  const rules = options.redirectRules ?? {};
  const follow = options.followRedirects ?? true;
  const max = options.maxRedirects ?? 10;
  const sendStart = now();
  const redirects: RedirectHop[] = [];
  const warnings: SendError[] = [];
  let hop: Hop = { ...request };
  try {
    for (;;) {
      const url = new URL(hop.url);
      const refusal = options.policy?.checkUrl(url);
      if (refusal) {
        cleanup();
        return { ok: false, error: refused(refusal) };
      }
      const marks: Marks = { start: now() };
      let answer: Answer;
      if (options.handshake && redirects.length === 0) {
        pinned = handshakeAgent(url, options.policy);
        const shaken = await handshakeExchange(hop, ctx, marks, options.handshake, pinned);
        hop = shaken.hop;
        answer = shaken.answer;
      } else {
        answer = await guardedExchange(hop, ctx, marks);
      }
      // A redirect's cookies are kept first: Newman's jar keeps them even past the limit.
      if (follow && rules.cookies && redirectTarget(hop.url, answer)) {
        const lines = setCookieLines(answer.headers);
        if (lines.length > 0) rules.cookies.store(hop.url, lines);
      }
      if (follow && redirects.length >= max && redirectTarget(hop.url, answer)) {
        answer.res.destroy();
        cleanup();
        return { ok: false, error: tooManyRedirects(max, hop.url) };
      }
      let next = follow ? nextHop(hop, answer, rules) : undefined;
      if (next && !replayable(next.body)) {
        warnings.push({
          code: "BODY_NOT_SENT",
          message: `The ${answer.status} redirect to ${next.url} was not followed: it asks for the body again, and a body this large is streamed, not kept`,
        });
        next = undefined;
      }
      if (!next) {
        const res = answer.res;
        const done = new Promise<
          { ok: true; timings: TimingPhases } | { ok: false; error: SendError }
        >((resolve) => {
          res.once("end", () => {
            marks.end = now();
            cleanup();
            resolve({ ok: true, timings: phases(marks, sendStart, redirects.length === 0) });
          });
          const broke = (e?: unknown) => {
            cleanup();
            const error =
              stopped() ??
              (e
                ? {
                    ...sendErrorOf(e, hop.url),
                    message: `The connection broke while the response was downloading: ${e instanceof Error ? e.message : String(e)}`,
                  }
                : {
                    code: "NETWORK" as const,
                    message: "The connection closed before the response ended",
                  });
            resolve({ ok: false, error });
          };
          res.on("error", broke);
          res.once("close", () => {
            if (!res.complete) broke();
          });
        });
        return {
          ok: true,
          response: {
            status: answer.status,
            statusText: answer.statusText,
            headers: answer.headers,
            url: hop.url,
            redirected: redirects.length > 0,
            redirects,
            warnings,
            body: res,
            done,
            abort: cancel,
          },
        };
      }
      await drain(answer.res, marks);
      redirects.push({
        method: hop.method,
        url: hop.url,
        status: answer.status,
        statusText: answer.statusText,
        location: answer.headers.find(([k]) => k.toLowerCase() === "location")?.[1] ?? "",
        headers: answer.headers,
        timings: phases(marks, sendStart, redirects.length === 0),
      });
      hop = next;
    }
  } catch (e) {
    cleanup();
    const halted = stopped();
    if (halted) return { ok: false, error: halted };
    if (e instanceof HandshakeFailed) return { ok: false, error: e.error };
    if ((e as { code?: unknown } | null)?.code === "TARGET_REFUSED") {
      return { ok: false, error: refused((e as Error).message) };
    }
    const error = sendErrorOf(e, hop.url);
    if (proxy && error.code === "UNREACHABLE") {
      error.message = `Could not reach the upstream proxy ${proxy.host} (${String((e as { code?: unknown }).code)})`;
      error.hint = "Check the proxy setting";
    }
    if (e instanceof ExchangeError && closedWhileReused(e.failure)) {
      error.hint = `The server closed a kept-alive connection as the request went out; a ${hop.method} is not sent twice automatically, so send it again if it did not take effect`;
    }
    return { ok: false, error };
  }
}
