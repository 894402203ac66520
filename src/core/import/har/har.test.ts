import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import { importText } from "../funnel";
import { decodeBase64Text } from "./decode";
import { importHar } from "./index";
import { sampleHar } from "./test/fixtures";

const deps = (): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(9) });

function imported(json: unknown = sampleHar, file?: string) {
  const r = importHar(json, deps(), "ws", file);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bundle;
}

describe("importHar", () => {
  it("names the collection after the file and groups entries by host", () => {
    const b = imported(sampleHar, "session.har");
    expect(b.collections[0]?.name).toBe("session");
    expect(b.folders.map((f) => f.name)).toEqual(["api.example.com", "auth.example.com"]);
    const [get, token, put] = b.requests;
    expect(get?.parentId).toBe(b.folders[0]?.id);
    expect(token?.parentId).toBe(b.folders[1]?.id);
    expect(put?.parentId).toBe(b.folders[0]?.id);
  });

  it("keeps one folder-less collection for a single host, named after the creator", () => {
    const one = { log: { ...sampleHar.log, entries: [sampleHar.log.entries[0]] } };
    const b = imported(one);
    expect(b.collections[0]?.name).toBe("HAR from WebInspector");
    expect(b.folders).toEqual([]);
    expect(b.requests[0]?.parentId).toBeNull();
  });

  it("converts the request: method, url, query, headers without pseudo-headers, cookies folded", () => {
    const get = imported().requests[0]!;
    expect(get.name).toBe("GET /users");
    expect(get.url).toBe("https://api.example.com/users?page=2&q=a%20b");
    expect(get.params.map((p) => [p.key, p.value])).toEqual([
      ["page", "2"],
      ["q", "a%20b"],
    ]);
    expect(get.headers.map((h) => [h.key, h.value])).toEqual([
      ["accept", "application/json"],
      ["Cookie", "a=1; b=2"],
    ]);
  });

  it("turns postData into urlencoded rows or a raw body, and cookies[] into a header", () => {
    const [, token, put] = imported().requests;
    expect(token?.body.mode).toBe("urlencoded");
    expect(token?.body.urlencoded.map((r) => [r.key, r.value])).toEqual([
      ["grant_type", "client_credentials"],
      ["scope", "read write"],
    ]);
    expect(token?.headers.map((h) => h.key)).toEqual(["Content-Type", "Cookie"]);
    expect(token?.headers[1]?.value).toBe("sid=xyz");
    expect(put?.body).toMatchObject({ mode: "raw", raw: '{"name":"Ada"}', language: "json" });
  });

  it("saves responses as examples, decoding base64 text and keeping binary as base64", () => {
    const [get, token, put] = imported().requests;
    expect(get?.examples[0]).toMatchObject({ status: 200, statusText: "OK", body: '{"id": 1}' });
    expect(get?.examples[0]?.headers[0]).toMatchObject({ key: "content-type" });
    expect(token?.examples[0]).toMatchObject({ name: "401 Unauthorized", body: "nope" });
    expect(put?.examples[0]).toMatchObject({ body: "iVBORw==", extra: { encoding: "base64" } });
  });

  it("reports bad shapes with a JSON path", () => {
    const bad = { log: { entries: [{ request: { method: "GET", url: "x", headers: "h" } }] } };
    const r = importHar(bad, deps(), "ws");
    expect(!r.ok && r.error).toMatchObject({
      code: "INVALID_HAR",
      at: "log.entries[0].request.headers",
    });
  });

  it("is detected by the funnel", () => {
    const r = importText(JSON.stringify(sampleHar), deps(), "ws", "x.har");
    expect(r.ok && r.value.kind).toBe("har");
    expect(r.ok && r.value.summary).toBe("1 collection, 2 folders, 3 requests");
  });
});

describe("decodeBase64Text", () => {
  it("decodes UTF-8 and rejects binary or non-base64 input", () => {
    expect(decodeBase64Text("aMOpbGxvIOKCrA==")).toBe("héllo €");
    expect(decodeBase64Text("/w==")).toBeUndefined();
    expect(decodeBase64Text("not base64!")).toBeUndefined();
  });
});
