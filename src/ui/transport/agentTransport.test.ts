/**
 * The page's agent transport against the real agent (src/node/agent), in Node with its global
 * fetch; a wrapper adds the Origin header a browser would send from the app.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ORIGINS } from "../../core/agent/protocol";
import type { HttpRequest } from "../../core/http/transport";
import type { RunningAgent } from "../../node/agent/server";
import { startLocalAgent } from "../../node/agent/test/harness";
import { startUpstream } from "../../node/http/test/servers";
import type { FetchLike } from "./agentTransport";
import { AGENT_CAPABILITIES, helloAgent, makeAgentTransport, pairAgent } from "./agentTransport";

const APP = APP_ORIGINS[0] as string;
/** fetch as the app's page: the browser adds its Origin. */
const fromPage =
  (origin = APP): FetchLike =>
  (url, init) =>
    fetch(url, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init.headers)), Origin: origin },
    });

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let agent: RunningAgent;
let token: string;

beforeAll(async () => {
  [upstream, agent] = await Promise.all([startUpstream(), startLocalAgent()]);
  const paired = await pairAgent(agent.url, agent.pairingCode(), fromPage());
  if (!paired.ok) throw new Error(paired.error.message);
  token = paired.token;
});
afterAll(async () => {
  await Promise.all([upstream.close(), agent.close()]);
});

const transport = () => makeAgentTransport({ baseUrl: agent.url, token, fetch: fromPage() });
const get = (path: string): HttpRequest => ({
  method: "GET",
  url: `${upstream.url}${path}`,
  headers: [],
});
const json = (body: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(body)) as Record<string, unknown>;

describe("pairing from the page", () => {
  it("refuses a wrong code, then pairs with the printed one", async () => {
    const wrong = await pairAgent(agent.url, "ZZZZ-ZZZZ", fromPage());
    expect(!wrong.ok && [wrong.error.reason, wrong.error.hint]).toEqual([
      "PAIRING_CODE_INVALID",
      "Type the code the agent printed; each code works once.",
    ]);
    const paired = await pairAgent(`${agent.url}/`, agent.pairingCode(), fromPage());
    expect(paired.ok).toBe(true);
    const hello = await helloAgent(agent.url, paired.ok ? paired.token : "", fromPage());
    expect(hello.ok && hello.hello).toEqual({ name: "satchel-agent", protocol: 1, mode: "agent" });
  });
});

describe("makeAgentTransport", () => {
  it("declares every capability", () => {
    expect(transport().capabilities).toEqual(AGENT_CAPABILITIES);
    expect(Object.values(AGENT_CAPABILITIES).every(Boolean)).toBe(true);
    expect(transport().name).toBe("agent");
  });

  it("sees every Set-Cookie, the redirect hops and the timing phases", async () => {
    const cookies = await transport().send(get("/cookies"));
    if (!cookies.ok) throw new Error(cookies.error.message);
    expect(cookies.response.headers.filter(([k]) => k === "Set-Cookie").map(([, v]) => v)).toEqual([
      "a=1; Path=/",
      "b=2; HttpOnly",
      "c=3",
    ]);
    const chain = await transport().send(get("/r/2"));
    if (!chain.ok) throw new Error(chain.error.message);
    expect(chain.response.redirects?.map((h) => [h.status, h.location])).toEqual([
      [302, "/r/1"],
      [302, "/echo"],
    ]);
    expect(chain.response).toMatchObject({
      status: 200,
      url: `${upstream.url}/echo`,
      redirected: true,
    });
    expect(chain.response.timings?.totalMs).toBeGreaterThan(0);
    const stopped = await transport().send(get("/r/2"), { followRedirects: false });
    expect(stopped.ok && [stopped.response.status, stopped.response.redirects]).toEqual([302, []]);
  });

  it("sends headers a browser forbids, and urlencoded bodies as Postman encodes them", async () => {
    const result = await transport().send({
      method: "POST",
      url: `${upstream.url}/echo?body`,
      headers: [
        ["Cookie", "s=1"],
        ["Host", `127.0.0.1:${upstream.port}`],
      ],
      body: { kind: "urlencoded", fields: [["q", "a b&c"]] },
    });
    if (!result.ok) throw new Error(result.error.message);
    const echoed = json(result.response.body);
    expect(echoed.body).toBe("q=a%20b%26c");
    expect(echoed.rawHeaders).toEqual(
      expect.arrayContaining(["Cookie", "s=1", "application/x-www-form-urlencoded"]),
    );
  });

  it("sends stored files in a multipart body, and says when one is missing", async () => {
    const files = new Map([["f1", new Blob(["file bytes"], { type: "text/plain" })]]);
    const send = (fileId: string) =>
      makeAgentTransport({
        baseUrl: agent.url,
        token,
        fetch: fromPage(),
        resolveFile: (id) => Promise.resolve(files.get(id)),
      }).send({
        method: "POST",
        url: `${upstream.url}/echo?body`,
        headers: [],
        body: {
          kind: "multipart",
          fields: [{ type: "file", name: "up", fileId, fileName: "c:\\docs\\a.txt" }],
        },
      });
    const result = await send("f1");
    if (!result.ok) throw new Error(result.error.message);
    expect(json(result.response.body).body).toMatch(
      /^--(\S+)\r\nContent-Disposition: form-data; name="up"; filename="a.txt"\r\nContent-Type: application\/octet-stream\r\n\r\nfile bytes\r\n--\1--\r\n$/,
    );
    const missing = await send("gone");
    expect(!missing.ok && missing.error.message).toBe(
      'The file "c:\\docs\\a.txt" attached to this request is missing.',
    );
  });

  it("cancels: the agent aborts the upstream download", async () => {
    const controller = new AbortController();
    const t = makeAgentTransport({
      baseUrl: agent.url,
      token,
      fetch: fromPage(),
      onProgress: ({ received }) => {
        if (received > 0) controller.abort();
      },
    });
    const result = await t.send(get("/endless"), { signal: controller.signal });
    expect(!result.ok && result.error.code).toBe("CANCELLED");
    expect((await upstream.events.endlessClosed).finished).toBe(false);
  });

  it("passes the agent's timeout and unreachable targets through", async () => {
    const slow = await transport().send(get("/slow"), { timeoutMs: 50 });
    expect(!slow.ok && slow.error).toMatchObject({
      code: "TIMEOUT",
      hint: "Raise the request timeout",
    });
    const invalid = await transport().send({
      method: "GET",
      url: "http://127.0.0.1:1/",
      headers: [],
    });
    expect(!invalid.ok && invalid.error.code).toBe("UNREACHABLE");
  });

  it("maps the agent's refusals to errors that say what to do", async () => {
    const stale = await makeAgentTransport({
      baseUrl: agent.url,
      token: "forgotten",
      fetch: fromPage(),
    }).send(get("/echo"));
    expect(!stale.ok && stale.error).toMatchObject({
      code: "NETWORK",
      reason: "TOKEN_INVALID",
      hint: expect.stringMatching(/^Pair again/) as unknown,
    });
    const foreign = await makeAgentTransport({
      baseUrl: agent.url,
      token,
      fetch: fromPage("https://satchel.example.com"),
      pageOrigin: "https://satchel.example.com",
    }).send(get("/echo"));
    expect(!foreign.ok && foreign.error).toMatchObject({
      reason: "ORIGIN_REFUSED",
      hint: "Start it with `npx satchel agent --allow-origin https://satchel.example.com` to accept this page.",
    });
    const down = await makeAgentTransport({
      baseUrl: "http://127.0.0.1:1",
      token,
      fetch: fromPage(),
    }).send(get("/echo"));
    expect(!down.ok && down.error).toMatchObject({
      code: "UNREACHABLE",
      reason: "AGENT_UNREACHABLE",
    });
  });
});
