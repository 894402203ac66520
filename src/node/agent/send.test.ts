/** What the agent sends and reports, through the real server, against local upstreams. */
import { createHash } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, ResponseEnd, ResponseHead } from "../../core/agent/frames";
import { makeFrameReader } from "../../core/agent/frames";
import { SEND_CONTENT_TYPE } from "../../core/agent/protocol";
import type { TimingPhases } from "../../core/http/transport";
import { startTlsUpstream, startUpstream } from "../http/test/servers";
import { REPLAY_LIMIT } from "./sendRoute";
import type { RunningAgent } from "./server";
import { APP, call, pair, send, sendBody, startLocalAgent } from "./test/harness";

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let tlsUpstream: Awaited<ReturnType<typeof startTlsUpstream>>;
let agent: RunningAgent;
let token: string;

beforeAll(async () => {
  [upstream, tlsUpstream, agent] = await Promise.all([
    startUpstream(),
    startTlsUpstream(),
    startLocalAgent(),
  ]);
  token = await pair(agent);
});
afterAll(async () => {
  await Promise.all([upstream.close(), tlsUpstream.close(), agent.close()]);
});

const headOf = (frames: Frame[]): ResponseHead => {
  const f = frames.find((x) => x.type === "head");
  if (f?.type !== "head") throw new Error(`no head: ${JSON.stringify(frames)}`);
  return f.head;
};
const endOf = (frames: Frame[]): ResponseEnd => {
  const f = frames.at(-1);
  if (f?.type !== "end") throw new Error(`no end: ${JSON.stringify(frames)}`);
  return f.end;
};
const errorOf = (frames: Frame[]) => {
  const f = frames.at(-1);
  if (f?.type !== "error") throw new Error(`no error: ${JSON.stringify(frames)}`);
  return f.failure.error;
};
const sum = (t: TimingPhases) =>
  (t.redirectMs ?? 0) + t.dnsMs + t.connectMs + t.tlsMs + t.firstByteMs + t.downloadMs;

describe("sending through the agent", () => {
  it("returns every header with its repeats: each Set-Cookie", async () => {
    const { frames, data } = await send(agent, token, {
      method: "GET",
      url: `${upstream.url}/cookies`,
    });
    const head = headOf(frames);
    expect(head.status).toBe(200);
    expect(head.headers.filter(([k]) => k.toLowerCase() === "set-cookie")).toEqual([
      ["Set-Cookie", "a=1; Path=/"],
      ["Set-Cookie", "b=2; HttpOnly"],
      ["Set-Cookie", "c=3"],
    ]);
    expect(data.toString()).toBe("cookies");
  });

  it("sends any header the page built, Host and Cookie included", async () => {
    const { data } = await send(agent, token, {
      method: "PATCH",
      url: `${upstream.url}/echo`,
      headers: [
        ["Cookie", "s=1"],
        ["Origin", "https://api.example.com"],
        ["User-Agent", "satchel-test"],
        ["X-Dup", "1"],
        ["X-Dup", "2"],
      ],
    });
    const echoed = JSON.parse(data.toString()) as { method: string; rawHeaders: string[] };
    expect(echoed.method).toBe("PATCH");
    expect(echoed.rawHeaders.slice(0, 10)).toEqual([
      "Cookie",
      "s=1",
      "Origin",
      "https://api.example.com",
      "User-Agent",
      "satchel-test",
      "X-Dup",
      "1",
      "X-Dup",
      "2",
    ]);
  });

  it("reports a redirect chain hop by hop when following it", async () => {
    const { frames } = await send(agent, token, { method: "GET", url: `${upstream.url}/r/3` });
    const head = headOf(frames);
    expect([head.status, head.url, head.redirected]).toEqual([200, `${upstream.url}/echo`, true]);
    expect(
      head.redirects.map((h) => [h.method, h.url, h.status, h.statusText, h.location]),
    ).toEqual([
      ["GET", `${upstream.url}/r/3`, 302, "Found", "/r/2"],
      ["GET", `${upstream.url}/r/2`, 302, "Found", "/r/1"],
      ["GET", `${upstream.url}/r/1`, 302, "Found", "/echo"],
    ]);
    expect(head.redirects.map((h) => h.headers.find(([k]) => k === "Set-Cookie")?.[1])).toEqual([
      "hop3=1",
      "hop2=1",
      "hop1=1",
    ]);
  });

  it("returns the first 3xx when told not to follow", async () => {
    const { frames, data } = await send(
      agent,
      token,
      { method: "GET", url: `${upstream.url}/r/3` },
      { followRedirects: false },
    );
    const head = headOf(frames);
    expect([head.status, head.redirected, head.redirects]).toEqual([302, false, []]);
    expect(head.headers).toContainEqual(["Location", "/r/2"]);
    expect(data.length).toBe(0);
    expect(endOf(frames).timings).toBeDefined();
  });

  it("reports timing phases that are each ≥ 0 and add up to the total", async () => {
    const { frames } = await send(
      agent,
      token,
      { method: "GET", url: `https://localhost:${tlsUpstream.port}/big?chunks=32` },
      { tls: { verify: false } },
    );
    const t = endOf(frames).timings;
    if (!t) throw new Error("no timings");
    for (const v of Object.values(t)) expect(v).toBeGreaterThanOrEqual(0);
    expect(t.tlsMs).toBeGreaterThan(0);
    expect(t.downloadMs).toBeGreaterThan(0);
    expect(Math.abs(sum(t) - t.totalMs)).toBeLessThan(0.05);
  });

  it("refuses a self-signed certificate unless verification is off", async () => {
    const url = `${tlsUpstream.url}/echo`;
    const verified = await send(agent, token, { method: "GET", url });
    expect(errorOf(verified.frames)).toMatchObject({
      code: "NETWORK",
      message: expect.stringMatching(/self-signed/i) as unknown,
    });
    const insecure = await send(agent, token, { method: "GET", url }, { tls: { verify: false } });
    expect(headOf(insecure.frames).status).toBe(200);
  });

  it("decodes gzip as it streams, and passes a body that only claims to be gzip as sent", async () => {
    const zipped = await send(agent, token, { method: "GET", url: `${upstream.url}/gzip` });
    expect(zipped.data.toString()).toBe("zipped");
    expect(headOf(zipped.frames).headers).toContainEqual(["Content-Encoding", "gzip"]);
    const raw = await send(agent, token, { method: "GET", url: `${upstream.url}/deflate-raw` });
    expect(raw.data.toString()).toBe("raw deflate");
    const fake = await send(agent, token, { method: "GET", url: `${upstream.url}/badgzip` });
    expect(fake.data.toString()).toBe("not gzip at all");
    expect(endOf(fake.frames).timings).toBeDefined();
  });

  it("reports unreachable hosts and timeouts as error frames", async () => {
    const closed = await startUpstream();
    await closed.close();
    const refused = await send(agent, token, { method: "GET", url: `${closed.url}/` });
    expect(errorOf(refused.frames).code).toBe("UNREACHABLE");
    const slow = await send(
      agent,
      token,
      { method: "GET", url: `${upstream.url}/slow` },
      { timeoutMs: 50 },
    );
    expect(errorOf(slow.frames)).toMatchObject({
      code: "TIMEOUT",
      message: "No response within 50 ms",
    });
  });

  it("sends a small body once more on a 307, and says why a streamed one is not", async () => {
    const small = Buffer.alloc(1000, "s");
    const raw = await call(agent, {
      method: "POST",
      path: "/v1/send",
      headers: { Origin: APP, Authorization: `Bearer ${token}`, "Content-Type": SEND_CONTENT_TYPE },
      body: sendBody({ method: "POST", url: `${upstream.url}/r307` }, small),
    });
    const frames = makeFrameReader().push(raw.body);
    if (typeof frames === "string") throw new Error(frames);
    expect(headOf(frames).status).toBe(200);

    const big = Buffer.alloc(REPLAY_LIMIT + 1, "b");
    const rawBig = await call(agent, {
      method: "POST",
      path: "/v1/send",
      headers: { Origin: APP, Authorization: `Bearer ${token}`, "Content-Type": SEND_CONTENT_TYPE },
      body: sendBody({ method: "POST", url: `${upstream.url}/r307` }, big),
    });
    const bigFrames = makeFrameReader().push(rawBig.body);
    if (typeof bigFrames === "string") throw new Error(bigFrames);
    expect(headOf(bigFrames).status).toBe(307);
    expect(endOf(bigFrames).warnings?.[0]?.message).toMatch(
      /was not followed: it asks for the body again/,
    );
  });

  it("streams a body over the replay limit to the upstream intact", async () => {
    const big = Buffer.alloc(3 * REPLAY_LIMIT + 17, "z");
    const raw = await call(agent, {
      method: "POST",
      path: "/v1/send",
      headers: { Origin: APP, Authorization: `Bearer ${token}`, "Content-Type": SEND_CONTENT_TYPE },
      body: sendBody({ method: "PUT", url: `${upstream.url}/echo` }, big),
    });
    const frames = makeFrameReader().push(raw.body);
    if (typeof frames === "string") throw new Error(frames);
    const data = Buffer.concat(frames.flatMap((f) => (f.type === "data" ? [f.bytes] : [])));
    const echoed = JSON.parse(data.toString()) as { length: number; sha256: string };
    expect(echoed).toMatchObject({
      length: big.length,
      sha256: createHash("sha256").update(big).digest("hex"),
    });
  });
});

describe("cancel", () => {
  it("aborts the upstream request when the page stops reading mid-download", async () => {
    const body = sendBody({ method: "GET", url: `${upstream.url}/endless` });
    const firstData = await new Promise<http.ClientRequest>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: agent.port,
          method: "POST",
          path: "/v1/send",
          headers: {
            Origin: APP,
            Authorization: `Bearer ${token}`,
            "Content-Type": SEND_CONTENT_TYPE,
          },
          agent: false,
        },
        (res) => {
          const reader = makeFrameReader();
          res.on("data", (chunk: Buffer) => {
            const frames = reader.push(chunk);
            if (typeof frames !== "string" && frames.some((f) => f.type === "data")) resolve(req);
          });
        },
      );
      req.on("error", (e) => {
        if ((e as { code?: string }).code !== "ECONNRESET") reject(e);
      });
      req.end(body);
    });
    firstData.destroy();
    const closed = await upstream.events.endlessClosed;
    expect(closed.finished).toBe(false);
    expect(closed.sent).toBeGreaterThan(0);
  });
});
