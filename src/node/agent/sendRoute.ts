/**
 * `POST /v1/send` (src/core/agent/protocol.ts): read the head, check it, send with the Node
 * transport's streaming core, and stream the answer back as frames. Nothing here holds a whole
 * body: the upload is piped to the upstream request (bodies up to 1 MiB are read first, so they
 * can be sent again for a retry or a 307), and the download is written frame by frame, at the
 * pace the page reads. The page closing its fetch aborts the upstream request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import { FRAME, frameHeader, jsonFrame } from "../../core/agent/frames";
import {
  FRAMES_CONTENT_TYPE,
  fromUtf8,
  headLength,
  MAX_HEAD_BYTES,
  parseSendHead,
  SEND_CONTENT_TYPE,
} from "../../core/agent/protocol";
import type { SendHead } from "../../core/agent/protocol";
import type { SendError } from "../../core/http/transport";
import type { BodySource } from "../http/bodySource";
import { EMPTY_BODY } from "../http/bodySource";
import { decodeStream } from "../http/decodeStream";
import type { TargetPolicy } from "../http/guard";
import { makeNtlmHandshake } from "../../core/auth/ntlm/handshake";
import { nodeDeps } from "../cli/deps";
import { sendStream } from "../http/sendStream";
import { resolveTls } from "../http/tls";
import type { AgentConfig } from "./config";
import { corsHeaders, refuse } from "./gate";

/** Bodies up to this size are read before sending, so they can be sent again. */
export const REPLAY_LIMIT = 1 << 20;

/** Exactly `n` bytes from `stream`, or fewer when it ends first. */
async function readExactly(stream: Readable, n: number): Promise<Buffer> {
  if (n === 0) return Buffer.alloc(0);
  for (;;) {
    const chunk = stream.read(n) as Buffer | null;
    if (chunk !== null) return chunk;
    if (stream.readableEnded || stream.destroyed) {
      const rest = stream.read() as Buffer | null;
      return rest ?? Buffer.alloc(0);
    }
    await new Promise<void>((resolve) => {
      const go = () => {
        stream.off("readable", go);
        stream.off("end", go);
        stream.off("close", go);
        stream.off("error", go);
        resolve();
      };
      stream.on("readable", go);
      stream.on("end", go);
      stream.on("close", go);
      stream.on("error", go);
    });
  }
}

/** Resolves when `res` has room again (or is gone). */
const drained = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    const go = () => {
      res.off("drain", go);
      res.off("close", go);
      resolve();
    };
    res.on("drain", go);
    res.on("close", go);
  });

/** Bytes gathered before they go out (a small answer leaves in one write). */
const GATHER = 64 * 1024;

/**
 * Frames out to the page. Small ones are gathered until the event loop turns, so a small answer
 * (head, data, end) leaves in one write and reaches the page in one read; past GATHER bytes they
 * go at once, and the next waits for room when the page reads slower than the upstream sends.
 */
function frameWriter(res: ServerResponse) {
  let pending: Uint8Array[] = [];
  let bytes = 0;
  let scheduled = false;
  const flush = (): boolean => {
    scheduled = false;
    if (pending.length === 0 || res.destroyed) return true;
    res.cork();
    let room = true;
    for (const chunk of pending) room = res.write(chunk);
    res.uncork();
    pending = [];
    bytes = 0;
    return room;
  };
  return {
    async add(...chunks: Uint8Array[]): Promise<void> {
      for (const chunk of chunks) {
        pending.push(chunk);
        bytes += chunk.length;
      }
      if (bytes < GATHER) {
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
        return;
      }
      if (!flush()) await drained(res);
    },
    end(last: Uint8Array): void {
      pending.push(last);
      // One write with the last chunk and the end of the chunked body, when it is small.
      if (bytes + last.length < GATHER) res.end(Buffer.concat(pending));
      else {
        flush();
        res.end();
      }
      pending = [];
    },
  };
}

type Read = { head: SendHead } | { status: number; message: string };

/** The head at the start of the body, checked. */
async function readHead(req: IncomingMessage): Promise<Read> {
  const prefix = await readExactly(req, 4);
  if (prefix.length < 4) return { status: 400, message: "The send body ended before its head" };
  const n = headLength(prefix);
  if (n > MAX_HEAD_BYTES)
    return { status: 413, message: `The send head is ${n} bytes; at most ${MAX_HEAD_BYTES}` };
  const bytes = await readExactly(req, n);
  const text = bytes.length === n ? fromUtf8(bytes) : undefined;
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json === undefined) return { status: 400, message: "The send head is not UTF-8 JSON" };
  const head = parseSendHead(json);
  if (!head.ok) return { status: 400, message: head.error.message };
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) !== 4 + n + head.value.bodyLength) {
    return {
      status: 400,
      message: `Content-Length ${declared} is not 4 + ${n} + bodyLength ${head.value.bodyLength}`,
    };
  }
  return { head: head.value };
}

/** Headers as sent upstream: the page's, plus Content-Length for a body. */
function upstreamHeaders(head: SendHead): [string, string][] {
  const headers = [...head.request.headers];
  const has = (name: string) => headers.some(([k]) => k.toLowerCase() === name);
  if (head.bodyLength > 0 && !has("content-length") && !has("transfer-encoding")) {
    headers.push(["Content-Length", String(head.bodyLength)]);
  }
  return headers;
}

/** Handle one send; `origin` is the accepted page origin for CORS. */
export async function handleSend(
  req: IncomingMessage,
  res: ServerResponse,
  config: AgentConfig,
  policy: TargetPolicy | undefined,
  origin: string | undefined,
): Promise<void> {
  const type = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (type !== SEND_CONTENT_TYPE) {
    return refuse(res, 415, "BAD_REQUEST", `A send is Content-Type ${SEND_CONTENT_TYPE}`, {
      origin,
    });
  }
  const read = await readHead(req);
  if (!("head" in read)) return refuse(res, read.status, "BAD_REQUEST", read.message, { origin });
  const { head } = read;
  if (config.mode === "proxy" && head.options.proxy) {
    return refuse(res, 403, "OPTION_REFUSED", "A team proxy does not send through another proxy", {
      origin,
    });
  }
  let url: URL;
  try {
    url = new URL(head.request.url);
  } catch {
    return refuse(res, 400, "BAD_REQUEST", `"${head.request.url}" is not a valid URL`, { origin });
  }
  const refusal = policy?.checkUrl(url);
  if (refusal) return refuse(res, 403, "TARGET_REFUSED", refusal, { origin });

  let body: BodySource = EMPTY_BODY;
  if (head.bodyLength > 0 && head.bodyLength <= REPLAY_LIMIT) {
    const bytes = await readExactly(req, head.bodyLength);
    if (bytes.length < head.bodyLength) {
      return refuse(
        res,
        400,
        "BAD_REQUEST",
        `The body ended after ${bytes.length} of ${head.bodyLength} bytes`,
        { origin },
      );
    }
    body = { kind: "bytes", bytes };
  } else if (head.bodyLength > 0) {
    body = { kind: "stream", stream: req, length: head.bodyLength };
  }

  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  let stopUpstream: (() => void) | undefined;
  try {
    const { options } = head;
    const sent = await sendStream(
      { method: head.request.method, url: head.request.url, headers: upstreamHeaders(head), body },
      {
        signal: controller.signal,
        timeoutMs: options.timeoutMs,
        followRedirects: options.followRedirects,
        maxRedirects: options.maxRedirects,
        redirectRules: {
          followOriginalHttpMethod: options.followOriginalHttpMethod,
          followAuthorizationHeader: options.followAuthorizationHeader,
          removeRefererHeaderOnRedirect: options.removeRefererHeaderOnRedirect,
        },
        insecureHTTPParser: options.insecureHTTPParser,
        ...(options.handshake ? { handshake: makeNtlmHandshake(options.handshake, nodeDeps) } : {}),
        tls: await resolveTls({}, options.tls),
        proxy: config.mode === "agent" ? options.proxy : undefined,
        policy,
      },
    );
    if (res.destroyed) return;
    res.writeHead(200, {
      ...corsHeaders(origin),
      "Content-Type": FRAMES_CONTENT_TYPE,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (!sent.ok) return void res.end(jsonFrame(FRAME.error, { error: sent.error }));
    const answer = sent.response;
    stopUpstream = answer.abort;
    const out = frameWriter(res);
    const { status, statusText, headers, url: finalUrl, redirected, redirects } = answer;
    await out.add(
      jsonFrame(FRAME.head, { status, statusText, headers, url: finalUrl, redirected, redirects }),
    );
    let broke: SendError | undefined;
    try {
      for await (const chunk of decodeStream(answer.body, headers)) {
        if (res.destroyed) break;
        await out.add(frameHeader(FRAME.data, (chunk as Buffer).length), chunk as Buffer);
      }
    } catch (e) {
      broke = {
        code: "NETWORK",
        message: `The response body could not be read: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    if (res.destroyed) return answer.abort();
    const done = await answer.done;
    if (!done.ok) return out.end(jsonFrame(FRAME.error, { error: done.error }));
    if (broke) return out.end(jsonFrame(FRAME.error, { error: broke }));
    const warnings = answer.warnings.length ? { warnings: answer.warnings } : {};
    out.end(jsonFrame(FRAME.end, { timings: done.timings, ...warnings }));
  } finally {
    // Whatever of the upload the upstream did not take is read and dropped, so the page's
    // request completes and it sees the answer; an upstream request still waiting for it ends.
    if (!req.readableEnded && !req.destroyed) {
      stopUpstream?.();
      req.unpipe();
      req.resume();
    }
  }
}
