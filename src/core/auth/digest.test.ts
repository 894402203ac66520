/** Digest auth against RFC 7616 §3.9.1 and RFC 2617 §3.5, plus challenge handling. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import type { Result } from "../result";
import { digest } from "./digest";
import { parseChallenges } from "./digest/challenge";
import { digestResponse } from "./digest/compute";
import rfc from "./test/digest/rfc.json";
import type { AuthApplied, AuthContext, ChallengeResponse } from "./types";

const ctx: AuthContext = {
  deps: { clock: makeFixedClock(1_700_000_000_000), random: makeSeededRandom(7) },
};
const auth = (attrs: Record<string, unknown>): Auth => ({
  type: "digest",
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
});
const get = (url: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method: "GET",
  url,
  headers: [],
  ...extra,
});
const URL_ = "http://www.example.org/dir/index.html";
const unauthorized = (...challenges: string[]): ChallengeResponse => ({
  status: 401,
  headers: challenges.map((c): [string, string] => ["WWW-Authenticate", c]),
});
/** The Authorization header's parameters (same syntax as a challenge). */
function sent(result: Result<AuthApplied> | undefined): Record<string, string> {
  if (!result?.ok) throw new Error(`not signed: ${JSON.stringify(result)}`);
  const header = result.value.http.headers.find(([k]) => k === "Authorization");
  const [parsed] = parseChallenges(header?.[1] ?? "");
  expect(parsed?.scheme).toBe("Digest");
  return parsed!.params;
}
const hashWith = (alg: string) => (s: string | Buffer) => createHash(alg).update(s).digest("hex");
const md5 = hashWith("md5");

describe("published vectors", () => {
  for (const v of rfc.cases) {
    it(`${v.name}: computes the response`, () => {
      const algorithm = v.algorithm as "MD5" | "SHA-256";
      const params = { ...v, algorithm, qop: "auth" as const };
      expect(digestResponse(params)).toBe(v.response);
    });

    it(`${v.name}: signs when realm and nonce are known`, async () => {
      const attrs = { ...v, nonceCount: v.nc, clientNonce: v.cnonce };
      const params = sent(await digest.apply(get(URL_), auth(attrs), ctx));
      expect(params).toMatchObject({ uri: v.uri, nc: v.nc, qop: "auth", response: v.response });
      expect(params).toMatchObject({ realm: v.realm, nonce: v.nonce, opaque: v.opaque });
    });

    it(`${v.name}: answers the 401 challenge`, async () => {
      const user = auth({ username: v.username, password: v.password, clientNonce: v.cnonce });
      const signed = await digest.retry!(get(URL_), unauthorized(v.challenge), user, ctx);
      expect(sent(signed)).toMatchObject({ algorithm: v.algorithm, response: v.response });
    });
  }

  it("RFC 7616: of two challenges in two headers, answers the first (SHA-256)", async () => {
    const [sha256, md5v] = rfc.cases;
    const user = auth({
      username: "Mufasa",
      password: "Circle of Life",
      clientNonce: sha256!.cnonce,
    });
    const res = unauthorized(sha256!.challenge, md5v!.challenge);
    expect(sent(await digest.retry!(get(URL_), res, user, ctx)).response).toBe(sha256!.response);
  });
});

describe("algorithms and qop", () => {
  const base = { username: "u", password: "p", realm: "r", nonce: "n", clientNonce: "c" };
  const url = "http://h.test/a/b?x=1&y=%20z";

  it("MD5-sess puts the nonces into A1", async () => {
    const p = sent(
      await digest.apply(get(url), auth({ ...base, algorithm: "MD5-sess", qop: "auth" }), ctx),
    );
    const ha1 = md5(`${md5("u:r:p")}:n:c`);
    expect(p).toMatchObject({ algorithm: "MD5-sess", uri: "/a/b?x=1&y=%20z", cnonce: "c" });
    expect(p.response).toBe(md5(`${ha1}:n:00000001:c:auth:${md5("GET:/a/b?x=1&y=%20z")}`));
  });

  it("SHA-512-256-sess uses SHA-512/256", async () => {
    const h = hashWith("sha512-256");
    const attrs = { ...base, algorithm: "sha-512-256-SESS", qop: "auth" };
    const p = sent(await digest.apply(get(url), auth(attrs), ctx));
    expect(p.algorithm).toBe("SHA-512-256-sess");
    const ha1 = h(`${h("u:r:p")}:n:c`);
    expect(p.response).toBe(h(`${ha1}:n:00000001:c:auth:${h("GET:/a/b?x=1&y=%20z")}`));
  });

  it("auth-int hashes the body's bytes", async () => {
    const req = get(url, { method: "POST", body: { kind: "text", text: "héllo" } });
    const p = sent(
      await digest.apply(req, auth({ ...base, qop: "auth-int", nonceCount: "2" }), ctx),
    );
    const ha2 = md5(`POST:/a/b?x=1&y=%20z:${md5(Buffer.from("héllo", "utf8"))}`);
    expect(p).toMatchObject({ qop: "auth-int", nc: "00000002" });
    expect(p.response).toBe(md5(`${md5("u:r:p")}:n:00000002:c:auth-int:${ha2}`));
  });

  it("auth-int over a multipart body fails and says why", async () => {
    const body = { kind: "multipart" as const, fields: [] };
    const res = await digest.apply(get(url, { body }), auth({ ...base, qop: "auth-int" }), ctx);
    expect(res).toMatchObject({ ok: false, error: { code: "AUTH_FAILED" } });
    expect(!res.ok && res.error.message).toMatch(/auth-int.*multipart/);
  });

  it("without qop, uses the RFC 2069 form (no nc, cnonce or qop)", async () => {
    const p = sent(await digest.apply(get(url), auth({ ...base, clientNonce: "" }), ctx));
    expect(p).not.toHaveProperty("nc");
    expect(p).not.toHaveProperty("cnonce");
    expect(p.response).toBe(md5(`${md5("u:r:p")}:n:${md5("GET:/a/b?x=1&y=%20z")}`));
  });

  it("draws a client nonce from the random source when none is given", async () => {
    const attrs = { ...base, clientNonce: "", qop: "auth" };
    const fresh = (): AuthContext => ({ deps: { ...ctx.deps, random: makeSeededRandom(7) } });
    const a = sent(await digest.apply(get(url), auth(attrs), fresh())).cnonce;
    const b = sent(await digest.apply(get(url), auth(attrs), fresh())).cnonce;
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(b).toBe(a);
  });

  it("rejects what it cannot compute, naming it", async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ algorithm: "SHA-1" }, /algorithm "SHA-1"/],
      [{ qop: "auth-conf" }, /qop "auth-conf"/],
      [{ nonceCount: "zz" }, /nonceCount "zz"/],
      [{ username: "" }, /needs a username/],
    ];
    for (const [extra, message] of cases) {
      const res = await digest.apply(get(url), auth({ ...base, ...extra }), ctx);
      expect(res).toMatchObject({ ok: false, error: { code: "AUTH_FAILED", message } });
    }
  });

  it("replaces an Authorization header and escapes quotes", async () => {
    const req = get(url, {
      headers: [
        ["authorization", "Basic x"],
        ["Accept", "*/*"],
      ],
    });
    const res = await digest.apply(req, auth({ ...base, username: 'a"b\\c' }), ctx);
    expect(res.ok && res.value.http.headers.map(([k]) => k)).toEqual(["Accept", "Authorization"]);
    expect(sent(res).username).toBe('a"b\\c');
  });
});

describe("apply and retry, as postman-runtime does", () => {
  const user = auth({ username: "Mufasa", password: "Circle Of Life" });
  const [, , rfc2617] = rfc.cases;

  it("sends unsigned until the server names realm and nonce", async () => {
    const res = await digest.apply(get(URL_), user, ctx);
    expect(res).toEqual({ ok: true, value: { http: get(URL_), warnings: [] } });
  });

  it("does not retry without a Digest challenge, or when told not to", async () => {
    const retry = (r: ChallengeResponse, a: Auth = user) => digest.retry!(get(URL_), r, a, ctx);
    expect(await retry(unauthorized())).toBeUndefined();
    expect(await retry(unauthorized('Basic realm="x"', "Bearer"))).toBeUndefined();
    expect(await retry({ ...unauthorized(rfc2617!.challenge), status: 200 })).toBeUndefined();
    const off = auth({ username: "u", disableRetryRequest: true });
    expect(await retry(unauthorized(rfc2617!.challenge), off)).toBeUndefined();
  });

  it("does not answer the same nonce twice unless the server says it is stale", async () => {
    const known = auth({ username: "u", realm: rfc2617!.realm, nonce: rfc2617!.nonce });
    const again = await digest.retry!(get(URL_), unauthorized(rfc2617!.challenge), known, ctx);
    expect(again).toBeUndefined();
    const stale = `${rfc2617!.challenge}, stale=TRUE`;
    expect((await digest.retry!(get(URL_), unauthorized(stale), known, ctx))?.ok).toBe(true);
  });

  it("skips challenges it cannot answer for one it can, else says why", async () => {
    const res = unauthorized('Digest realm="r", nonce="n", algorithm=SHA-1, qop="auth"');
    expect(await digest.retry!(get(URL_), res, user, ctx)).toMatchObject({
      ok: false,
      error: { code: "AUTH_FAILED", message: expect.stringMatching(/"SHA-1"/) },
    });
    res.headers.push(["www-authenticate", 'Digest realm="r", nonce="n2", qop="auth"']);
    expect(sent(await digest.retry!(get(URL_), res, user, ctx)).nonce).toBe("n2");
  });

  it("prefers qop=auth, and says when only auth-int is offered for a multipart body", async () => {
    const body = { kind: "multipart" as const, fields: [] };
    const intOnly = unauthorized('Digest realm="r", nonce="n", qop="auth-int"');
    const res = await digest.retry!(get(URL_, { body }), intOnly, user, ctx);
    expect(!res?.ok && res?.error.message).toMatch(/auth-int.*multipart/);
    const both = unauthorized('Digest realm="r", nonce="n", qop="auth-int,auth"');
    expect(sent(await digest.retry!(get(URL_), both, user, ctx)).qop).toBe("auth");
  });
});

describe("WWW-Authenticate parsing", () => {
  it("reads several challenges, quoted strings with escapes and commas", () => {
    const header =
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple, really", ' +
      'Negotiate abc+/==, Digest REALM = "r" nonce=n/1=, QOP="auth, auth-int"';
    expect(parseChallenges(header)).toEqual([
      { scheme: "Newauth", params: { realm: "apps", type: "1", title: 'Login to "apps"' } },
      { scheme: "Basic", params: { realm: "simple, really" } },
      { scheme: "Negotiate", params: {}, token68: "abc+/==" },
      { scheme: "Digest", params: { realm: "r", nonce: "n/1=", qop: "auth, auth-int" } },
    ]);
  });

  it("survives garbage and unterminated quotes", () => {
    expect(parseChallenges("")).toEqual([]);
    expect(parseChallenges(', , "x", Bearer')).toEqual([{ scheme: "Bearer", params: {} }]);
    expect(parseChallenges('Digest realm="open')).toEqual([
      { scheme: "Digest", params: { realm: "open" } },
    ]);
  });
});
