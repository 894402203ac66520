/**
 * The team proxy's hostile suite: token holders and forged requests trying to reach what the
 * proxy must not (its own network, the cloud's metadata, hosts off the list), each refused with
 * a clear status and message, against the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEND_CONTENT_TYPE } from "../../core/agent/protocol";
import { startUpstream } from "../http/test/servers";
import type { RunningAgent } from "./server";
import { call, PROXY_TOKEN, refusal, send, startProxy } from "./test/harness";

let upstream: Awaited<ReturnType<typeof startUpstream>>;

beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(() => upstream.close());

describe("the team proxy refuses", () => {
  let proxy: RunningAgent;
  beforeAll(async () => {
    proxy = await startProxy({
      allowHosts: ["127.0.0.1", "localhost", "169.254.169.254", "api.example.com"],
    });
  });
  afterAll(() => proxy.close());

  it("a missing or wrong bearer token, and pairing", async () => {
    const none = await call(proxy, { path: "/v1/hello" });
    expect([none.status, refusal(none).code]).toEqual([401, "TOKEN_MISSING"]);
    const wrong = await call(proxy, {
      path: "/v1/hello",
      headers: { Authorization: `Bearer ${PROXY_TOKEN}0` },
    });
    expect([wrong.status, refusal(wrong).code]).toEqual([401, "TOKEN_INVALID"]);
    const ok = await call(proxy, {
      path: "/v1/hello",
      headers: { Authorization: `Bearer ${PROXY_TOKEN}`, Host: "proxy.example.com" },
    });
    expect(JSON.parse(ok.body.toString())).toEqual({
      name: "satchel-agent",
      protocol: 1,
      mode: "proxy",
    });
    const pairing = await call(proxy, {
      method: "POST",
      path: "/v1/pair",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect([pairing.status, refusal(pairing).code]).toEqual([404, "PAIRING_OFF"]);
  });

  it("the cloud metadata address, in any spelling", async () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[::ffff:169.254.169.254]/",
      "http://[fe80::1]/",
      "http://2852039166/",
    ]) {
      const { raw } = await send(proxy, PROXY_TOKEN, { method: "GET", url });
      expect(raw.status).toBe(403);
      expect(refusal(raw).code).toBe("TARGET_REFUSED");
    }
    const { raw } = await send(proxy, PROXY_TOKEN, {
      method: "GET",
      url: "http://169.254.169.254/",
    });
    expect(refusal(raw).message).toMatch(
      /169\.254\.169\.254, a link-local address \(cloud metadata lives there\): a team proxy never connects there/,
    );
  });

  it("a host not on the allow-list", async () => {
    const { raw } = await send(proxy, PROXY_TOKEN, {
      method: "GET",
      url: "https://internal.example.com/",
    });
    expect(raw.status).toBe(403);
    expect(refusal(raw)).toEqual({
      code: "TARGET_REFUSED",
      message:
        "internal.example.com is not on this agent's list of allowed hosts (--allow-host 127.0.0.1, localhost, 169.254.169.254, api.example.com)",
    });
  });

  it("a loopback target, literal or behind a name, checked on the address it connects to", async () => {
    const literal = await send(proxy, PROXY_TOKEN, { method: "GET", url: `${upstream.url}/echo` });
    expect([literal.raw.status, refusal(literal.raw).message]).toEqual([
      403,
      "127.0.0.1, a loopback address: a team proxy refuses private, loopback and reserved addresses unless started with --allow-private",
    ]);
    // "localhost" passes the allow-list; its addresses are refused inside the DNS lookup itself.
    const named = await send(proxy, PROXY_TOKEN, {
      method: "GET",
      url: `http://localhost:${upstream.port}/echo`,
    });
    expect(named.raw.status).toBe(200);
    const failure = named.frames[0];
    expect(failure?.type === "error" && failure.failure.error).toMatchObject({
      code: "NETWORK",
      reason: "TARGET_REFUSED",
      message: expect.stringMatching(
        /^localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
      ) as unknown,
    });
  });

  it("lets a name through when its addresses pass, connecting to the address checked", async () => {
    const open = await startProxy({ allowHosts: ["localhost"], allowPrivate: true });
    try {
      const named = await send(open, PROXY_TOKEN, {
        method: "GET",
        url: `http://localhost:${upstream.port}/echo`,
      });
      expect(named.frames.at(-1)?.type).toBe("end");
      expect(JSON.parse(named.data.toString())).toMatchObject({ method: "GET", url: "/echo" });
    } finally {
      await open.close();
    }
  });

  it("a redirect from an allowed target to a refused one, hop by hop", async () => {
    // Private addresses allowed, and the metadata IP on the list: link-local is refused anyway.
    const open = await startProxy({
      allowHosts: ["127.0.0.1", "169.254.169.254"],
      allowPrivate: true,
    });
    try {
      const same = await send(open, PROXY_TOKEN, { method: "GET", url: `${upstream.url}/r/1` });
      expect(same.frames.at(-1)?.type).toBe("end");
      for (const [target, why] of [
        ["http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254, a link-local address/],
        [
          `http://localhost:${upstream.port}/echo`,
          /localhost is not on this agent's list of allowed hosts/,
        ],
      ] as const) {
        const hop = await send(open, PROXY_TOKEN, {
          method: "GET",
          url: `${upstream.url}/to?url=${encodeURIComponent(target)}`,
        });
        const last = hop.frames.at(-1);
        expect(last?.type === "error" && last.failure.error.reason).toBe("TARGET_REFUSED");
        expect(last?.type === "error" && last.failure.error.message).toMatch(why);
      }
    } finally {
      await open.close();
    }
  });

  it("an upstream proxy option (it could lead anywhere)", async () => {
    const { raw } = await send(
      proxy,
      PROXY_TOKEN,
      { method: "GET", url: "http://api.example.com/" },
      { proxy: "http://10.0.0.1:3128" },
    );
    expect([raw.status, refusal(raw).code]).toEqual([403, "OPTION_REFUSED"]);
  });

  it("more sends a minute per token than --rate-limit allows", async () => {
    let clock = 0;
    const limited = await startProxy(
      { ratePerMinute: 2, allowHosts: ["api.example.com"] },
      { now: () => clock },
    );
    try {
      const helloProxy = () =>
        call(limited, { path: "/v1/hello", headers: { Authorization: `Bearer ${PROXY_TOKEN}` } });
      expect((await helloProxy()).status).toBe(200);
      expect((await helloProxy()).status).toBe(200);
      const third = await helloProxy();
      expect([third.status, refusal(third).code, third.headers["retry-after"]]).toEqual([
        429,
        "RATE_LIMITED",
        "30",
      ]);
      clock += 30_000;
      expect((await helloProxy()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("a foreign Origin when one is sent", async () => {
    const raw = await call(proxy, {
      path: "/v1/hello",
      headers: { Origin: "https://evil.example", Authorization: `Bearer ${PROXY_TOKEN}` },
    });
    expect([raw.status, refusal(raw).code]).toEqual([403, "ORIGIN_REFUSED"]);
  });

  it("content-type checks apply to proxies too", async () => {
    const raw = await call(proxy, {
      method: "POST",
      path: "/v1/send",
      headers: { Authorization: `Bearer ${PROXY_TOKEN}`, "Content-Type": "text/plain" },
      body: "x",
    });
    expect(raw.status).toBe(415);
    expect(refusal(raw).message).toBe(`A send is Content-Type ${SEND_CONTENT_TYPE}`);
  });
});
