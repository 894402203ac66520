// The page joins an agent's answer into one body as the data frames arrive: with a
// Content-Length the buffer is reserved once, without one the pieces are joined at the end,
// pausing between pieces; either way the bytes are exactly what was sent, in order, however the
// frames were cut.
import { describe, expect, it } from "vitest";
import { makeAnswerCollector } from "./answer";
import { FRAME, frameHeader, jsonFrame } from "./frames";

const peer = { kind: "agent", url: "http://127.0.0.1:7766" } as const;

function answer(headers: [string, string][], parts: Uint8Array[]): Uint8Array[] {
  const head = {
    status: 200,
    statusText: "OK",
    headers,
    url: "http://x/",
    redirected: false,
    redirects: [],
  };
  const data = parts.map((p) => {
    const out = new Uint8Array(5 + p.byteLength);
    out.set(frameHeader(FRAME.data, p.byteLength), 0);
    out.set(p, 5);
    return out;
  });
  return [jsonFrame(FRAME.head, head), ...data, jsonFrame(FRAME.end, {})];
}

const bytes = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

describe("makeAnswerCollector", () => {
  const parts = [bytes(70_000, 1), bytes(3, 2), bytes(200_000, 3), bytes(1, 4)];
  const whole = Uint8Array.from(parts.flatMap((p) => [...p]));

  it.each([
    ["with Content-Length", [["content-length", String(whole.byteLength)]] as [string, string][]],
    ["without Content-Length (joined at the end)", [] as [string, string][]],
    [
      "with a Content-Length shorter than the body",
      [["content-length", "70000"]] as [string, string][],
    ],
    [
      "encoded (the length is not the body's)",
      [
        ["content-encoding", "gzip"],
        ["content-length", "10"],
      ] as [string, string][],
    ],
  ])("%s: the body is every byte in order", async (_name, headers) => {
    const collector = makeAnswerCollector(peer);
    // Cut the stream at odd places, across frame boundaries.
    const stream = Uint8Array.from(answer(headers, parts).flatMap((f) => [...f]));
    for (let at = 0; at < stream.byteLength; at += 4093)
      expect(collector.push(stream.subarray(at, at + 4093))).toBeUndefined();
    const result = await collector.finish();
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.response.body).toEqual(whole);
    expect(collector.received()).toBe(whole.byteLength);
  });

  it("pauses before each piece it joins, so a page can yield during a big join", async () => {
    const collector = makeAnswerCollector(peer);
    for (const frame of answer([], parts)) expect(collector.push(frame)).toBeUndefined();
    const joined: number[] = [];
    const result = await collector.finish(async () => {
      joined.push(joined.length);
    });
    expect(joined).toHaveLength(parts.length);
    expect(result.ok && result.response.body).toEqual(whole);
  });

  it("an answer cut before its end is reported, not returned short", async () => {
    const collector = makeAnswerCollector(peer);
    const frames = answer([], parts);
    for (const frame of frames.slice(0, -1)) collector.push(frame);
    const result = await collector.finish();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/ended early/);
  });
});
