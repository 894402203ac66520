import { describe, expect, it } from "vitest";
import { headerOf, request } from "../test/authFixtures";
import { parseOAuthHeader, signed } from "../test/oauth1/helpers";
import { percentEncode, signatureBaseString } from "./signature";

describe("oauth1: encoding", () => {
  it("percent-encodes per RFC 5849 §3.6 (unreserved kept, UTF-8 bytes, upper-case hex)", () => {
    expect(percentEncode("abcABC123-._~")).toBe("abcABC123-._~");
    expect(percentEncode("!*'() +/=&%")).toBe("%21%2A%27%28%29%20%2B%2F%3D%26%25");
    expect(percentEncode("é☃")).toBe("%C3%A9%E2%98%83");
  });

  it("drops the default port and lower-cases scheme and host in the base string URI", async () => {
    const http = request("GET", "HTTP://EXAMPLE.COM:80/r%20v/X?id=123");
    const { http: out } = await signed(http, {
      consumerKey: "k",
      consumerSecret: "s",
      nonce: "n",
      timestamp: "1",
      signatureMethod: "PLAINTEXT",
    });
    expect(out.url).toContain("oauth_signature=s%26");
    const base = signatureBaseString("GET", "http://example.com/r%20v/X", [["id", "123"]]);
    expect(base).toBe("GET&http%3A%2F%2Fexample.com%2Fr%2520v%2FX&id%3D123");
  });
});

describe("oauth1: where the parameters go", () => {
  const attrs = { consumerKey: "ck", consumerSecret: "cs", nonce: "abc", timestamp: "100" };

  it("puts them in the query for a GET, re-encoding the existing query in RFC 3986", async () => {
    const { http } = await signed(request("GET", "https://api.test/x?q=a+b&bang=!"), attrs);
    expect(http.url).toMatch(
      /^https:\/\/api\.test\/x\?q=a%20b&bang=%21&oauth_consumer_key=ck&oauth_signature_method=HMAC-SHA1&oauth_timestamp=100&oauth_nonce=abc&oauth_signature=[A-Za-z0-9%]+$/,
    );
    expect(headerOf(http, "Authorization")).toBeUndefined();
  });

  it("puts them in a urlencoded POST body, replacing stale ones", async () => {
    const http = request("POST", "https://api.test/x", {
      body: {
        kind: "urlencoded",
        fields: [
          ["a", "1"],
          ["oauth_nonce", "old"],
        ],
      },
    });
    const { http: out } = await signed(http, attrs);
    expect(out.url).toBe("https://api.test/x");
    const body = out.body?.kind === "urlencoded" ? out.body.fields.map(([k]) => k) : [];
    expect(body).toEqual([
      "a",
      "oauth_consumer_key",
      "oauth_signature_method",
      "oauth_timestamp",
      "oauth_nonce",
      "oauth_signature",
    ]);
  });

  it("replaces an existing Authorization header when asked for the header", async () => {
    const http = request("GET", "https://api.test/", { headers: [["authorization", "Basic x"]] });
    const { http: out } = await signed(http, { ...attrs, addParamsToHeader: true, realm: "R" });
    expect(out.headers).toHaveLength(1);
    expect(headerOf(out, "Authorization")).toMatch(
      /^OAuth realm="R",oauth_consumer_key="ck",oauth_signature_method="HMAC-SHA1",oauth_timestamp="100",oauth_nonce="abc",oauth_signature="[^"]+"$/,
    );
  });

  it("signs and sends empty parameters only with addEmptyParamsToSign", async () => {
    const both = { ...attrs, token: "", version: "", addParamsToHeader: true };
    const off = parseOAuthHeader(
      headerOf((await signed(request("GET", "http://a/"), both)).http, "Authorization")!,
    );
    expect(Object.keys(off)).not.toContain("oauth_token");
    const on = await signed(request("GET", "http://a/"), { ...both, addEmptyParamsToSign: true });
    expect(headerOf(on.http, "Authorization")).toContain('oauth_token="",oauth_signature_method');
  });

  it("honours disableHeaderEncoding and encodeOAuthSign=false", async () => {
    const plain = { ...attrs, signatureMethod: "PLAINTEXT", addParamsToHeader: true };
    const raw = await signed(request("GET", "http://a/"), {
      ...plain,
      disableHeaderEncoding: true,
    });
    expect(headerOf(raw.http, "Authorization")).toContain('oauth_signature="cs&"');
    const sig = await signed(request("GET", "http://a/"), { ...plain, encodeOAuthSign: false });
    expect(headerOf(sig.http, "Authorization")).toContain('oauth_signature="cs&"');
    const enc = await signed(request("GET", "http://a/"), plain);
    expect(headerOf(enc.http, "Authorization")).toContain('oauth_signature="cs%26"');
  });

  it("makes an 11-character alphanumeric nonce and a clock timestamp when they are empty", async () => {
    const { http } = await signed(request("GET", "http://a/"), {
      consumerKey: "ck",
      consumerSecret: "cs",
      addParamsToHeader: true,
    });
    const p = parseOAuthHeader(headerOf(http, "Authorization")!);
    expect(p.oauth_nonce).toMatch(/^[A-Za-z0-9]{11}$/);
    expect(p.oauth_timestamp).toBe("1395430461");
  });

  it("hashes a raw body with the method's hash, never a urlencoded one", async () => {
    const body = { kind: "text", text: "Hello World!" } as const;
    const sha256 = {
      ...attrs,
      signatureMethod: "HMAC-SHA256",
      includeBodyHash: true,
      addParamsToHeader: true,
    };
    const { http } = await signed(request("PUT", "http://a/", { body }), sha256);
    // SHA-256("Hello World!"), base64
    expect(parseOAuthHeader(headerOf(http, "Authorization")!).oauth_body_hash).toBe(
      "f4OxZX/x/FO5LcGBSKHWXfwtSx+j1ncoSt3SABJtkGk=",
    );
    const form = request("POST", "http://a/", {
      body: { kind: "urlencoded", fields: [["a", "b"]] },
    });
    const formOut = await signed(form, sha256);
    expect(headerOf(formOut.http, "Authorization")).not.toContain("oauth_body_hash");
    const multipart = request("POST", "http://a/", { body: { kind: "multipart", fields: [] } });
    const partOut = await signed(multipart, sha256);
    expect(partOut.warnings.join()).toContain("oauth_body_hash was left out");
  });
});
