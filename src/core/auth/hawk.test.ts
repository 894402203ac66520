/** Hawk against the protocol's published examples (mozilla/hawk API.md), plus Postman's defaults. */
import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import type { Result } from "../result";
import { hawk } from "./hawk";
import { hawkNormalized } from "./hawk/mac";
import vectors from "./test/hawk/readme.json";
import type { AuthApplied, AuthContext } from "./types";

const ctx = (): AuthContext => ({
  deps: { clock: makeFixedClock(1_700_000_000_999), random: makeSeededRandom(3) },
});
const auth = (attrs: Record<string, unknown>): Auth => ({
  type: "hawk",
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
});
const readme = {
  authId: vectors.credentials.id,
  authKey: vectors.credentials.key,
  algorithm: vectors.credentials.algorithm,
  timestamp: vectors.ts,
  nonce: vectors.nonce,
  extraData: vectors.ext,
};
const request = (method: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method,
  url: vectors.url,
  headers: [],
  ...extra,
});
const header = (res: Result<AuthApplied>): string => {
  if (!res.ok) throw new Error(res.error.message);
  return res.value.http.headers.find(([k]) => k === "Authorization")?.[1] ?? "";
};

describe("published examples", () => {
  const [plain, payload] = vectors.cases;

  it("normalized strings (ext escapes backslashes and line breaks)", () => {
    const escaped = hawkNormalized({
      ts: "1",
      nonce: "n",
      method: "GET",
      resource: "/",
      host: "h",
      port: 80,
      ext: "a\\b\nc",
    });
    expect(escaped.endsWith("\n\na\\\\b\\nc\n")).toBe(true);
    const base = { ts: vectors.ts, nonce: vectors.nonce, resource: "/resource/1?b=1&a=2" };
    const at = { ...base, host: "example.com", port: 8000, ext: vectors.ext };
    expect(hawkNormalized({ ...at, method: "GET" })).toBe(plain!.normalized);
    expect(hawkNormalized({ ...at, method: "post", hash: payload!.hash })).toBe(
      payload!.normalized,
    );
  });

  it(plain!.name, async () => {
    expect(header(await hawk.apply(request("GET"), auth(readme), ctx()))).toBe(plain!.header);
  });

  it(payload!.name, async () => {
    const req = request("POST", {
      headers: [["Content-Type", payload!.contentType!]],
      body: { kind: "text", text: payload!.payload! },
    });
    const res = await hawk.apply(req, auth({ ...readme, includePayloadHash: true }), ctx());
    expect(header(res)).toBe(payload!.header);
  });

  it("hashes the content type without parameters, lower-cased", async () => {
    const req = request("POST", {
      headers: [["content-type", "Text/Plain; charset=utf-8"]],
      body: { kind: "text", text: payload!.payload! },
    });
    const res = await hawk.apply(req, auth({ ...readme, includePayloadHash: "true" }), ctx());
    expect(header(res)).toBe(payload!.header);
  });
});

describe("Postman's attributes and defaults", () => {
  it("draws a 6-character nonce and takes the clock's seconds when they are empty", async () => {
    const attrs = { ...readme, nonce: "", timestamp: "" };
    const value = header(await hawk.apply(request("GET"), auth(attrs), ctx()));
    expect(value).toMatch(/^Hawk id="dh37fgj492je", ts="1700000000", nonce="[A-Za-z0-9]{6}", /);
    expect(header(await hawk.apply(request("GET"), auth(attrs), ctx()))).toBe(value);
  });

  it("signs app, dlg and an escaped ext with sha1; user stays out", async () => {
    const attrs = {
      ...readme,
      algorithm: "sha1",
      extraData: 'a\\b"c',
      app: "app-1",
      delegation: "dlg-2",
      user: "someone",
    };
    const url = "https://EXAMPLE.com/p?q";
    const value = header(await hawk.apply({ ...request("GET"), url }, auth(attrs), ctx()));
    const normalized =
      "hawk.1.header\n1353832234\nj4h3g2\nGET\n/p?q\nexample.com\n443\n\n" +
      'a\\\\b"c\napp-1\ndlg-2\n';
    const mac = createHmac("sha1", readme.authKey).update(normalized).digest("base64");
    expect(value).toBe(
      `Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="a\\\\b\\"c", ` +
        `mac="${mac}", app="app-1", dlg="dlg-2"`,
    );
  });

  it("hashes a urlencoded body as sent", async () => {
    const req = request("POST", {
      headers: [["Content-Type", "application/x-www-form-urlencoded"]],
      body: { kind: "urlencoded", fields: [["a b", "c&d"]] },
    });
    const res = await hawk.apply(req, auth({ ...readme, includePayloadHash: true }), ctx());
    const hash = createHash("sha256")
      .update("hawk.1.payload\napplication/x-www-form-urlencoded\na%20b=c%26d\n")
      .digest("base64");
    expect(header(res)).toContain(`hash="${hash}"`);
  });

  it("leaves the hash out, with a warning, for a body the transport lays out", async () => {
    const req = request("POST", { body: { kind: "file", fileId: "f" } });
    const res = await hawk.apply(req, auth({ ...readme, includePayloadHash: true }), ctx());
    expect(res.ok && res.value.warnings).toEqual([expect.stringMatching(/payload hash/)]);
    expect(header(res)).not.toContain("hash=");
  });

  it("replaces an existing Authorization header", async () => {
    const req = request("GET", { headers: [["AUTHORIZATION", "Bearer x"]] });
    const res = await hawk.apply(req, auth(readme), ctx());
    expect(res.ok && res.value.http.headers).toEqual([["Authorization", vectors.cases[0]!.header]]);
  });

  it("fails, naming what is missing or wrong", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ authId: "" }, /needs Auth ID \(authId\)$/],
      [{ authId: "", authKey: "" }, /Auth ID \(authId\) and Auth Key \(authKey\)/],
      [{ algorithm: "md5" }, /algorithm "md5"/],
      [{ extraData: "two\nlines" }, /extraData.*line break/],
    ];
    for (const [extra, message] of cases) {
      const res = await hawk.apply(request("GET"), auth({ ...readme, ...extra }), ctx());
      expect(res).toMatchObject({ ok: false, error: { code: "AUTH_FAILED", message } });
    }
  });
});
