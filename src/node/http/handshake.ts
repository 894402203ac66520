/**
 * A connection-bound auth handshake (SendOptions.handshake, NTLM): the first hop goes out on a
 * connection of its own — a one-socket keep-alive agent made for this send — and is sent again
 * on that same socket with each Authorization value the handshake answers, each earlier
 * response read to its end first so the connection is free. The last response goes back to the
 * redirect loop as any first hop's would. Timing marks carry over the legs: DNS, TCP and TLS are
 * the first leg's, and the earlier legs' round trips count as waiting for the first byte.
 */
import http from "node:http";
import type { Socket } from "node:net";
import https from "node:https";
import type { ConnectionHandshake, SendError } from "../../core/http/transport";
import { replayable } from "./bodySource";
import type { Answer, ExchangeContext } from "./exchange";
import { exchange } from "./exchange";
import { guardedLookup } from "./guard";
import type { TargetPolicy } from "./guard";
import type { Hop } from "./redirect";
import type { Marks } from "./timings";
import { now } from "./timings";

/** Most times a handshake may send the request again (NTLM needs two). */
const MAX_ANSWERS = 4;

/** A handshake that could not finish: its SendError is the send's. */
export class HandshakeFailed extends Error {
  constructor(readonly error: SendError) {
    super(error.message);
  }
}

const failed = (message: string, hint?: string) =>
  new HandshakeFailed({
    code: "NETWORK",
    reason: "AUTH_HANDSHAKE",
    message,
    ...(hint ? { hint } : {}),
  });

/** `hop` with its Authorization set to `value` (removed when undefined). */
const withAuthorization = (hop: Hop, value: string | undefined): Hop => {
  const headers = hop.headers.filter(([k]) => k.toLowerCase() !== "authorization");
  if (value !== undefined) headers.push(["Authorization", value]);
  return { ...hop, headers };
};

/** Read a response to its end so its socket goes back to the agent. */
function drain(res: http.IncomingMessage, marks: Marks): Promise<void> {
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

/** Whether the connection `socket` of a drained response is closed or about to be. */
function closing(answer: Answer, socket: Socket | null): boolean {
  const connection = answer.headers.find(([k]) => k.toLowerCase() === "connection")?.[1] ?? "";
  return /(^|,)\s*close\s*(,|$)/i.test(connection) || !socket || socket.destroyed;
}

/** What a handshake send returns: the last leg's request (its Authorization set) and answer. */
export interface HandshakeResult {
  hop: Hop;
  answer: Answer;
}

/** A one-socket keep-alive agent for `url`'s scheme (with the policy's lookup when guarded). */
export function handshakeAgent(url: URL, policy: TargetPolicy | undefined): http.Agent {
  const options = {
    keepAlive: true,
    maxSockets: 1,
    ...(policy ? { lookup: guardedLookup(policy) } : {}),
  };
  return url.protocol === "https:" ? new https.Agent(options) : new http.Agent(options);
}

/**
 * Send `hop` through `handshake` on `agent` (see the file header); rejects with HandshakeFailed
 * when the handshake cannot go on, or with the exchange's own error.
 */
export async function handshakeExchange(
  hop: Hop,
  ctx: ExchangeContext,
  marks: Marks,
  handshake: ConnectionHandshake,
  agent: http.Agent,
): Promise<HandshakeResult> {
  if (ctx.proxy) {
    throw failed(
      "This auth's handshake needs one connection to the server, which Satchel cannot hold through an upstream proxy; the request was not sent",
      "Send it without the proxy",
    );
  }
  const pinned: ExchangeContext = { ...ctx, agent };
  let current = withAuthorization(hop, handshake.start());
  for (let answers = 0; ; answers++) {
    const answer = await exchange(current, pinned, marks, false);
    const step =
      answers < MAX_ANSWERS
        ? handshake.answer({ status: answer.status, headers: answer.headers })
        : undefined;
    if (step === undefined) return { hop: current, answer };
    if (typeof step !== "string") {
      answer.res.destroy();
      throw failed(step.error);
    }
    if (!replayable(current.body)) {
      answer.res.destroy();
      throw failed(
        "This auth's handshake sends the request more than once, and a body this large is streamed, not kept; the request was not authenticated",
      );
    }
    // Node detaches the socket from a response once it ends: take it first.
    const socket = answer.res.socket;
    await drain(answer.res, marks);
    if (closing(answer, socket)) {
      throw failed(
        `The server closed the connection after answering ${answer.status} to the handshake, which must continue on that connection`,
        "The server (or a proxy in front of it) must keep the connection alive between the handshake's requests",
      );
    }
    current = withAuthorization(hop, step);
  }
}
