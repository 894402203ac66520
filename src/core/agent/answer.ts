/**
 * A `/v1/send` answer's frames (./frames.ts), chunk by chunk, into the Transport's SendResult:
 * the page's transports feed it what fetch reads, in any pieces.
 */
import type { SendResult } from "../http/transport";
import type { AgentPeer } from "./errors";
import { brokenAnswer } from "./errors";
import { makeFrameReader } from "./frames";
import type { ResponseEnd, ResponseHead } from "./frames";

/** Join byte chunks (the one chunk itself when there is only one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The largest body a Content-Length may reserve up front (beyond it the buffer grows). */
const MAX_PREALLOCATED = 1 << 30;

export interface AnswerCollector {
  /** Feed a chunk; a result when the answer failed (an error frame, a corrupt stream). */
  push(chunk: Uint8Array): SendResult | undefined;
  /** The stream ended: the response, or why it is incomplete. */
  finish(): SendResult;
  /** Body bytes so far. */
  received(): number;
}

/** A collector for one answer from `peer`. */
export function makeAnswerCollector(peer: AgentPeer): AnswerCollector {
  const frames = makeFrameReader();
  let head: ResponseHead | undefined;
  let end: ResponseEnd | undefined;
  // The body is copied into one buffer as it arrives (sized from Content-Length when the body is
  // not encoded, else doubling), so the end is not one long copy: joining 100 MB of chunks at
  // the end took ~90 ms of one main-thread task.
  let body = new Uint8Array(0);
  let received = 0;
  const reserve = (size: number) => {
    const next = new Uint8Array(size);
    next.set(body.subarray(0, received));
    body = next;
  };
  const append = (bytes: Uint8Array) => {
    const need = received + bytes.byteLength;
    if (need > body.byteLength) reserve(Math.max(need, body.byteLength * 2, 64 * 1024));
    body.set(bytes, received);
    received = need;
  };
  const expectedLength = (h: ResponseHead): number | undefined => {
    const header = (name: string) => h.headers.find(([k]) => k.toLowerCase() === name)?.[1];
    if (header("content-encoding")) return undefined;
    const n = Number(header("content-length"));
    return Number.isSafeInteger(n) && n > 0 && n <= MAX_PREALLOCATED ? n : undefined;
  };
  const broken = (detail: string): SendResult => ({ ok: false, error: brokenAnswer(peer, detail) });
  return {
    received: () => received,
    push(chunk) {
      const got = frames.push(chunk);
      if (typeof got === "string") return broken(got);
      for (const frame of got) {
        if (frame.type === "error") return { ok: false, error: frame.failure.error };
        if (frame.type === "head") {
          head = frame.head;
          const expected = expectedLength(head);
          if (expected !== undefined && received === 0) reserve(expected);
        } else if (frame.type === "end") end = frame.end;
        else append(frame.bytes);
      }
      return undefined;
    },
    finish() {
      if (!head) return broken("no response head");
      if (!end) return broken("the body ended early");
      const timings = end.timings;
      const result: SendResult = {
        ok: true,
        response: {
          status: head.status,
          statusText: head.statusText,
          headers: head.headers,
          body: received === body.byteLength ? body : body.subarray(0, received),
          timeMs: timings ? Math.round(timings.totalMs) : 0,
          url: head.url,
          redirected: head.redirected,
          redirects: head.redirects,
          ...(timings ? { timings } : {}),
        },
      };
      if (end.warnings?.length) result.warnings = end.warnings;
      return result;
    },
  };
}
