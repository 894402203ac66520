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

/** The largest body a Content-Length may reserve up front. */
const MAX_PREALLOCATED = 1 << 30;

export interface AnswerCollector {
  /** Feed a chunk; a result when the answer failed (an error frame, a corrupt stream). */
  push(chunk: Uint8Array): SendResult | undefined;
  /**
   * The stream ended: the response, or why it is incomplete. Joining the body's pieces awaits
   * `pause` between pieces, so a caller on the page's main thread can yield while 100 MB is
   * copied instead of doing it in one task.
   */
  finish(pause?: () => Promise<void>): Promise<SendResult>;
  /** Body bytes so far. */
  received(): number;
}

/** Join `pieces` (`total` bytes) into one buffer, awaiting `pause` before each piece. */
async function joinPieces(
  pieces: readonly Uint8Array[],
  total: number,
  pause: (() => Promise<void>) | undefined,
): Promise<Uint8Array> {
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    if (pause) await pause();
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}

/** A collector for one answer from `peer`. */
export function makeAnswerCollector(peer: AgentPeer): AnswerCollector {
  const frames = makeFrameReader();
  let head: ResponseHead | undefined;
  let end: ResponseEnd | undefined;
  // With a Content-Length (and no encoding) the body is copied into one buffer reserved up front;
  // without one its pieces are kept as they come and joined at the end, piece by piece. A buffer
  // that doubles as it grows copied everything it held in one call: 64 MB in 100–280 ms of one
  // main-thread task for a 100 MB chunked download.
  let reserved: Uint8Array | undefined;
  const pieces: Uint8Array[] = [];
  let received = 0;
  const append = (bytes: Uint8Array) => {
    if (reserved && received + bytes.byteLength <= reserved.byteLength) {
      reserved.set(bytes, received);
    } else {
      if (reserved) {
        // More than the length said: keep what the buffer holds as the first piece.
        pieces.push(reserved.subarray(0, received));
        reserved = undefined;
      }
      // A frame's bytes are a view of the chunk fetch gave, which nothing else writes to.
      pieces.push(bytes);
    }
    received += bytes.byteLength;
  };
  const expectedLength = (h: ResponseHead): number | undefined => {
    const header = (name: string) => h.headers.find(([k]) => k.toLowerCase() === name)?.[1];
    if (header("content-encoding")) return undefined;
    const n = Number(header("content-length"));
    return Number.isSafeInteger(n) && n > 0 && n <= MAX_PREALLOCATED ? n : undefined;
  };
  const body = async (pause?: () => Promise<void>): Promise<Uint8Array> => {
    if (reserved)
      return received === reserved.byteLength ? reserved : reserved.subarray(0, received);
    return joinPieces(pieces, received, pause);
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
          if (expected !== undefined && received === 0) reserved = new Uint8Array(expected);
        } else if (frame.type === "end") end = frame.end;
        else append(frame.bytes);
      }
      return undefined;
    },
    async finish(pause) {
      if (!head) return broken("no response head");
      if (!end) return broken("the body ended early");
      const timings = end.timings;
      const result: SendResult = {
        ok: true,
        response: {
          status: head.status,
          statusText: head.statusText,
          headers: head.headers,
          body: await body(pause),
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
