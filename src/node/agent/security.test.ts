/**
 * The local agent's hostile suite (../shared/STYLE.md §16): each way in a web page could try —
 * no token, a forged one, a foreign origin, a rebinding Host, guessing the pairing code — is
 * refused with a clear status and message, against the real server. The team proxy's suite is
 * ./proxySecurity.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstream } from "../http/test/servers";
import { main } from "../cli/main";
import type { RunningAgent } from "./server";
import { APP, call, pair, refusal, send, sendBody, startLocalAgent } from "./test/harness";

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let agent: RunningAgent;
let token: string;

beforeAll(async () => {
  upstream = await startUpstream();
  agent = await startLocalAgent();
  token = await pair(agent);
});
afterAll(async () => {
  await Promise.all([upstream.close(), agent.close()]);
});

const hello = (headers: Record<string, string>) =>
  call(agent, { path: "/v1/hello", headers: { Origin: APP, ...headers } });

describe("the local agent refuses", () => {
  it("a call without a token (401 TOKEN_MISSING)", async () => {
    const raw = await hello({});
    expect(raw.status).toBe(401);
    expect(raw.headers["www-authenticate"]).toBe("Bearer");
    expect(refusal(raw)).toMatchObject({
      code: "TOKEN_MISSING",
      message: expect.stringMatching(/Authorization: Bearer/) as unknown,
    });
  });

  it("a wrong token, or the pairing code used as one (401 TOKEN_INVALID)", async () => {
    for (const wrong of [`${token}x`, token.slice(0, -1), agent.pairingCode(), "null"]) {
      const raw = await hello({ Authorization: `Bearer ${wrong}` });
      expect(raw.status).toBe(401);
      expect(refusal(raw).code).toBe("TOKEN_INVALID");
    }
    expect((await hello({ Authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("a foreign Origin, a null one, and none, without CORS headers (403 ORIGIN_REFUSED)", async () => {
    for (const origin of [
      "https://evil.example",
      "null",
      "http://localhost:5174",
      "http://localhost:5173.evil.example",
    ]) {
      const raw = await call(agent, {
        path: "/v1/hello",
        headers: { Origin: origin, Authorization: `Bearer ${token}` },
      });
      expect(raw.status).toBe(403);
      expect(refusal(raw).code).toBe("ORIGIN_REFUSED");
      expect(refusal(raw).message).toContain(origin);
      expect(raw.headers["access-control-allow-origin"]).toBeUndefined();
    }
    const none = await call(agent, {
      path: "/v1/hello",
      headers: { Authorization: `Bearer ${token}` },
    });
    expect([none.status, refusal(none).code]).toEqual([403, "ORIGIN_REFUSED"]);
    const preflight = await call(agent, {
      method: "OPTIONS",
      path: "/v1/send",
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("a rebinding Host, before anything else (403 HOST_REFUSED)", async () => {
    for (const host of [
      "evil.example",
      `evil.example:${agent.port}`,
      "127.0.0.1:1",
      `127.0.0.1.nip.io:${agent.port}`,
    ]) {
      const raw = await call(agent, {
        path: "/v1/hello",
        headers: { Host: host, Origin: APP, Authorization: `Bearer ${token}` },
      });
      expect(raw.status).toBe(403);
      expect(refusal(raw)).toMatchObject({
        code: "HOST_REFUSED",
        message: expect.stringMatching(/DNS rebinding/) as unknown,
      });
    }
    for (const host of [`localhost:${agent.port}`, `[::1]:${agent.port}`]) {
      const raw = await call(agent, {
        path: "/v1/hello",
        headers: { Host: host, Origin: APP, Authorization: `Bearer ${token}` },
      });
      expect(raw.status).toBe(200);
    }
  });

  it("a pairing code twice: it works once, and the next page needs the new code", async () => {
    const code = agent.pairingCode();
    const attempt = (c: string) =>
      call(agent, {
        method: "POST",
        path: "/v1/pair",
        headers: { Origin: APP, "Content-Type": "application/json" },
        body: JSON.stringify({ code: c }),
      });
    const first = await attempt(code.toLowerCase().replace("-", " "));
    expect(first.status).toBe(200);
    const fresh = (JSON.parse(first.body.toString()) as { token: string }).token;
    expect((await hello({ Authorization: `Bearer ${fresh}` })).status).toBe(200);
    const again = await attempt(code);
    expect([again.status, refusal(again).code]).toEqual([403, "PAIRING_CODE_INVALID"]);
    expect(agent.pairingCode()).not.toBe(code);
  });

  it("a pairing posted as a form (no preflight possible): 415", async () => {
    const raw = await call(agent, {
      method: "POST",
      path: "/v1/pair",
      headers: { Origin: APP, "Content-Type": "application/x-www-form-urlencoded" },
      body: `code=${agent.pairingCode()}`,
    });
    expect(raw.status).toBe(415);
  });

  it("a send that is not the protocol's content type, or a lying Content-Length", async () => {
    const body = sendBody({ method: "GET", url: `${upstream.url}/echo` });
    const plain = await call(agent, {
      method: "POST",
      path: "/v1/send",
      headers: { Origin: APP, Authorization: `Bearer ${token}`, "Content-Type": "text/plain" },
      body,
    });
    expect(plain.status).toBe(415);
    const { raw } = await send(agent, token, { method: "GET", url: "ftp://x/" });
    expect([raw.status, refusal(raw).message]).toEqual([400, "request.url must be an http(s) URL"]);
    const injected = await send(agent, token, {
      method: "GET",
      url: `${upstream.url}/echo`,
      headers: [["X", "a\r\nInjected: 1"]],
    });
    expect(injected.raw.status).toBe(400);
  });
});

describe("the local agent answers", () => {
  it("Chrome's Private Network Access preflight, for an accepted origin", async () => {
    const raw = await call(agent, {
      method: "OPTIONS",
      path: "/v1/send",
      headers: {
        Origin: APP,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
        "Access-Control-Request-Private-Network": "true",
      },
    });
    expect(raw.status).toBe(204);
    expect(raw.headers).toMatchObject({
      "access-control-allow-origin": APP,
      "access-control-allow-private-network": "true",
      "access-control-allow-headers": "Authorization, Content-Type",
    });
  });

  it("an origin added with --allow-origin", async () => {
    const extra = await startLocalAgent({ origins: [APP, "https://satchel.example.com"] });
    try {
      const t = await pair(extra);
      const raw = await call(extra, {
        path: "/v1/hello",
        headers: { Origin: "https://satchel.example.com", Authorization: `Bearer ${t}` },
      });
      expect(raw.status).toBe(200);
      expect(raw.headers["access-control-allow-origin"]).toBe("https://satchel.example.com");
    } finally {
      await extra.close();
    }
  });
});

describe("pairing guesses are rate-limited", () => {
  it("stops hearing codes after 5 wrong ones a minute, even the right one, then hears again", async () => {
    let clock = 0;
    const limited = await startLocalAgent({}, { now: () => clock });
    const attempt = (code: string) =>
      call(limited, {
        method: "POST",
        path: "/v1/pair",
        headers: { Origin: APP, "Content-Type": "application/json" },
        body: JSON.stringify({ code }),
      });
    try {
      for (let i = 0; i < 5; i++) expect((await attempt("AAAA-AAAA")).status).toBe(403);
      const blocked = await attempt(limited.pairingCode());
      expect(blocked.status).toBe(429);
      expect(refusal(blocked).code).toBe("RATE_LIMITED");
      expect(blocked.headers["retry-after"]).toBe("60");
      clock += 60_001;
      expect((await attempt(limited.pairingCode())).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("binding", () => {
  it("refuses a non-loopback address without --listen and --token-file", async () => {
    const errors: string[] = [];
    const io = { out: () => undefined, err: (t: string) => void errors.push(t) };
    expect(await main(["agent", "--listen", "0.0.0.0:0"], io)).toBe(1);
    expect(errors.join("")).toMatch(
      /refusing to listen on 0\.0\.0\.0: it is not a loopback address.*--token-file/s,
    );
    errors.length = 0;
    expect(await main(["agent", "--listen", "[::]:0"], io)).toBe(1);
    expect(errors.join("")).toMatch(/refusing to listen on ::/);
    errors.length = 0;
    expect(await main(["agent", "--token-file", "tokens.txt"], io)).toBe(1);
    expect(errors.join("")).toMatch(
      /--token-file makes a team proxy: give its address with --listen/,
    );
  });
});
