/**
 * NTLM through the Node transport against a server that checks NTLMv2 on its own
 * (./test/ntlmServer.ts): the negotiate and authenticate messages go out on one connection, a
 * wrong password gets the server's 401, and a server that drops the connection mid-handshake
 * fails the send with a reason.
 */
import { afterEach, describe, expect, it } from "vitest";
import { authorize } from "../../core/auth";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";
import type { HttpRequest, SendOptions, SendResult, Transport } from "../../core/http/transport";
import type { Auth } from "../../core/model";
import { makeNodeTransport } from "./nodeTransport";
import type { NtlmServer, NtlmServerOptions } from "./test/ntlmServer";
import { startNtlmServer } from "./test/ntlmServer";
import { TEST_CERT, TEST_KEY } from "./test/selfSigned";

const CREDS = { user: "alice", password: "S3cret!", domain: "CORP" };
let server: NtlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const start = async (options: Partial<NtlmServerOptions> = {}) => {
  server = await startNtlmServer({ ...CREDS, ...options });
  return server;
};

const ntlmAuth = (attrs: Record<string, string>): Auth => ({
  type: "ntlm",
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
});

/** What runItem does: authorize, then send with the scheme's handshake in the options. */
async function send(
  transport: Transport,
  http: HttpRequest,
  auth: Auth,
  options: SendOptions = {},
): Promise<SendResult> {
  const deps = { clock: { now: () => Date.now() }, random: makeSeededRandom(42) };
  const signed = await authorize(http, auth, { deps, transport });
  if (!signed.ok) throw new Error(signed.error.message);
  return transport.send(signed.value.http, {
    ...options,
    ...(signed.value.handshake ? { handshake: signed.value.handshake } : {}),
  });
}

const text = (r: SendResult) => (r.ok ? Buffer.from(r.response.body).toString("utf8") : "");

describe("NTLM through the Node transport", () => {
  const transport = makeNodeTransport();

  it("authenticates, Type 1 and Type 3 on the same connection", async () => {
    const s = await start();
    const get = { method: "GET", url: `${s.url}/secret`, headers: [] };
    const result = await send(
      transport,
      get,
      ntlmAuth({ username: "alice", password: "S3cret!", domain: "CORP", workstation: "WS1" }),
    );
    expect(result.ok && result.response.status).toBe(200);
    expect(JSON.parse(text(result))).toMatchObject({
      user: "alice",
      domain: "CORP",
      workstation: "WS1",
    });
    expect(s.seen.map((r) => r.kind)).toEqual(["none", 1, 3]);
    const [, negotiate, authenticate] = s.seen;
    expect(authenticate!.socket).toBe(negotiate!.socket);
    // The redirect-free phases still add up to the whole send.
    const t = result.ok ? result.response.timings : undefined;
    expect(t).toBeDefined();
    const sum = t!.dnsMs + t!.connectMs + t!.tlsMs + t!.firstByteMs + t!.downloadMs;
    expect(Math.abs(sum + (t!.redirectMs ?? 0) - t!.totalMs)).toBeLessThan(1);
  });

  it("reads the domain from DOMAIN\\user and sends the body on every leg", async () => {
    const s = await start();
    const post: HttpRequest = {
      method: "POST",
      url: `${s.url}/form`,
      headers: [["Content-Type", "text/plain"]],
      body: { kind: "text", text: "payload" },
    };
    const result = await send(
      transport,
      post,
      ntlmAuth({ username: "CORP\\alice", password: "S3cret!" }),
    );
    expect(result.ok && result.response.status).toBe(200);
    expect(JSON.parse(text(result))).toMatchObject({
      user: "alice",
      domain: "CORP",
      body: "payload",
    });
    expect(s.seen.map((r) => r.body)).toEqual(["payload", "payload", "payload"]);
  });

  it("gets the server's 401 for a wrong password", async () => {
    const s = await start();
    const result = await send(
      transport,
      { method: "GET", url: s.url, headers: [] },
      ntlmAuth({ username: "alice", password: "wrong", domain: "CORP" }),
    );
    expect(result.ok && result.response.status).toBe(401);
    expect(text(result)).toBe("wrong credentials");
    expect(s.seen.map((r) => r.kind)).toEqual(["none", 1, 3]);
  });

  it("keeps concurrent handshakes on their own connections", async () => {
    const s = await start();
    const auth = ntlmAuth({ username: "alice", password: "S3cret!", domain: "CORP" });
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        send(transport, { method: "GET", url: `${s.url}/${n}`, headers: [] }, auth),
      ),
    );
    expect(results.map((r) => r.ok && r.response.status)).toEqual([200, 200, 200]);
    const sockets = new Set(s.seen.filter((r) => r.kind === 3).map((r) => r.socket));
    expect(sockets.size).toBe(3);
  });

  it("fails with a reason when the server closes the connection after its challenge", async () => {
    const s = await start({ closeAfterChallenge: true });
    const result = await send(
      transport,
      { method: "GET", url: s.url, headers: [] },
      ntlmAuth({ username: "alice", password: "S3cret!", domain: "CORP" }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.reason).toBe("AUTH_HANDSHAKE");
      expect(result.error.message).toMatch(/closed the connection/);
    }
    expect(s.seen.map((r) => r.kind)).toEqual(["none", 1]);
  });

  it("fails with a reason when the negotiate message gets no challenge", async () => {
    const s = await start({ noChallenge: true });
    const result = await send(
      transport,
      { method: "GET", url: s.url, headers: [] },
      ntlmAuth({ username: "alice", password: "S3cret!", domain: "CORP" }),
    );
    expect(!result.ok && result.error.message).toMatch(/did not answer NTLM's negotiate/);
  });

  it("sends once, without Authorization, when the server does not ask", async () => {
    const s = await start();
    const plain = makeNodeTransport();
    const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };
    const signed = await authorize(
      { method: "GET", url: `${s.url}/x`, headers: [["Authorization", "Basic eA=="]] },
      ntlmAuth({ username: "alice", password: "S3cret!" }),
      { deps, transport: plain },
    );
    if (!signed.ok) throw new Error(signed.error.message);
    expect(signed.value.http.headers).toEqual([]);
    // A handshake that never answers: one request goes out, the 401 is the answer.
    const result = await plain.send(signed.value.http, {
      handshake: { start: () => undefined, answer: () => undefined },
    });
    expect(result.ok && result.response.status).toBe(401);
    expect(s.seen.map((r) => r.kind)).toEqual(["none"]);
  });

  it("holds the connection over TLS too", async () => {
    const s = await start({ tls: { cert: TEST_CERT, key: TEST_KEY } });
    const result = await send(
      makeNodeTransport({ insecure: true }),
      { method: "GET", url: `${s.url}/tls`, headers: [] },
      ntlmAuth({ username: "alice", password: "S3cret!", domain: "CORP" }),
    );
    expect(result.ok && result.response.status).toBe(200);
    const [, negotiate, authenticate] = s.seen;
    expect(s.seen.map((r) => r.kind)).toEqual(["none", 1, 3]);
    expect(authenticate!.socket).toBe(negotiate!.socket);
  });

  it("refuses a handshake through an upstream proxy", async () => {
    const s = await start();
    const result = await send(
      transport,
      { method: "GET", url: s.url, headers: [] },
      ntlmAuth({ username: "alice", password: "S3cret!", domain: "CORP" }),
      { proxy: "http://127.0.0.1:9" },
    );
    expect(!result.ok && result.error.reason).toBe("AUTH_HANDSHAKE");
    expect(s.seen).toEqual([]);
  });
});
