/**
 * Differential: our Postman URL parser, writer and wire encoder against postman-collection's
 * `Url` and postman-url-encoder's `toNodeUrl` (the code Newman 6.2.2 runs), over TRICKY_URLS.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { PostmanUrl } from "./postmanUrl";
import { parsePostmanUrl, toWireUrl, unparsePostmanUrl } from "./postmanUrl";
import { TRICKY_URLS } from "./test/trickyUrls";
import { parseQuery, postmanParam, splitUrl, withQuery } from "./url";

interface SdkUrl {
  protocol?: string;
  auth?: { user?: string; password?: string };
  host?: string[];
  port?: string;
  path?: string[];
  hash?: string;
  query: { all(): { key: string | null; value: string | null }[] };
  toString(): string;
}
const require = createRequire(import.meta.url);
const { Url } = require("postman-collection") as { Url: new (raw: string) => SdkUrl };
const encoder = require("postman-url-encoder") as { toNodeUrl(url: unknown): { href: string } };

/** The SDK's parts in our shape (absent parts left out). */
function theirs(raw: string): PostmanUrl {
  const u = new Url(raw);
  const out: PostmanUrl = {};
  if (u.protocol !== undefined) out.protocol = u.protocol;
  if (u.auth) {
    out.auth = { user: u.auth.user ?? "" };
    if (u.auth.password !== undefined) out.auth.password = u.auth.password;
  }
  if (u.host !== undefined) out.host = u.host;
  if (u.port !== undefined) out.port = u.port;
  if (u.path !== undefined) out.path = u.path;
  const query = u.query.all().map((q) => ({ key: q.key, value: q.value }));
  if (query.length) out.query = query;
  if (u.hash !== undefined) out.hash = u.hash;
  return out;
}

describe("parsePostmanUrl (differential, postman-collection's Url)", () => {
  it("has enough tricky cases", () => {
    expect(TRICKY_URLS.length).toBeGreaterThanOrEqual(60);
  });

  for (const raw of TRICKY_URLS) {
    it(`parses ${JSON.stringify(raw)} into the same parts`, () => {
      expect(parsePostmanUrl(raw)).toEqual(theirs(raw));
    });
  }
});

describe("unparsePostmanUrl (differential, Url#toString)", () => {
  for (const raw of TRICKY_URLS) {
    it(`writes ${JSON.stringify(raw)} back the same`, () => {
      expect(unparsePostmanUrl(parsePostmanUrl(raw))).toBe(new Url(raw).toString());
    });
  }
});

describe("toWireUrl (differential, postman-url-encoder's toNodeUrl)", () => {
  it("gives nothing for a blank URL (so the caller reports it empty)", () => {
    expect(toWireUrl("")).toBe("");
    expect(toWireUrl("  ")).toBe("");
  });

  for (const raw of TRICKY_URLS.filter((u) => u.trim() !== "")) {
    // toNodeUrl lower-cases the host and runs it through Node's domainToASCII (punycode; it also
    // cuts at `\`); ours leaves the host to the transport's WHATWG URL, which does the same.
    if (/[^ -~]|\\|[A-Z]/.test(parsePostmanUrl(raw).host?.join(".") ?? "")) continue;
    it(`encodes ${JSON.stringify(raw)} as Newman sends it`, () => {
      expect(toWireUrl(raw)).toBe(encoder.toNodeUrl(new Url(raw)).href);
    });
  }

  it("keeps null params value-less and empty params empty", () => {
    expect(toWireUrl("h/a?foo1&foo2&&x=")).toBe("http://h/a?foo1&foo2&&x=");
  });
});

describe("the editor's split (url.ts) agrees with postman-collection", () => {
  for (const raw of TRICKY_URLS) {
    it(`Params of ${JSON.stringify(raw)} are Postman's query, and write back as typed`, () => {
      const url = raw.trimStart();
      expect(parseQuery(url).map(postmanParam)).toEqual(theirs(url).query ?? []);
      const { hash } = splitUrl(url);
      expect(hash).toBe(theirs(url).hash);
      expect(withQuery(url, parseQuery(url))).toBe(url);
    });
  }
});
