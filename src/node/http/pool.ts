/**
 * The keep-alive connection pool, and its two guards against sending on a connection the server
 * has already closed (issue 11: "socket hang up" after a long synchronous script).
 *
 * A script that runs synchronously blocks the event loop, so an idle pooled socket cannot see the
 * server's FIN (sent after the server's keep-alive timeout) until the loop turns again; Node's
 * agent would hand that dead socket to the next request. So:
 * 1. Check before reuse: when the pool holds idle sockets, let one poll phase of the event loop
 *    pass before taking one (`settleIdleSockets`), so a socket whose FIN already arrived is
 *    destroyed and leaves the pool. undici validates an idle socket the same way before reuse.
 *    This covers every method, POST included, and is what makes a run after a long script pass.
 * 2. Retry the remaining race (the server closes the connection just as the request goes out):
 *    a request that failed on a reused socket before any byte of the response arrived is sent
 *    once more on a new connection (`mayRetry`) — only for idempotent methods (RFC 9110 §9.2.2;
 *    the default method list of undici's RetryHandler). A POST or PATCH may have reached the
 *    server, so sending it twice could apply it twice; it fails with a hint instead. (Newman's
 *    postman-request retries any method there; we choose not to.)
 */
import http from "node:http";
import https from "node:https";

/**
 * Connections are kept open between requests, as Postman's runtime does: a run of many requests
 * to one host then pays for one TCP (and TLS) handshake, not one per request. Idle sockets are
 * unreferenced by Node, so they never keep `satchel run` from exiting. TLS verification is part
 * of an https socket's pool key, so insecure and verified sockets are never shared.
 */
export const AGENTS = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
};

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Resolve once a poll phase has run, when `agent` holds idle sockets (else at once): after it,
 * every idle socket whose peer had closed it has read the FIN, been destroyed and left the pool.
 * Two turns, because the caller may itself be in a poll phase, whose check phase (the first
 * `setImmediate`) comes before the next poll.
 */
export async function settleIdleSockets(agent: http.Agent): Promise<void> {
  if (Object.keys(agent.freeSockets).length === 0) return;
  await immediate();
  await immediate();
}

/** RFC 9110 §9.2.2: sending these twice has the effect of sending them once. */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

/** Errors of a connection that closed under a request, as opposed to DNS, TLS or refusal. */
const CLOSED = new Set(["ECONNRESET", "EPIPE"]);

/** How an exchange failed, as far as the retry rule needs to know. */
export interface Failure {
  method: string;
  /** The request went out on a socket taken from the pool (`ClientRequest.reusedSocket`). */
  reusedSocket: boolean;
  /** The status line of a response had arrived. */
  responded: boolean;
  /** Node's error code, e.g. ECONNRESET (which "socket hang up" also carries). */
  code: unknown;
}

/** Whether a failed exchange is sent once more on a new connection (see the file header). */
export function mayRetry(failure: Failure): boolean {
  return (
    failure.reusedSocket &&
    !failure.responded &&
    typeof failure.code === "string" &&
    CLOSED.has(failure.code) &&
    IDEMPOTENT.has(failure.method.toUpperCase())
  );
}

/** Whether `failure` is the race a retry would have covered, had the method been idempotent. */
export function closedWhileReused(failure: Failure): boolean {
  return mayRetry({ ...failure, method: "GET" });
}
