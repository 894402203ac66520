/**
 * The frames of a `/v1/send` answer (./protocol.ts). Each frame is a type byte, a 4-byte
 * big-endian payload length, then the payload:
 *
 * - `H` head (JSON {@link ResponseHead}), once, when the final response's headers arrive;
 * - `D` data: raw (decoded) body bytes, as many as the body needs, each as the agent read them;
 * - `E` end (JSON {@link ResponseEnd}): the body is complete; timing phases;
 * - `X` error (JSON {@link ResponseFailure}), instead of the head or after some data: the send
 *   failed (unreachable, TLS, timeout, refused target, the upstream broke mid-body).
 *
 * The reader hands data through as views of the chunks it is given (no copy), so a 100 MB body
 * costs the page what reading it from fetch would.
 */
import type { RedirectHop, SendError, TimingPhases } from "../http/transport";
import { fromUtf8, utf8 } from "./protocol";

export const FRAME = { head: 0x48, data: 0x44, end: 0x45, error: 0x58 } as const;
type FrameByte = (typeof FRAME)[keyof typeof FRAME];

/** The final response's status line and headers, with the redirects before it. */
export interface ResponseHead {
  status: number;
  statusText: string;
  /** Every header, in order, repeats (each Set-Cookie) kept. */
  headers: [string, string][];
  /** The URL of the final response. */
  url: string;
  redirected: boolean;
  redirects: RedirectHop[];
}

export interface ResponseEnd {
  timings?: TimingPhases;
  /** What the agent left out (e.g. a redirect not followed because the body was streamed). */
  warnings?: SendError[];
}

export interface ResponseFailure {
  error: SendError;
}

export type Frame =
  | { type: "head"; head: ResponseHead }
  | { type: "data"; bytes: Uint8Array }
  | { type: "end"; end: ResponseEnd }
  | { type: "error"; failure: ResponseFailure };

/** The 5 bytes before a payload of `length` bytes. */
export function frameHeader(type: FrameByte, length: number): Uint8Array {
  const out = new Uint8Array(5);
  out[0] = type;
  new DataView(out.buffer).setUint32(1, length);
  return out;
}

/** A whole JSON frame. */
export function jsonFrame(type: FrameByte, value: unknown): Uint8Array {
  const payload = utf8(JSON.stringify(value));
  const out = new Uint8Array(5 + payload.length);
  out.set(frameHeader(type, payload.length), 0);
  out.set(payload, 5);
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isPairs = (v: unknown): v is [string, string][] =>
  Array.isArray(v) &&
  v.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === "string"));

/** A JSON frame's value, checked enough that the page never trips over a malformed one. */
function decodeJson(type: number, payload: Uint8Array): Frame | string {
  const text = fromUtf8(payload);
  let value: unknown;
  try {
    value = text === undefined ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!isRecord(value)) return "a frame that is not a JSON object";
  if (type === FRAME.head) {
    const { status, statusText, headers, url, redirected, redirects } = value;
    if (typeof status !== "number" || typeof statusText !== "string" || !isPairs(headers)) {
      return "a head frame without status and headers";
    }
    return {
      type: "head",
      head: {
        status,
        statusText,
        headers,
        url: typeof url === "string" ? url : "",
        redirected: redirected === true,
        redirects: Array.isArray(redirects) ? (redirects as RedirectHop[]) : [],
      },
    };
  }
  if (type === FRAME.end) return { type: "end", end: value as ResponseEnd };
  const error = value.error;
  if (!isRecord(error) || typeof error.code !== "string" || typeof error.message !== "string") {
    return "an error frame without code and message";
  }
  return { type: "error", failure: value as unknown as ResponseFailure };
}

/** Reads frames from a byte stream cut anywhere; `push` returns the frames completed so far. */
export interface FrameReader {
  /** Frames in `chunk` (data frames may come in pieces); a string when the stream is corrupt. */
  push(chunk: Uint8Array): Frame[] | string;
  /** Whether the stream stopped between frames. */
  atBoundary(): boolean;
}

/** A fresh frame reader. */
export function makeFrameReader(): FrameReader {
  const header = new Uint8Array(5);
  let headerHave = 0;
  let type = 0;
  let remaining = 0;
  let json: Uint8Array | undefined;
  let jsonHave = 0;
  let inFrame = false;

  return {
    atBoundary: () => !inFrame && headerHave === 0,
    push(chunk) {
      const frames: Frame[] = [];
      let at = 0;
      while (at < chunk.length) {
        if (!inFrame) {
          const take = Math.min(5 - headerHave, chunk.length - at);
          header.set(chunk.subarray(at, at + take), headerHave);
          headerHave += take;
          at += take;
          if (headerHave < 5) break;
          headerHave = 0;
          type = header[0] ?? 0;
          remaining = new DataView(header.buffer).getUint32(1);
          if (type === FRAME.data) {
            inFrame = remaining > 0;
            continue;
          }
          if (type !== FRAME.head && type !== FRAME.end && type !== FRAME.error) {
            return `an unknown frame type ${type}`;
          }
          if (remaining > 64 * 1024 * 1024) return "a JSON frame over 64 MiB";
          json = new Uint8Array(remaining);
          jsonHave = 0;
          inFrame = true;
          if (remaining > 0) continue;
        }
        const take = Math.min(remaining, chunk.length - at);
        if (type === FRAME.data) {
          if (take > 0) frames.push({ type: "data", bytes: chunk.subarray(at, at + take) });
        } else if (json) {
          json.set(chunk.subarray(at, at + take), jsonHave);
          jsonHave += take;
        }
        at += take;
        remaining -= take;
        if (remaining > 0) break;
        inFrame = false;
        if (type !== FRAME.data && json) {
          const frame = decodeJson(type, json);
          if (typeof frame === "string") return frame;
          frames.push(frame);
          json = undefined;
        }
      }
      return frames;
    },
  };
}
