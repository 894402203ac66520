/** AWS Signature v4 against AWS's SigV4 test suite and S3's worked examples, plus Postman's rules. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import type { Result } from "../result";
import { amzDate, awsv4 } from "./awsv4";
import { canonicalPath, canonicalQuery, signV4 } from "./awsv4/canonical";
import s3 from "./test/awsv4/s3-examples.json";
import suite from "./test/awsv4/suite.json";
import type { AuthApplied, AuthContext } from "./types";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const msOf = (d: string) =>
  Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +d.slice(9, 11), +d.slice(11, 13));
const ctxAt = (datetime: string): AuthContext => ({
  deps: { clock: makeFixedClock(msOf(datetime)), random: makeSeededRandom(1) },
});
const auth = (attrs: Record<string, unknown>): Auth => ({
  type: "awsv4",
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
});
const suiteAuth = { ...suite.credentials, region: suite.region, service: suite.service };
const header = (res: Result<AuthApplied>, name: string) => {
  if (!res.ok) throw new Error(res.error.message);
  return res.value.http.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
};

/** A .req file as the aws4 harness reads it: a continuation line is one more value. */
function parseReq(text: string) {
  const blank = text.indexOf("\n\n");
  const head = blank < 0 ? text : text.slice(0, blank);
  const body = blank < 0 ? "" : text.slice(blank + 2);
  const [line = "", ...lines] = head.split("\n");
  const method = line.slice(0, line.indexOf(" "));
  const target = line.slice(line.indexOf(" ") + 1, line.lastIndexOf(" "));
  const headers: [string, string][] = [];
  for (const l of lines) {
    if (/^\s/.test(l)) headers.push([headers[headers.length - 1]![0], l]);
    else headers.push([l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1)]);
  }
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  return { method, target, path, query: q < 0 ? "" : target.slice(q + 1), headers, body };
}

describe("AWS SigV4 test suite, signer", () => {
  for (const c of suite.cases) {
    it(c.name, () => {
      const req = parseReq(c.req);
      const signed = signV4({
        ...req,
        payloadHash: sha256(req.body),
        datetime: suite.datetime,
        region: suite.region,
        service: suite.service,
        ...suite.credentials,
        pathEncoding: "normalized-single",
      });
      expect(signed.canonicalRequest).toBe(c.creq);
      expect(signed.authorization).toBe(c.authz);
    });
  }
});

/**
 * Through the scheme, the URL is read as a transport sends it: `/example space/` goes out as
 * `/example%20space/`, which services other than S3 sign encoded twice (so these two differ from
 * the suite, whose request lines are written decoded). A header value cannot span lines, the
 * session token is signed (the "after" variant adds it unsigned), and a form body also gets a
 * signed X-Amz-Content-Sha256 (as in Postman).
 */
const NOT_THROUGH_APPLY = new Set([
  "get-space",
  "get-utf8",
  "get-header-value-multiline",
  "post-sts-header-after",
  "post-x-www-form-urlencoded",
  "post-x-www-form-urlencoded-parameters",
]);

describe("AWS SigV4 test suite, through the scheme", () => {
  for (const c of suite.cases.filter((x) => !NOT_THROUGH_APPLY.has(x.name))) {
    it(c.name, async () => {
      const req = parseReq(c.req);
      const token = req.headers.find(([k]) => k === "X-Amz-Security-Token")?.[1];
      const http: HttpRequest = {
        method: req.method,
        url: `https://example.amazonaws.com${req.target}`,
        headers: req.headers.filter(([k]) => !/^(host|x-amz-date|x-amz-security-token)$/i.test(k)),
      };
      const attrs = token ? { ...suiteAuth, sessionToken: token } : suiteAuth;
      const res = await awsv4.apply(http, auth(attrs), ctxAt(suite.datetime));
      expect(header(res, "Authorization")).toBe(c.authz);
      expect(header(res, "X-Amz-Date")).toBe(suite.datetime);
      expect(header(res, "X-Amz-Security-Token")).toBe(token);
      expect(header(res, "Host")).toBeUndefined();
    });
  }
});

describe("S3 worked examples", () => {
  const s3Auth = { ...s3.credentials, region: s3.region, service: s3.service };
  const compact = (a: string | undefined) => a?.replace(/, /g, ",");

  for (const c of s3.cases) {
    it(c.name, async () => {
      const http: HttpRequest = {
        method: c.method,
        url: c.url,
        headers: c.headers as [string, string][],
      };
      if (c.body) http.body = { kind: "text", text: c.body };
      const res = await awsv4.apply(http, auth(s3Auth), ctxAt(s3.datetime));
      expect(header(res, "X-Amz-Content-Sha256")).toBe(c.contentSha256);
      expect(compact(header(res, "Authorization"))).toBe(c.authorization);
    });
  }

  it(s3.presigned.name, async () => {
    const http: HttpRequest = { method: "GET", url: s3.presigned.url, headers: [] };
    const attrs = { ...s3Auth, addAuthDataToQuery: true };
    const res = await awsv4.apply(http, auth(attrs), ctxAt(s3.datetime));
    expect(res).toEqual({
      ok: true,
      value: { http: { ...http, url: s3.presigned.signedUrl }, warnings: [] },
    });
  });
});

describe("canonical forms", () => {
  it("encodes paths twice outside S3, once in S3", () => {
    expect(canonicalPath("/a%20b/c$d/%E2%82%AC", "double")).toBe("/a%2520b/c%24d/%25E2%2582%25AC");
    expect(canonicalPath("/a%20b/c$d/%E2%82%AC", "single")).toBe("/a%20b/c%24d/%E2%82%AC");
    expect(canonicalPath("//a/./b/../c//", "double")).toBe("/a/c/");
    expect(canonicalPath("//a/./b/../c//", "single")).toBe("//a/./b/../c//");
    expect(canonicalPath("/a+b%2Bc", "single")).toBe("/a%20b%2Bc");
    expect(canonicalPath("/a+b%2Bc", "double")).toBe("/a%2Bb%252Bc");
    expect(canonicalPath("", "double")).toBe("/");
    // A character the URL parser leaves raw is encoded once, as the service encodes what it gets.
    expect(canonicalPath("/a|b^[c]", "double")).toBe("/a%7Cb%5E%5Bc%5D");
  });

  it("decodes and re-encodes the query strictly, sorted, without empty names", () => {
    expect(canonicalQuery("b=2&a=%7e&a=+x&=z&c&d=%zz&e='*")).toBe(
      "a=%20x&a=~&b=2&c=&d=%25zz&e=%27%2A",
    );
  });

  it("formats the date", () => {
    expect(amzDate(Date.UTC(2015, 7, 30, 12, 36, 0, 123))).toBe("20150830T123600Z");
  });
});

describe("Postman's rules", () => {
  const ctx = ctxAt(suite.datetime);
  const base = { accessKey: "AK", secretKey: "SK" };
  const post = (extra: Partial<HttpRequest> = {}): HttpRequest => ({
    method: "POST",
    url: "https://api.example.com/p?X-Amz-Signature=old&keep=1#frag",
    headers: [
      ["Authorization", "stale"],
      ["x-amz-date", "19990101T000000Z"],
      ["X-Amz-Security-Token", "stale"],
      ["Content-Type", "application/json"],
    ],
    body: { kind: "text", text: "{}" },
    ...extra,
  });

  it("defaults to execute-api in us-east-1 and signs the body's hash", async () => {
    const res = await awsv4.apply(post(), auth(base), ctx);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.http.url).toBe("https://api.example.com/p?keep=1#frag");
    expect(res.value.http.headers.map(([k]) => k)).toEqual([
      "Content-Type",
      "X-Amz-Content-Sha256",
      "X-Amz-Date",
      "Authorization",
    ]);
    expect(header(res, "X-Amz-Content-Sha256")).toBe(sha256("{}"));
    expect(header(res, "Authorization")).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AK\/20150830\/us-east-1\/execute-api\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it("sends no content hash header for an empty body outside S3", async () => {
    const res = await awsv4.apply(post({ body: undefined, method: "GET" }), auth(base), ctx);
    expect(header(res, "X-Amz-Content-Sha256")).toBeUndefined();
    expect(header(res, "Authorization")).toContain("SignedHeaders=content-type;host;x-amz-date,");
  });

  it("keeps a user's UNSIGNED-PAYLOAD", async () => {
    const req = post();
    req.headers.push(["x-amz-content-sha256", "unsigned-payload"]);
    const res = await awsv4.apply(req, auth({ ...base, service: "s3" }), ctx);
    expect(header(res, "X-Amz-Content-Sha256")).toBe("UNSIGNED-PAYLOAD");
    expect(res.ok && res.value.warnings).toEqual([]);
  });

  it("signs a body the transport lays out as UNSIGNED-PAYLOAD, warning outside S3", async () => {
    const req = post({ body: { kind: "multipart", fields: [] } });
    const res = await awsv4.apply(req, auth(base), ctx);
    expect(header(res, "X-Amz-Content-Sha256")).toBe("UNSIGNED-PAYLOAD");
    expect(res.ok && res.value.warnings).toEqual([
      expect.stringMatching(/multipart.*UNSIGNED-PAYLOAD/),
    ]);
    const inS3 = await awsv4.apply(req, auth({ ...base, service: "s3" }), ctx);
    expect(inS3.ok && inS3.value.warnings).toEqual([]);
  });

  it("puts auth data and the session token in the query when asked", async () => {
    const attrs = {
      ...base,
      sessionToken: "T/k+n",
      addAuthDataToQuery: "true",
      region: "eu-west-1",
    };
    const res = await awsv4.apply(post(), auth(attrs), ctx);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.http.url).toMatch(
      /^https:\/\/api\.example\.com\/p\?keep=1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F20150830%2Feu-west-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Security-Token=T%2Fk%2Bn&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=[0-9a-f]{64}#frag$/,
    );
    expect(res.value.http.headers).toEqual([["Content-Type", "application/json"]]);
  });

  it("fails without keys, naming them", async () => {
    const res = await awsv4.apply(post(), auth({ accessKey: "", secretKey: "" }), ctx);
    expect(res).toMatchObject({
      ok: false,
      error: { code: "AUTH_FAILED", message: "AWS Signature needs an Access Key and a Secret Key" },
    });
  });
});
