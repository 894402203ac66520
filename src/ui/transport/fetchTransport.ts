/**
 * The browser's Transport: sends with fetch, explains failures instead of guessing (a failed
 * request is probed with a `no-cors` request to tell CORS from an unreachable host), and answers
 * the app's own `/echo` in-page until the service worker takes over.
 */
import { isEchoUrl } from "../../core/echo/echo";
import { NO_CAPABILITIES } from "../../core/http/transport";
import type {
  HttpRequest,
  SendError,
  SendOptions,
  SendResult,
  Transport,
  TransportCapabilities,
} from "../../core/http/transport";
import type { FileResolver } from "./buildInit";
import { buildInit } from "./buildInit";
import { corsBlocked, hostPort, preflightNeeds, unreachable } from "./cors";
import { echoFetch } from "./echoFallback";
import { readBody } from "./readBody";
import type { ResourceTimingSource } from "./resourceTiming";
import { resourcePhases } from "./resourceTiming";

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Everything the browser transport reads from its surroundings; all optional (tests fake them). */
export interface FetchTransportOptions {
  fetch?: FetchLike;
  /** The app's origin; default `location.origin`. */
  pageOrigin?: string;
  /** Answer the app's `/echo` in-page when no service worker controls the page (default true). */
  echo?: boolean;
  /** Whether a service worker controls the page; default reads `navigator.serviceWorker`. */
  isControlled?: () => boolean;
  /** Default `navigator.onLine`. */
  isOnline?: () => boolean;
  /** Finds stored files for multipart and binary bodies. */
  resolveFile?: FileResolver;
  /** Response download progress. */
  onProgress?: (progress: { url: string; received: number; total?: number }) => void;
  /** Milliseconds for timing; default `performance.now`. */
  now?: () => number;
  /** Where Resource Timing entries come from; default `performance`. */
  timing?: ResourceTimingSource;
}

/** The request's phases once the browser has recorded its entry (after a turn of the loop). */
async function settledPhases(url: string, since: number, source?: ResourceTimingSource) {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return resourcePhases(url, since, source);
}

/** What fetch in a page can and cannot do. */
export const FETCH_CAPABILITIES: TransportCapabilities = NO_CAPABILITIES;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|.+\.localhost)$/i;

const fail = (error: SendError): SendResult => ({ ok: false, error });
const cancelled = () => fail({ code: "CANCELLED", message: "The request was cancelled." });
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Checks that need no network: a valid http(s) URL a page on `pageOrigin` may call. */
function precheck(raw: string, pageOrigin: string): URL | SendError {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: "INVALID_URL", message: `"${raw}" is not a valid URL.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      code: "INVALID_URL",
      message: `Only http and https URLs can be sent, not ${url.protocol}`,
    };
  }
  if (pageOrigin.startsWith("https:") && url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
    return {
      code: "MIXED_CONTENT",
      message: `This page is served over https, so the browser blocks plain http requests to ${hostPort(url)} (mixed content); fetch would fail.`,
      hint: "Use an https URL, or send through the local agent or `satchel run`.",
    };
  }
  return url;
}

/** Make the fetch-based Transport. */
export function makeFetchTransport(opts: FetchTransportOptions = {}): Transport {
  const doFetch: FetchLike = opts.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const pageOrigin = () => opts.pageOrigin ?? globalThis.location?.origin ?? "";
  const controlled =
    opts.isControlled ?? (() => Boolean(globalThis.navigator?.serviceWorker?.controller));
  const online = opts.isOnline ?? (() => globalThis.navigator?.onLine !== false);
  const now = opts.now ?? (() => performance.now());

  async function send(req: HttpRequest, options: SendOptions = {}): Promise<SendResult> {
    if (options.signal?.aborted) return cancelled();
    const origin = pageOrigin();
    const url = precheck(req.url, origin);
    if (!(url instanceof URL)) return fail(url);
    const built = await buildInit(req, opts.resolveFile);
    if (!built.ok) return fail(built.error);
    if (options.signal?.aborted) return cancelled();
    const { init, warnings, contentType } = built.value;

    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    options.signal?.addEventListener("abort", onAbort);
    const timeoutMs = options.timeoutMs ?? 0;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    init.signal = controller.signal;
    const stopped = (): SendResult | undefined => {
      if (timedOut) {
        return fail({
          code: "TIMEOUT",
          message: `No response within ${seconds(timeoutMs)}.`,
          hint: "Raise the timeout in Settings.",
        });
      }
      return options.signal?.aborted ? cancelled() : undefined;
    };

    const useEcho = opts.echo !== false && isEchoUrl(url.href, origin) && !controlled();
    const started = now();
    try {
      let response: Response;
      try {
        response = await (useEcho ? echoFetch : doFetch)(url.href, init);
      } catch (error) {
        return stopped() ?? (await diagnose(url, req, contentType, error, controller.signal));
      }
      try {
        const body = await readBody(response, (received, total) =>
          opts.onProgress?.({ url: url.href, received, ...(total ? { total } : {}) }),
        );
        const headers: [string, string][] = [];
        response.headers.forEach((value, name) => headers.push([name, value]));
        // The entry is queued once the body has arrived: let that task run first.
        const timings = useEcho ? undefined : await settledPhases(url.href, started, opts.timing);
        return {
          ok: true,
          response: {
            status: response.status,
            statusText: response.statusText,
            headers,
            body,
            timeMs: Math.max(0, now() - started),
            url: response.url || url.href,
            redirected: response.redirected,
            ...(timings ? { timings } : {}),
          },
          ...(warnings.length > 0 ? { warnings } : {}),
        };
      } catch (error) {
        return (
          stopped() ??
          fail({
            code: "NETWORK",
            message: `The connection broke while the response was downloading: ${String(error)}`,
          })
        );
      }
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    }

    /** fetch failed without saying why: probe with `no-cors` to tell CORS from unreachable. */
    async function diagnose(
      target: URL,
      request: HttpRequest,
      type: string | undefined,
      error: unknown,
      signal: AbortSignal,
    ): Promise<SendResult> {
      if (!(error instanceof TypeError)) {
        return fail({ code: "NETWORK", message: `The request failed: ${String(error)}` });
      }
      let reachable: boolean;
      try {
        await doFetch(target.href, {
          method: "HEAD",
          mode: "no-cors",
          credentials: "omit",
          cache: "no-store",
          signal,
        });
        reachable = true;
      } catch {
        reachable = false;
      }
      const halted = stopped();
      if (halted) return halted;
      if (!reachable) return fail(unreachable(target, online()));
      if (target.origin === origin) {
        return fail({
          code: "NETWORK",
          message: `${target.host} is reachable, but this request failed (the connection closed without an answer).`,
        });
      }
      return fail(
        corsBlocked(target, origin, preflightNeeds(request.method, request.headers, type)),
      );
    }
  }

  return { name: "browser", capabilities: FETCH_CAPABILITIES, send };
}
