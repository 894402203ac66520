import { describe, expect, it } from "vitest";
import { FRAME, frameHeader, jsonFrame, makeFrameReader } from "./frames";
import type { Frame } from "./frames";

const head = {
  status: 200,
  statusText: "OK",
  headers: [["A", "1"]],
  url: "http://x/",
  redirected: false,
  redirects: [],
};

function stream(): Uint8Array {
  const data = new Uint8Array([1, 2, 3, 4, 5, 6, 7]);
  const parts = [
    jsonFrame(FRAME.head, head),
    frameHeader(FRAME.data, data.length),
    data,
    frameHeader(FRAME.data, 0),
    jsonFrame(FRAME.end, {
      timings: { dnsMs: 0, connectMs: 0, tlsMs: 0, firstByteMs: 1, downloadMs: 1, totalMs: 2 },
    }),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Frames of `bytes` fed in pieces of `size`, data joined. */
function read(bytes: Uint8Array, size: number) {
  const reader = makeFrameReader();
  const frames: Frame[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    const got = reader.push(bytes.subarray(i, i + size));
    if (typeof got === "string") throw new Error(got);
    frames.push(...got);
  }
  const data = frames.flatMap((f) => (f.type === "data" ? [...f.bytes] : []));
  return {
    types: frames.filter((f) => f.type !== "data").map((f) => f.type),
    data,
    atBoundary: reader.atBoundary(),
    frames,
  };
}

describe("makeFrameReader", () => {
  it("reads the same frames however the stream is cut", () => {
    const bytes = stream();
    for (const size of [1, 2, 5, 6, 13, bytes.length]) {
      const { types, data, atBoundary, frames } = read(bytes, size);
      expect([size, types, data, atBoundary]).toEqual([
        size,
        ["head", "end"],
        [1, 2, 3, 4, 5, 6, 7],
        true,
      ]);
      expect(frames[0]).toEqual({ type: "head", head });
    }
  });

  it("says a stream cut inside a frame is not at a boundary", () => {
    const bytes = stream();
    expect(read(bytes.subarray(0, bytes.length - 3), 4).atBoundary).toBe(false);
  });

  it("rejects unknown frame types and malformed JSON frames", () => {
    expect(makeFrameReader().push(frameHeader(0x5a as never, 0))).toBe("an unknown frame type 90");
    expect(makeFrameReader().push(jsonFrame(FRAME.head, { status: "200" }))).toBe(
      "a head frame without status and headers",
    );
    expect(makeFrameReader().push(jsonFrame(FRAME.error, { error: {} }))).toBe(
      "an error frame without code and message",
    );
    const broken = new Uint8Array([...frameHeader(FRAME.end, 1), 0x7b]);
    expect(makeFrameReader().push(broken)).toBe("a frame that is not a JSON object");
  });

  it("passes data through as views, without copying", () => {
    const bytes = stream();
    const reader = makeFrameReader();
    const got = reader.push(bytes);
    if (typeof got === "string") throw new Error(got);
    const data = got.find((f) => f.type === "data");
    expect(data?.type === "data" && data.bytes.buffer).toBe(bytes.buffer);
  });
});
