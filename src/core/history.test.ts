import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "./clock";
import type { Deps } from "./factory";
import { makeRequest } from "./factory";
import type { ItemResult } from "./pipeline";
import { makeScopes } from "./variables/scopes";
import { HISTORY_BODY_LIMIT, toHistoryEntry } from "./history";

const deps = (): Deps => ({ clock: makeFixedClock(1000), random: makeSeededRandom(3) });

const request = () =>
  makeRequest(deps(), {
    collectionId: "c",
    name: "Login",
    url: "{{host}}/login?api_key={{key}}",
    auth: { type: "bearer", attributes: [{ key: "token", value: "t0k" }] },
  });

const base = (init: Partial<ItemResult> = {}): ItemResult => ({
  assertions: [],
  console: [],
  scopes: makeScopes(),
  skipped: false,
  errors: [],
  unresolved: [],
  warnings: [],
  ...init,
});

const sent = (body = new TextEncoder().encode("ok")): ItemResult =>
  base({
    http: {
      method: "GET",
      url: "https://api.test/login?api_key=s3cret",
      headers: [["Authorization", "Bearer t0k"]],
    },
    result: {
      ok: true,
      response: {
        status: 200,
        statusText: "OK",
        headers: [["Set-Cookie", "sid=abc"]],
        body,
        timeMs: 12,
        url: "https://api.test/login?api_key=s3cret",
        redirected: false,
      },
    },
  });

const input = (keepCredentials = true, collectionId = "c") => ({
  request: { ...request(), collectionId },
  requestId: "r1",
  workspaceId: "ws",
  keepCredentials,
});

describe("toHistoryEntry", () => {
  it("keeps the request as typed, the URL and headers as sent and the response", () => {
    const entry = toHistoryEntry(sent(), input(), deps());
    expect(entry).toMatchObject({
      workspaceId: "ws",
      requestId: "r1",
      createdAt: 1000,
      sentAt: 1000,
      request: { name: "Login", url: "{{host}}/login?api_key={{key}}" },
      resolvedUrl: "https://api.test/login?api_key=s3cret",
      sentHeaders: [["Authorization", "Bearer t0k"]],
      response: { status: 200, sizeBytes: 2, timeMs: 12 },
      responseBody: "ok",
    });
    expect(entry).not.toHaveProperty("error");
  });

  it("points at no stored request for an unsaved tab", () => {
    expect(toHistoryEntry(sent(), input(true, ""), deps())).not.toHaveProperty("requestId");
  });

  it("keeps at most HISTORY_BODY_LIMIT bytes of the body as text, and its full size", () => {
    const big = new Uint8Array(HISTORY_BODY_LIMIT + 10).fill(0x61);
    const entry = toHistoryEntry(sent(big), input(), deps());
    expect(entry.responseBody).toHaveLength(HISTORY_BODY_LIMIT);
    expect(entry.response?.sizeBytes).toBe(HISTORY_BODY_LIMIT + 10);
  });

  it("records a transport error, else a build error, and the typed URL when nothing was sent", () => {
    const failed = base({ result: { ok: false, error: { code: "CORS_BLOCKED", message: "m" } } });
    expect(toHistoryEntry(failed, input(), deps()).error).toEqual({
      code: "CORS_BLOCKED",
      message: "m",
    });
    const unbuilt = base({ buildError: { code: "INVALID_URL", message: "bad" } });
    const entry = toHistoryEntry(unbuilt, input(), deps());
    expect(entry.error).toEqual({ code: "INVALID_URL", message: "bad" });
    expect(entry.resolvedUrl).toBe("{{host}}/login?api_key={{key}}");
    expect(entry).not.toHaveProperty("response");
    expect(entry).not.toHaveProperty("sentHeaders");
  });

  it("blanks credentials through the secrets policy when they are not kept", () => {
    const entry = toHistoryEntry(sent(), input(false), deps());
    const { responseBody: _body, ...rest } = entry;
    expect(JSON.stringify(rest)).not.toMatch(/t0k|s3cret|sid=abc/);
    expect(entry.sentHeaders).toEqual([["Authorization", ""]]);
    expect(entry.resolvedUrl).toBe("https://api.test/login?api_key=");
  });

  it("keeps the measured timing phases (and nothing else a transport attached)", () => {
    const withTimings = sent();
    const response = withTimings.result?.ok ? withTimings.result.response : undefined;
    Object.assign(response ?? {}, {
      timings: {
        dnsMs: 1.5,
        connectMs: 4,
        tlsMs: 9,
        firstByteMs: 30,
        downloadMs: 2,
        redirectMs: 11,
        totalMs: 57.5,
        socket: { remote: "10.0.0.1" },
      },
      redirects: [],
    });
    const expected = {
      dnsMs: 1.5,
      connectMs: 4,
      tlsMs: 9,
      firstByteMs: 30,
      downloadMs: 2,
      redirectMs: 11,
      totalMs: 57.5,
    };
    expect(toHistoryEntry(withTimings, input(), deps()).response?.timings).toEqual(expected);
    // Blanking credentials leaves the phases alone; the hops are never stored.
    const blanked = toHistoryEntry(withTimings, input(false), deps());
    expect(blanked.response?.timings).toEqual(expected);
    expect(blanked.response).not.toHaveProperty("redirects");
  });

  it("stores no timings for a transport that measured none (fetch)", () => {
    expect(toHistoryEntry(sent(), input(), deps()).response).not.toHaveProperty("timings");
  });
});
