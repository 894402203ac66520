/**
 * The app's `/echo` answered in the page, for when no service worker controls it yet (the first
 * visit, or tests). Same answers as the service worker: both use core/echo.
 */
import { echoRequest } from "../../core/echo/echo";

const abortError = (signal: AbortSignal | null | undefined): unknown =>
  signal?.reason ?? new DOMException("The operation was aborted.", "AbortError");

/** Wait `ms`, or reject as fetch would when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A fetch-compatible function that answers echo URLs in-page. */
export async function echoFetch(url: string, init: RequestInit): Promise<Response> {
  const request = new Request(url, init);
  const echo = await echoRequest(request);
  if (echo.delayMs) await wait(echo.delayMs, init.signal);
  if (init.signal?.aborted) throw abortError(init.signal);
  return new Response(echo.body === "" ? null : echo.body, {
    status: echo.status,
    statusText: echo.statusText,
    headers: echo.headers,
  });
}
