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
  const chunks: Uint8Array[] = [];
  let received = 0;
  const broken = (detail: string): SendResult => ({ ok: false, error: brokenAnswer(peer, detail) });
  return {
    received: () => received,
    push(chunk) {
      const got = frames.push(chunk);
      if (typeof got === "string") return broken(got);
      for (const frame of got) {
        if (frame.type === "error") return { ok: false, error: frame.failure.error };
        if (frame.type === "head") head = frame.head;
        else if (frame.type === "end") end = frame.end;
        else {
          chunks.push(frame.bytes);
          received += frame.bytes.byteLength;
        }
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
          body: concatBytes(chunks),
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
