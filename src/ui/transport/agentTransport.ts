/**
 * The page's side of the agent protocol (src/core/agent/protocol.ts): a Transport that sends
 * through the local agent (`npx satchel agent`, paired once) — and, with other words and
 * capabilities, through a team proxy (./proxyTransport.ts). The request goes out as one Blob
 * (head + body, stored files included without reading them into memory); the answer's frames
 * are read as they arrive. Works with any fetch: the browser's, or Node's in tests.
 */
import { brokenAnswer, refusalToSendError, unreachablePeer } from "../../core/agent/errors";
import type { AgentPeer } from "../../core/agent/errors";
import { concatBytes, makeAnswerCollector } from "../../core/agent/answer";
import {
  AGENT_PATHS,
  encodeSendPrefix,
  PROTOCOL_VERSION,
  SEND_CONTENT_TYPE,
} from "../../core/agent/protocol";
import type { Hello, SendHead } from "../../core/agent/protocol";
import type {
  HttpRequest,
  SendError,
  SendOptions,
  SendResult,
  Transport,
  TransportCapabilities,
} from "../../core/http/transport";
import { layoutParts } from "./layoutParts";
import type { FileResolver } from "./layoutParts";
import { makeYielder } from "./yielder";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface AgentTransportOptions {
  /** Where the agent listens, e.g. http://127.0.0.1:7766. */
  baseUrl: string;
  /** The token pairing gave. */
  token: string;
  fetch?: FetchLike;
  /** Finds stored files for multipart and binary bodies. */
  resolveFile?: FileResolver;
  /** Response download progress. */
  onProgress?: (progress: { url: string; received: number }) => void;
  /** The page's origin, for hints (default `location.origin`). */
  pageOrigin?: string;
  /** Milliseconds; default `performance.now`. */
  now?: () => number;
}

/** The local agent lifts every limit of the browser. */
export const AGENT_CAPABILITIES: TransportCapabilities = Object.freeze({
  anyHeader: true,
  seesSetCookie: true,
  controlsRedirects: true,
  timingPhases: true,
  tlsOptions: true,
  privateNetwork: true,
});

const fail = (error: SendError): SendResult => ({ ok: false, error });
const cancelled = () => fail({ code: "CANCELLED", message: "The request was cancelled." });
const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** The request's headers with the Content-Type its body implies (a multipart one needs ours). */
function headersFor(req: HttpRequest, contentType: string | undefined): [string, string][] {
  if (!contentType) return req.headers;
  const multipart = contentType.startsWith("multipart/");
  const kept = req.headers.filter(
    ([k, v]) => !(multipart && k.toLowerCase() === "content-type" && !/boundary=/i.test(v)),
  );
  return kept.some(([k]) => k.toLowerCase() === "content-type")
    ? kept
    : [...kept, ["Content-Type", contentType]];
}

/**
 * The `/v1/send` body: bytes when there is no file (cheaper for fetch to send), else a Blob,
 * whose stored files the browser streams from disk.
 */
function sendBody(prefix: Uint8Array, parts: BlobPart[]): BodyInit {
  if (parts.some((p) => p instanceof Blob))
    return new Blob([prefix as Uint8Array<ArrayBuffer>, ...parts]);
  return concatBytes([prefix, ...(parts as Uint8Array[])]) as Uint8Array<ArrayBuffer>;
}

/** Read a `/v1/send` answer's frames as fetch delivers them. */
async function readAnswer(
  response: Response,
  peer: AgentPeer,
  onChunk: (received: number) => void,
): Promise<SendResult> {
  if (!response.body) return fail(brokenAnswer(peer, "no body"));
  const reader = response.body.getReader();
  const answer = makeAnswerCollector(peer);
  const breathe = makeYielder();
  for (;;) {
    await breathe();
    const { done, value } = await reader.read();
    if (done) return answer.finish(breathe);
    const failed = answer.push(value);
    if (failed) {
      await reader.cancel().catch(() => undefined);
      return failed;
    }
    onChunk(answer.received());
  }
}

/** The SendOptions flags the protocol carries as they are (protocolProfileBehavior's). */
function redirectFlags(options: SendOptions): Partial<SendHead["options"]> {
  const out: Partial<SendHead["options"]> = {};
  for (const key of [
    "followOriginalHttpMethod",
    "followAuthorizationHeader",
    "removeRefererHeaderOnRedirect",
    "insecureHTTPParser",
  ] as const) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  if (options.maxRedirects !== undefined) out.maxRedirects = options.maxRedirects;
  return out;
}

/** What distinguishes the agent from the proxy for the shared client below. */
export interface ProtocolPeer {
  name: string;
  kind: AgentPeer["kind"];
  capabilities: TransportCapabilities;
}

/** A Transport speaking the agent protocol to `opts.baseUrl` (the agent or a proxy). */
export function makeProtocolTransport(opts: AgentTransportOptions, who: ProtocolPeer): Transport {
  const doFetch: FetchLike = opts.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const now = opts.now ?? (() => performance.now());
  const base = trimSlash(opts.baseUrl);
  const peer = (): AgentPeer => {
    const pageOrigin = opts.pageOrigin ?? globalThis.location?.origin;
    return pageOrigin ? { kind: who.kind, url: base, pageOrigin } : { kind: who.kind, url: base };
  };

  async function send(req: HttpRequest, options: SendOptions = {}): Promise<SendResult> {
    if (options.signal?.aborted) return cancelled();
    if (options.handshake && !options.handshake.spec) {
      return fail({
        code: "NETWORK",
        reason: "AUTH_HANDSHAKE",
        message: `This auth handshake cannot be run by the ${who.kind}.`,
      });
    }
    const built = await layoutParts(req.body, opts.resolveFile);
    if ("code" in built) return fail(built);
    const head: SendHead = {
      v: PROTOCOL_VERSION,
      request: {
        method: req.method,
        url: req.url,
        headers: headersFor(req, built.contentType),
      },
      bodyLength: built.length,
      options: {
        ...(options.followRedirects !== undefined
          ? { followRedirects: options.followRedirects }
          : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.tls ? { tls: options.tls } : {}),
        ...(options.proxy ? { proxy: options.proxy } : {}),
        ...redirectFlags(options),
        ...(options.handshake?.spec ? { handshake: options.handshake.spec } : {}),
      },
    };
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    options.signal?.addEventListener("abort", onAbort);
    // The agent keeps the time; this only catches an agent that stopped answering.
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, options.timeoutMs + 2_000)
      : undefined;
    const started = now();
    try {
      let response: Response;
      try {
        response = await doFetch(`${base}${AGENT_PATHS.send}`, {
          method: "POST",
          headers: { Authorization: `Bearer ${opts.token}`, "Content-Type": SEND_CONTENT_TYPE },
          body: sendBody(encodeSendPrefix(head), built.parts),
          signal: controller.signal,
          credentials: "omit",
          cache: "no-store",
        });
      } catch {
        if (options.signal?.aborted) return cancelled();
        if (timedOut)
          return fail({
            code: "TIMEOUT",
            message: `No answer from the ${who.kind} within ${options.timeoutMs} ms.`,
          });
        return fail(unreachablePeer(peer()));
      }
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => undefined);
        return fail(refusalToSendError(response.status, body, peer()));
      }
      const result = await readAnswer(response, peer(), (received) =>
        opts.onProgress?.({ url: req.url, received }),
      ).catch((e: unknown) => fail(brokenAnswer(peer(), String(e))));
      if (!result.ok && (options.signal?.aborted || timedOut)) {
        return options.signal?.aborted
          ? cancelled()
          : fail({
              code: "TIMEOUT",
              message: `No answer from the ${who.kind} within ${options.timeoutMs} ms.`,
            });
      }
      if (result.ok && result.response.timeMs === 0)
        result.response.timeMs = Math.round(now() - started);
      return result;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    }
  }

  // The agent runs a connection-bound handshake (NTLM) itself, from the spec the page sends.
  return { name: who.name, capabilities: who.capabilities, supportsHandshake: true, send };
}

/** Send through the local agent. */
export function makeAgentTransport(opts: AgentTransportOptions): Transport {
  return makeProtocolTransport(opts, {
    name: "agent",
    kind: "agent",
    capabilities: AGENT_CAPABILITIES,
  });
}

/** Trade the code the agent printed for a token; a SendError says why not. */
export async function pairAgent(
  baseUrl: string,
  code: string,
  fetch: FetchLike = (url, init) => globalThis.fetch(url, init),
): Promise<{ ok: true; token: string } | { ok: false; error: SendError }> {
  const peer: AgentPeer = { kind: "agent", url: trimSlash(baseUrl) };
  let response: Response;
  try {
    response = await fetch(`${peer.url}${AGENT_PATHS.pair}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code }),
      credentials: "omit",
    });
  } catch {
    return { ok: false, error: unreachablePeer(peer) };
  }
  const body = (await response.json().catch(() => undefined)) as { token?: unknown } | undefined;
  if (response.ok && typeof body?.token === "string") return { ok: true, token: body.token };
  return { ok: false, error: refusalToSendError(response.status, body, peer) };
}

/** Whether the agent (or proxy) at `baseUrl` runs and knows `token`. */
export async function helloAgent(
  baseUrl: string,
  token: string,
  fetch: FetchLike = (url, init) => globalThis.fetch(url, init),
  kind: AgentPeer["kind"] = "agent",
): Promise<{ ok: true; hello: Hello } | { ok: false; error: SendError }> {
  const peer: AgentPeer = { kind, url: trimSlash(baseUrl) };
  let response: Response;
  try {
    response = await fetch(`${peer.url}${AGENT_PATHS.hello}`, {
      headers: { Authorization: `Bearer ${token}` },
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    return { ok: false, error: unreachablePeer(peer) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && (body as Hello | undefined)?.name === "satchel-agent")
    return { ok: true, hello: body as Hello };
  return { ok: false, error: refusalToSendError(response.status, body, peer) };
}
