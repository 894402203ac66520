/**
 * NTLM against MS-NLMP §4.2.4 (NTLMv2 authentication) and MD4 against RFC 1320 §A.5, plus the
 * scheme's refusal where no transport can hold its connection.
 */
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { HttpRequest, Transport } from "../http/transport";
import { NO_CAPABILITIES } from "../http/transport";
import type { Auth } from "../model";
import { hex } from "./bytes";
import { ntlm, splitUser } from "./ntlm";
import { authenticate, decodeBase64, makeNtlmHandshake } from "./ntlm/handshake";
import { md4 } from "./ntlm/md4";
import { avPairs, negotiateMessage, parseChallenge } from "./ntlm/messages";
import { fileTime, ntlmv2Responses, ntowfv2, utf16le } from "./ntlm/responses";
import type { AuthContext } from "./types";

const bytes = (h: string) => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ""), "hex"));
const text = (s: string) => new TextEncoder().encode(s);

describe("md4 (RFC 1320 §A.5 test suite)", () => {
  it.each([
    ["", "31d6cfe0d16ae931b73c59d7e0c089c0"],
    ["a", "bde52cb31de33e46245e05fbdbd6fb24"],
    ["abc", "a448017aaf21d8525fc10ae87aa6729d"],
    ["message digest", "d9130a8164549fe818874806e1c7014b"],
    ["abcdefghijklmnopqrstuvwxyz", "d79e1c308aa5bbcdeea8ed63df412da9"],
    [
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
      "043f8582f241db351ce627e153e7f0e4",
    ],
    [
      "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
      "e33b4ddc9c38f2199c3e7b164fcc0536",
    ],
  ])("MD4(%j)", (input, digest) => {
    expect(hex(md4(text(input)))).toBe(digest);
  });

  it("pads across a block boundary (55, 56 and 64 bytes)", () => {
    // Lengths where the 0x80 and the bit count just fit, just do not, and fill a whole block.
    const seen = new Set([55, 56, 63, 64, 65].map((n) => hex(md4(new Uint8Array(n)))));
    expect(seen.size).toBe(5);
  });
});

/** MS-NLMP §4.2.4: the CHALLENGE_MESSAGE of the NTLMv2 example (§4.2.4.3). */
const CHALLENGE = bytes(`
  4e 54 4c 4d 53 53 50 00 02 00 00 00 0c 00 0c 00 38 00 00 00 33 82 8a e2 01 23 45 67 89 ab cd ef
  00 00 00 00 00 00 00 00 24 00 24 00 44 00 00 00 06 00 70 17 00 00 00 0f 53 00 65 00 72 00 76 00
  65 00 72 00 02 00 0c 00 44 00 6f 00 6d 00 61 00 69 00 6e 00 01 00 0c 00 53 00 65 00 72 00 76 00
  65 00 72 00 00 00 00 00`);

describe("NTLMv2 (MS-NLMP §4.2.4)", () => {
  const key = ntowfv2("Password", "User", "Domain");

  it("NTOWFv2 (§4.2.4.1.1)", () => {
    expect(hex(key)).toBe("0c868a403bfd7a93a3001ef22ef02e3f");
  });

  it("parses the challenge: flags, server challenge, target info", () => {
    const parsed = parseChallenge(CHALLENGE);
    if (typeof parsed === "string") throw new Error(parsed);
    expect(parsed.flags >>> 0).toBe(0xe28a8233);
    expect(hex(parsed.serverChallenge)).toBe("0123456789abcdef");
    expect(parsed.timestamp).toBeUndefined();
    expect(avPairs(parsed.targetInfo)?.map((p) => p.id)).toEqual([2, 1]);
    expect(hex(parsed.targetInfo)).toBe(
      hex(
        Uint8Array.of(
          2,
          0,
          12,
          0,
          ...utf16le("Domain"),
          1,
          0,
          12,
          0,
          ...utf16le("Server"),
          0,
          0,
          0,
          0,
        ),
      ),
    );
  });

  it("NTProofStr, LMv2 and the session base key (§4.2.4.1.2, §4.2.4.2.1, §4.2.4.2.2)", () => {
    const parsed = parseChallenge(CHALLENGE);
    if (typeof parsed === "string") throw new Error(parsed);
    const v2 = ntlmv2Responses({
      key,
      serverChallenge: parsed.serverChallenge,
      clientChallenge: bytes("aaaaaaaaaaaaaaaa"),
      timestamp: new Uint8Array(8),
      targetInfo: parsed.targetInfo,
    });
    expect(hex(v2.ntProofStr)).toBe("68cd0ab851e51c96aabc927bebef6a1c");
    expect(hex(v2.lmResponse)).toBe("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa");
    expect(hex(v2.sessionBaseKey)).toBe("8de40ccadbc14a82f15cb0ad0de95ca3");
    // temp: 0101 Z(6) Time ClientChallenge Z(4) ServerName Z(4)
    expect(hex(v2.ntResponse.subarray(16, 44))).toBe(
      "0101000000000000" + "0000000000000000" + "aaaaaaaaaaaaaaaa" + "00000000",
    );
    expect(v2.ntResponse.length).toBe(16 + 28 + parsed.targetInfo.length + 4);
  });

  it("FILETIME of the Unix epoch and of a known instant", () => {
    expect(hex(fileTime(0))).toBe("00803ed5deb19d01"); // 116444736000000000 = 0x019db1ded53e8000
    expect(Buffer.from(fileTime(1_700_000_000_000)).readBigUInt64LE()).toBe(
      (1_700_000_000_000n + 11_644_473_600_000n) * 10_000n,
    );
  });
});

/** Read a security buffer of an AUTHENTICATE_MESSAGE. */
function fieldOf(msg: Uint8Array, at: number): Uint8Array {
  const b = Buffer.from(msg);
  const len = b.readUInt16LE(at);
  const off = b.readUInt32LE(at + 8 - 4);
  return msg.subarray(off, off + len);
}

describe("the AUTHENTICATE_MESSAGE", () => {
  const deps = { clock: makeFixedClock(1_700_000_000_000), random: makeSeededRandom(3) };
  const creds = { user: "User", password: "Password", domain: "Domain", workstation: "COMPUTER" };

  it("carries the NTLMv2 response, LMv2, domain, user and workstation in Unicode", () => {
    const msg = authenticate(Buffer.from(CHALLENGE).toString("base64"), creds, deps);
    if (typeof msg === "string") throw new Error(msg);
    expect(Buffer.from(msg.subarray(0, 12)).toString("hex")).toBe("4e544c4d5353500003000000");
    const lm = fieldOf(msg, 12);
    const nt = fieldOf(msg, 20);
    expect(lm.length).toBe(24);
    expect(hex(fieldOf(msg, 28))).toBe(hex(utf16le("Domain")));
    expect(hex(fieldOf(msg, 36))).toBe(hex(utf16le("User")));
    expect(hex(fieldOf(msg, 44))).toBe(hex(utf16le("COMPUTER")));
    expect(fieldOf(msg, 52).length).toBe(0);
    const flags = Buffer.from(msg).readUInt32LE(60);
    expect(flags & 1).toBe(1); // Unicode
    expect(flags & 2).toBe(0); // not OEM
    // Recompute from what the message carries: the client challenge is the LMv2 tail.
    const clientChallenge = lm.subarray(16);
    const timestamp = nt.subarray(24, 32);
    expect(Buffer.from(timestamp).readBigUInt64LE()).toBe(
      (1_700_000_000_000n + 11_644_473_600_000n) * 10_000n,
    );
    const parsed = parseChallenge(CHALLENGE);
    if (typeof parsed === "string") throw new Error(parsed);
    const v2 = ntlmv2Responses({
      key: ntowfv2("Password", "User", "Domain"),
      serverChallenge: parsed.serverChallenge,
      clientChallenge,
      timestamp,
      targetInfo: parsed.targetInfo,
    });
    expect(hex(nt)).toBe(hex(v2.ntResponse));
    expect(hex(lm)).toBe(hex(v2.lmResponse));
  });

  it("takes the server's MsvAvTimestamp and then sends Z(24) for LMv2", () => {
    const stamp = bytes("0011223344556677");
    const info = Uint8Array.of(7, 0, 8, 0, ...stamp, 0, 0, 0, 0);
    const challenge = new Uint8Array(48 + info.length);
    challenge.set(CHALLENGE.subarray(0, 40));
    const view = Buffer.from(challenge.buffer);
    view.writeUInt16LE(0, 12); // no target name
    view.writeUInt16LE(info.length, 40);
    view.writeUInt16LE(info.length, 42);
    view.writeUInt32LE(48, 44);
    challenge.set(info, 48);
    const msg = authenticate(Buffer.from(challenge).toString("base64"), creds, deps);
    if (typeof msg === "string") throw new Error(msg);
    expect(hex(fieldOf(msg, 12))).toBe("00".repeat(24));
    expect(hex(fieldOf(msg, 20).subarray(24, 32))).toBe("0011223344556677");
  });

  it("says why a challenge cannot be answered", () => {
    expect(authenticate("not base64!", creds, deps)).toMatch(/not base64/);
    expect(
      authenticate(Buffer.from("hello world, not ntlm at all!!!!").toString("base64"), creds, deps),
    ).toMatch(/not an NTLMSSP message/);
    const negotiate = Buffer.from(negotiateMessage()).toString("base64");
    expect(authenticate(negotiate, creds, deps)).toMatch(/not a challenge/);
    const truncated = CHALLENGE.slice(0, 60);
    expect(authenticate(Buffer.from(truncated).toString("base64"), creds, deps)).toMatch(
      /past its end/,
    );
  });

  it("decodes base64 with and without padding", () => {
    expect(hex(decodeBase64("TlRMTVNTUAA=")!)).toBe(hex(text("NTLMSSP\0")));
    expect(hex(decodeBase64("TlRMTVNTUAA")!)).toBe(hex(text("NTLMSSP\0")));
    expect(decodeBase64("a")).toBeUndefined();
  });
});

describe("the handshake", () => {
  const deps = { clock: makeFixedClock(1_700_000_000_000), random: makeSeededRandom(3) };
  const creds = { user: "User", password: "Password", domain: "Domain", workstation: "" };
  const www = (...values: string[]): [string, string][] =>
    values.map((v): [string, string] => ["WWW-Authenticate", v]);

  it("goes plain → negotiate → authenticate, then stops", () => {
    const hs = makeNtlmHandshake(creds, deps);
    expect(hs.start()).toBeUndefined();
    const negotiate = hs.answer({ status: 401, headers: www("Negotiate", "NTLM") });
    expect(negotiate).toBe(`NTLM ${Buffer.from(negotiateMessage()).toString("base64")}`);
    const type2 = `NTLM ${Buffer.from(CHALLENGE).toString("base64")}`;
    const auth = hs.answer({ status: 401, headers: www(`Negotiate, ${type2}`) });
    expect(typeof auth === "string" && auth.startsWith("NTLM TlRMTVNTUAADAAAA")).toBe(true);
    expect(hs.answer({ status: 401, headers: www(type2) })).toBeUndefined();
  });

  it("answers nothing when the server does not ask for NTLM", () => {
    const hs = makeNtlmHandshake(creds, deps);
    hs.start();
    expect(hs.answer({ status: 200, headers: [] })).toBeUndefined();
    expect(
      makeNtlmHandshake(creds, deps).answer({ status: 401, headers: www("Basic") }),
    ).toBeUndefined();
  });

  it("fails when the negotiate message gets no challenge", () => {
    const hs = makeNtlmHandshake(creds, deps);
    hs.start();
    hs.answer({ status: 401, headers: www("NTLM") });
    expect(hs.answer({ status: 401, headers: www("NTLM") })).toEqual({
      error: expect.stringMatching(/did not answer NTLM's negotiate message/),
    });
  });
});

describe("the ntlm scheme", () => {
  const auth = (attrs: Record<string, string>): Auth => ({
    type: "ntlm",
    attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
  });
  const get: HttpRequest = { method: "GET", url: "http://x/", headers: [["Authorization", "x"]] };
  const transport = (supportsHandshake: boolean): Transport => ({
    name: supportsHandshake ? "node" : "fetch",
    capabilities: NO_CAPABILITIES,
    ...(supportsHandshake ? { supportsHandshake } : {}),
    send: () => Promise.reject(new Error("not sent")),
  });
  const ctx = (t?: Transport): AuthContext => ({
    deps: { clock: makeFixedClock(0), random: makeSeededRandom(1) },
    ...(t ? { transport: t } : {}),
  });

  it("refuses where the transport cannot hold a connection, naming satchel run", async () => {
    const out = await ntlm.apply(get, auth({ username: "u" }), ctx(transport(false)));
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.code).toBe("AUTH_UNSUPPORTED");
      expect(out.error.message).toMatch(/fetch/);
      expect(out.error.hint).toMatch(/satchel run/);
    }
  });

  it("hands a handshake to a transport that supports one, Authorization removed", async () => {
    const out = await ntlm.apply(get, auth({ username: "u", password: "p" }), ctx(transport(true)));
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.http.headers).toEqual([]);
    expect(out.value.handshake?.start()).toBeUndefined();
  });

  it("sends the request as it is with disableRetryRequest", async () => {
    const out = await ntlm.apply(get, auth({ username: "u", disableRetryRequest: "true" }), ctx());
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.http).toBe(get);
    expect(out.value.handshake).toBeUndefined();
  });

  it("reads DOMAIN\\user and user@domain when no domain is given", () => {
    expect(splitUser("CORP\\alice", "")).toEqual({ user: "alice", domain: "CORP" });
    expect(splitUser("alice@corp.example", "")).toEqual({ user: "alice", domain: "corp.example" });
    expect(splitUser("CORP\\alice@x", "")).toEqual({ user: "CORP\\alice@x", domain: "" });
    expect(splitUser("CORP\\alice", "OTHER")).toEqual({ user: "CORP\\alice", domain: "OTHER" });
    expect(splitUser("alice", "")).toEqual({ user: "alice", domain: "" });
  });
});
