/** The page's proxy transport against the real team proxy (src/node/agent in proxy mode). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningAgent } from "../../node/agent/server";
import { PROXY_TOKEN, startProxy } from "../../node/agent/test/harness";
import { startUpstream } from "../../node/http/test/servers";
import { helloAgent } from "./agentTransport";
import { makeProxyTransport, PROXY_CAPABILITIES } from "./proxyTransport";

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let strict: RunningAgent;
let open: RunningAgent;

beforeAll(async () => {
  upstream = await startUpstream();
  // A proxy as deployed (public targets only), and one whose operator allowed private ones.
  [strict, open] = await Promise.all([
    startProxy({ allowHosts: ["*"] }),
    startProxy({ allowHosts: ["127.0.0.1"], allowPrivate: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([upstream.close(), strict.close(), open.close()]);
});

describe("makeProxyTransport", () => {
  it("declares what a proxy can do: everything but private networks", () => {
    const t = makeProxyTransport({ url: strict.url, token: PROXY_TOKEN });
    expect([t.name, t.capabilities, t.capabilities.privateNetwork]).toEqual([
      "proxy",
      PROXY_CAPABILITIES,
      false,
    ]);
  });

  it("sends through a proxy whose operator allowed the target, Set-Cookie and hops visible", async () => {
    const t = makeProxyTransport({ url: open.url, token: PROXY_TOKEN });
    const result = await t.send({ method: "GET", url: `${upstream.url}/r/1`, headers: [] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.response.status).toBe(200);
    expect(result.response.redirects?.[0]?.headers).toContainEqual(["Set-Cookie", "hop1=1"]);
    expect(result.response.timings).toBeDefined();
    const hello = await helloAgent(open.url, PROXY_TOKEN, undefined, "proxy");
    expect(hello.ok && hello.hello.mode).toBe("proxy");
  });

  it("explains a refused target: the metadata address, a private one, a host off the list", async () => {
    const t = makeProxyTransport({ url: strict.url, token: PROXY_TOKEN });
    const metadata = await t.send({
      method: "GET",
      url: "http://169.254.169.254/latest/meta-data/",
      headers: [],
    });
    expect(!metadata.ok && metadata.error).toMatchObject({
      code: "NETWORK",
      reason: "TARGET_REFUSED",
      message: expect.stringMatching(
        /^The proxy refused: 169\.254\.169\.254, a link-local address/,
      ) as unknown,
      hint: "Ask whoever runs the proxy to allow this host (--allow-host), or use the local agent.",
    });
    const local = await t.send({ method: "GET", url: `${upstream.url}/echo`, headers: [] });
    expect(!local.ok && local.error.reason).toBe("TARGET_REFUSED");
    const offList = await makeProxyTransport({ url: open.url, token: PROXY_TOKEN }).send({
      method: "GET",
      url: "https://example.com/",
      headers: [],
    });
    expect(!offList.ok && offList.error.message).toMatch(
      /example\.com is not on this agent's list of allowed hosts/,
    );
  });

  it("says a wrong token is the operator's to fix", async () => {
    const t = makeProxyTransport({ url: strict.url, token: "wrong-token-0000000000" });
    const result = await t.send({ method: "GET", url: "https://example.com/", headers: [] });
    expect(!result.ok && result.error).toMatchObject({
      reason: "TOKEN_INVALID",
      hint: "Check the proxy token in Settings with whoever runs the proxy.",
    });
  });
});
