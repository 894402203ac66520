import { describe, expect, it } from "vitest";
import { emptyBody, noAuth } from "../factory";
import { importText } from "../import/funnel";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { HistoryEntry } from "../model";
import { historyToHar } from "./har";

/** The parts of a HAR document the tests read. */
type Har = { log: { version: string; entries: Record<string, unknown>[] } };

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: "h1",
  schemaVersion: 1,
  createdAt: 0,
  updatedAt: 0,
  workspaceId: "ws",
  sentAt: Date.UTC(2024, 4, 1, 10),
  resolvedUrl: "https://api.test/users?page=2",
  request: {
    name: "Users",
    method: "POST",
    url: "{{base}}/users?page=2",
    params: [],
    headers: [
      { key: "Content-Type", value: "application/json", enabled: true },
      { key: "X-Off", value: "1", enabled: false },
    ],
    body: { ...emptyBody(), mode: "raw", raw: '{"a":1}', language: "json" },
    auth: noAuth(),
  },
  response: {
    status: 201,
    statusText: "Created",
    headers: [["content-type", "application/json"]],
    timeMs: 12,
    sizeBytes: 9,
    url: "https://api.test/users?page=2",
    redirected: false,
  },
  responseBody: '{"id":1}',
  ...over,
});

describe("historyToHar", () => {
  it("writes the headers as sent when the entry kept them (auth applied, variables resolved)", () => {
    const sentHeaders: [string, string][] = [
      ["Content-Type", "application/json"],
      ["Authorization", "Bearer resolved-token"],
    ];
    const har = historyToHar([entry({ sentHeaders })]) as Har;
    expect((har.log.entries[0]!.request as { headers: unknown }).headers).toEqual([
      { name: "Content-Type", value: "application/json" },
      { name: "Authorization", value: "Bearer resolved-token" },
    ]);
  });

  it("writes request and response parts of each entry", () => {
    const har = historyToHar([entry()]) as Har;
    expect(har.log.version).toBe("1.2");
    const e = har.log.entries[0]!;
    expect(e.startedDateTime).toBe("2024-05-01T10:00:00.000Z");
    expect(e.time).toBe(12);
    expect(e.request).toMatchObject({
      method: "POST",
      url: "https://api.test/users?page=2",
      headers: [{ name: "Content-Type", value: "application/json" }],
      queryString: [{ name: "page", value: "2" }],
      postData: { mimeType: "application/json", text: '{"a":1}' },
    });
    expect(e.response).toMatchObject({
      status: 201,
      headers: [{ name: "content-type", value: "application/json" }],
      content: { mimeType: "application/json", text: '{"id":1}', size: 9 },
    });
  });

  it("writes urlencoded bodies and failed sends", () => {
    const body = {
      ...emptyBody(),
      mode: "urlencoded" as const,
      urlencoded: [{ key: "a b", value: "c&d", enabled: true }],
    };
    const failed = entry({ response: undefined, error: { code: "NETWORK", message: "refused" } });
    failed.request = { ...failed.request, body, headers: [] };
    const e = (historyToHar([failed]) as Har).log.entries[0];
    expect(e?.request).toMatchObject({
      postData: {
        mimeType: "application/x-www-form-urlencoded",
        params: [{ name: "a b", value: "c&d" }],
        text: "a+b=c%26d",
      },
    });
    expect(e?.response).toMatchObject({ status: 0, _error: "refused" });
  });

  it("round-trips through the HAR importer", () => {
    const text = JSON.stringify(historyToHar([entry()]));
    const deps = { clock: makeFixedClock(1), random: makeSeededRandom(1) };
    const r = importText(text, deps, "ws", "history.har");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const req = r.value.bundle.requests[0]!;
    expect(req).toMatchObject({ method: "POST", url: "https://api.test/users?page=2" });
    expect(req.body.raw).toBe('{"a":1}');
    expect(req.examples[0]).toMatchObject({ status: 201, body: '{"id":1}' });
  });
});
