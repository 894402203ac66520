import { describe, expect, it } from "vitest";
import { refusalToSendError, unreachablePeer } from "./errors";
import {
  encodeSendPrefix,
  headLength,
  normalizePairingCode,
  pairingLink,
  parsePairingFragment,
  parseSendHead,
  PROTOCOL_VERSION,
} from "./protocol";
import type { SendHead } from "./protocol";

const head: SendHead = {
  v: PROTOCOL_VERSION,
  request: {
    method: "POST",
    url: "https://api.example.com/x",
    headers: [
      ["A", "1"],
      ["a", "2"],
    ],
  },
  bodyLength: 3,
  options: {
    followRedirects: false,
    timeoutMs: 500,
    tls: { verify: false },
    maxRedirects: 3,
    followOriginalHttpMethod: true,
    followAuthorizationHeader: false,
    removeRefererHeaderOnRedirect: true,
    insecureHTTPParser: false,
    handshake: { scheme: "ntlm", user: "alice", password: "pw", domain: "CORP", workstation: "" },
  },
};

describe("the send head", () => {
  it("round-trips through its length-prefixed encoding", () => {
    const bytes = encodeSendPrefix(head);
    const n = headLength(bytes.subarray(0, 4));
    expect(n).toBe(bytes.length - 4);
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(4)));
    expect(parseSendHead(json)).toEqual({ ok: true, value: head });
  });

  it("refuses malformed heads with a precise message", () => {
    const bad = (over: Record<string, unknown>) => {
      const r = parseSendHead({ ...head, ...over });
      return r.ok ? "accepted" : r.error.message;
    };
    expect(bad({ v: 2 })).toMatch(/Protocol version 2 is not spoken here/);
    expect(bad({ request: { ...head.request, method: "GET /x" } })).toMatch(
      /not a valid HTTP method/,
    );
    expect(bad({ request: { ...head.request, url: "file:///etc/passwd" } })).toMatch(
      /http\(s\) URL/,
    );
    expect(bad({ request: { ...head.request, headers: [["X", "a\nb"]] } })).toMatch(/line break/);
    expect(bad({ request: { ...head.request, headers: [["Bad Name", "x"]] } })).toMatch(
      /not a valid header name/,
    );
    expect(bad({ bodyLength: -1 })).toMatch(/bodyLength/);
    expect(bad({ options: { timeoutMs: 1.5 } })).toMatch(/timeoutMs/);
    expect(bad({ options: { tls: { clientCert: "/home/me/cert.pem" } } })).toMatch(
      /PEM text .* reads no files/,
    );
    expect(bad({ options: { proxy: "socks5://x" } })).toMatch(/http:\/\/ URL/);
    expect(bad({ options: { followOriginalHttpMethod: "yes" } })).toMatch(
      /followOriginalHttpMethod must be true or false/,
    );
    expect(bad({ options: { handshake: { scheme: "kerberos" } } })).toMatch(/"ntlm"/);
    expect(bad({ options: { handshake: { scheme: "ntlm", user: 1 } } })).toMatch(
      /handshake.user must be text/,
    );
  });
});

describe("pairing links", () => {
  it("carry the agent URL and the code in the fragment", () => {
    const link = pairingLink("http://localhost:5173", "http://127.0.0.1:7766", "ABCD-EFGH");
    expect(link).toBe("http://localhost:5173/#pair=ABCD-EFGH&agent=http%3A%2F%2F127.0.0.1%3A7766");
    expect(parsePairingFragment(new URL(link).hash)).toEqual({
      agent: "http://127.0.0.1:7766",
      code: "ABCDEFGH",
    });
    expect(parsePairingFragment("#pair=X&agent=javascript:alert(1)")).toBeUndefined();
    expect(normalizePairingCode(" abcd-efgh ")).toBe("ABCDEFGH");
  });
});

describe("refusals as SendErrors", () => {
  it("keep the agent's code as the reason and say what to do", () => {
    const peer = {
      kind: "agent" as const,
      url: "http://127.0.0.1:7766",
      pageOrigin: "https://satchel.example.com",
    };
    const origin = refusalToSendError(
      403,
      { error: { code: "ORIGIN_REFUSED", message: "no" } },
      peer,
    );
    expect(origin).toMatchObject({
      code: "NETWORK",
      reason: "ORIGIN_REFUSED",
      message: "The local agent refused: no",
    });
    expect(origin.hint).toContain("--allow-origin https://satchel.example.com");
    const rate = refusalToSendError(
      429,
      { error: { code: "RATE_LIMITED", message: "slow", retryAfterS: 12 } },
      peer,
    );
    expect(rate.hint).toBe("Try again in 12 s.");
    expect(refusalToSendError(500, "<html>", peer).reason).toBe("AGENT_PROTOCOL");
    expect(unreachablePeer(peer)).toMatchObject({
      code: "UNREACHABLE",
      reason: "AGENT_UNREACHABLE",
    });
  });
});
