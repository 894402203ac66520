/**
 * What the page's agent transport (src/ui/transport/agentTransport.ts, over Node's fetch) asks of
 * a real agent beyond the request itself: NTLM's connection-bound handshake, which the agent runs
 * on its own connection from the spec the page sends, and protocolProfileBehavior's redirect
 * rules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSeededRandom } from "../../core/clock";
import { makeNtlmHandshake } from "../../core/auth/ntlm/handshake";
import type { HttpRequest } from "../../core/http/transport";
import { runItem } from "../../core/pipeline/runItem";
import { makeAgentTransport } from "./agentTransport";
import { startUpstream } from "../../node/http/test/servers";
import type { NtlmServer } from "../../node/http/test/ntlmServer";
import { ntlmItem, startNtlmServer } from "../../node/http/test/ntlmServer";
import type { RunningAgent } from "../../node/agent/server";
import { APP, pair, startLocalAgent } from "../../node/agent/test/harness";

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let ntlmServer: NtlmServer;
let agent: RunningAgent;
let token: string;

beforeAll(async () => {
  [upstream, ntlmServer, agent] = await Promise.all([
    startUpstream(),
    startNtlmServer({ user: "alice", password: "S3cret!", domain: "CORP" }),
    startLocalAgent(),
  ]);
  token = await pair(agent);
});
afterAll(async () => {
  await Promise.all([upstream.close(), ntlmServer.close(), agent.close()]);
});

// Node's fetch sends no Origin of its own; the app's page would.
const transport = () =>
  makeAgentTransport({
    baseUrl: `http://127.0.0.1:${agent.port}`,
    token,
    pageOrigin: APP,
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Origin: APP },
      }),
  });

describe("through the agent", () => {
  it("NTLM: the agent runs the handshake the page's auth describes, on one connection", async () => {
    const before = ntlmServer.seen.length;
    const result = await runItem({
      ...ntlmItem(`${ntlmServer.url}/secret`, "CORP\\alice", "S3cret!"),
      transport: transport(),
    });
    expect(result.buildError).toBeUndefined();
    expect(result.result?.ok && result.result.response.status).toBe(200);
    expect(ntlmServer.seen.slice(before).map((r) => r.kind)).toEqual(["none", 1, 3]);
  });

  it("a wrong NTLM password ends in the server's 401, not in a loop", async () => {
    const result = await transport().send(
      { method: "GET", url: `${ntlmServer.url}/secret`, headers: [] },
      {
        handshake: makeNtlmHandshake(
          { user: "alice", password: "wrong", domain: "CORP", workstation: "" },
          { clock: { now: () => Date.now() }, random: makeSeededRandom(6) },
        ),
      },
    );
    expect(result.ok && result.response.status).toBe(401);
  });

  const post = (path: string): HttpRequest => ({
    method: "POST",
    url: `${upstream.url}${path}`,
    headers: [["Content-Type", "text/plain"]],
    body: { kind: "text", text: "kept" },
  });
  const echoed = (r: Awaited<ReturnType<ReturnType<typeof transport>["send"]>>) => {
    if (!r.ok) throw new Error(r.error.message);
    return JSON.parse(new TextDecoder().decode(r.response.body)) as {
      method: string;
      rawHeaders: string[];
      length: number;
    };
  };

  it("followOriginalHttpMethod keeps POST and its body across a 302", async () => {
    const plain = echoed(await transport().send(post("/r/1")));
    expect([plain.method, plain.length]).toEqual(["GET", 0]);
    const kept = echoed(await transport().send(post("/r/1"), { followOriginalHttpMethod: true }));
    expect([kept.method, kept.length]).toEqual(["POST", 4]);
  });

  it("removeRefererHeaderOnRedirect drops the Referer of redirect hops", async () => {
    const referer = (headers: string[]) =>
      headers.some((h, i) => i % 2 === 0 && h.toLowerCase() === "referer");
    expect(referer(echoed(await transport().send(post("/r/1"))).rawHeaders)).toBe(true);
    const without = await transport().send(post("/r/1"), { removeRefererHeaderOnRedirect: true });
    expect(referer(echoed(without).rawHeaders)).toBe(false);
  });

  it("maxRedirects stops a chain past it", async () => {
    const r = await transport().send(post("/r/3"), { maxRedirects: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/maxRedirects/i);
  });
});
