/**
 * The conformance server's auth checkpoints: `/auth/<scheme>/…` answers 200 only when the request
 * carries a valid signature for the fixed credentials below, checked here with node:crypto by an
 * implementation independent of Satchel's signers (src/core/auth). Newman and Satchel run the
 * same `auth` fixtures against it, so both must produce signatures a real server accepts.
 * @see https://www.rfc-editor.org/rfc/rfc7616 (Digest) · RFC 5849 (OAuth 1.0) ·
 *   https://github.com/mozilla/hawk/blob/main/API.md (Hawk) ·
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html (SigV4)
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type http from "node:http";

/** The credentials every auth fixture uses (conformance/fixtures/auth/environment.json). */
export const AUTH_SECRETS = {
  digest: { username: "Mufasa", password: "Circle of Life", realm: "conformance@satchel" },
  oauth1: { consumerKey: "ck", consumerSecret: "cs&1", token: "tk", tokenSecret: "ts 2" },
  hawk: { id: "dh37fgj492je", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn" },
  aws: { accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  bearer: "conformance-token",
} as const;

/** A reply: status, JSON body, extra headers. */
export interface AuthReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const hash = (alg: string, text: string) => createHash(alg).update(text).digest("hex");
const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const denied = (why: string): AuthReply => ({ status: 401, body: { authenticated: false, why } });
const granted = (scheme: string): AuthReply => ({
  status: 200,
  body: { authenticated: true, scheme },
});

/** `k1="v1", k2=v2` → record (quoted strings unescaped). */
export function authParams(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out[m[1]!] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] ?? "");
  }
  return out;
}

const DIGEST_HASH: Record<string, string> = { MD5: "md5", "SHA-256": "sha256" };

/** Digest: a 401 challenge without credentials, else the response hash checked (RFC 7616). */
function digest(
  req: http.IncomingMessage,
  data: string,
  algorithm: string,
  qop: string,
): AuthReply {
  const { username, password, realm } = AUTH_SECRETS.digest;
  const header = req.headers.authorization ?? "";
  const nonce = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
  if (!header.startsWith("Digest ")) {
    const qopPart = qop === "none" ? "" : `, qop="${qop}"`;
    return {
      ...denied("no Digest credentials"),
      headers: {
        "WWW-Authenticate": `Digest realm="${realm}"${qopPart}, nonce="${nonce}", opaque="5ccc069c", algorithm=${algorithm}`,
      },
    };
  }
  const p = authParams(header.slice(7));
  const base = algorithm.replace(/-sess$/, "");
  const h = (t: string) => hash(DIGEST_HASH[base] ?? "md5", t);
  if (p.username !== username || p.realm !== realm || p.nonce !== nonce) {
    return denied("wrong username, realm or nonce");
  }
  if (p.uri !== req.url) return denied(`uri ${p.uri} is not the request target ${req.url}`);
  let ha1 = h(`${username}:${realm}:${password}`);
  if (algorithm.endsWith("-sess")) ha1 = h(`${ha1}:${nonce}:${p.cnonce}`);
  const ha2 =
    p.qop === "auth-int" ? h(`${req.method}:${p.uri}:${h(data)}`) : h(`${req.method}:${p.uri}`);
  const expected = p.qop
    ? h(`${ha1}:${nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`)
    : h(`${ha1}:${nonce}:${ha2}`);
  return same(expected, p.response ?? "") ? granted("digest") : denied("bad Digest response");
}

/** RFC 3986 percent-encoding (RFC 5849 §3.6, SigV4). */
const enc = (s: string) =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The pairs of a query string or form body, decoded as RFC 5849 §3.4.1.3.1 says. */
const pairs = (text: string): [string, string][] => [...new URLSearchParams(text)];

/** OAuth 1.0 (HMAC-SHA1/256, PLAINTEXT) with the parameters in the header, query or body. */
function oauth1(req: http.IncomingMessage, data: string): AuthReply {
  const { consumerKey, consumerSecret, token, tokenSecret } = AUTH_SECRETS.oauth1;
  const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
  const params: [string, string][] = [...pairs(url.search.slice(1))];
  if ((req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded")) {
    params.push(...pairs(data));
  }
  const header = req.headers.authorization ?? "";
  if (header.startsWith("OAuth ")) {
    for (const [k, v] of Object.entries(authParams(header.slice(6)))) {
      if (k !== "realm") params.push([decodeURIComponent(k), decodeURIComponent(v)]);
    }
  }
  const get = (k: string) => params.find(([key]) => key === k)?.[1];
  if (get("oauth_consumer_key") !== consumerKey || get("oauth_token") !== token) {
    return denied("wrong or missing oauth_consumer_key / oauth_token");
  }
  const method = get("oauth_signature_method") ?? "";
  const key = `${enc(consumerSecret)}&${enc(tokenSecret)}`;
  const signature = get("oauth_signature") ?? "";
  if (method === "PLAINTEXT")
    return same(signature, key) ? granted("oauth1") : denied("bad PLAINTEXT");
  const normalized = params
    .filter(([k]) => k !== "oauth_signature")
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const baseUri = `http://${(req.headers.host ?? "").toLowerCase()}${url.pathname}`;
  const text = [req.method ?? "", enc(baseUri), enc(normalized)].join("&");
  const alg = { "HMAC-SHA1": "sha1", "HMAC-SHA256": "sha256" }[method];
  if (!alg) return denied(`unexpected signature method ${method}`);
  const expected = createHmac(alg, key).update(text).digest("base64");
  return same(expected, signature) ? granted("oauth1") : denied("bad OAuth 1.0 signature");
}

/** Hawk header auth (sha256), payload hash checked when present, clock skew 60 s. */
function hawk(req: http.IncomingMessage, data: string): AuthReply {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Hawk ")) return denied("no Hawk credentials");
  const p = authParams(header.slice(5));
  if (p.id !== AUTH_SECRETS.hawk.id) return denied("unknown Hawk id");
  if (Math.abs(Number(p.ts) - Date.now() / 1000) > 60) return denied("Hawk timestamp skewed");
  const [host = "", port = "80"] = (req.headers.host ?? "").split(":");
  if (p.hash) {
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const payload = createHash("sha256")
      .update(`hawk.1.payload\n${type}\n${data}\n`)
      .digest("base64");
    if (payload !== p.hash) return denied("bad Hawk payload hash");
  }
  let normalized = `hawk.1.header\n${p.ts}\n${p.nonce}\n${req.method}\n${req.url}\n${host.toLowerCase()}\n${port}\n${p.hash ?? ""}\n${(p.ext ?? "").replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}\n`;
  if (p.app) normalized += `${p.app}\n${p.dlg ?? ""}\n`;
  const mac = createHmac("sha256", AUTH_SECRETS.hawk.key).update(normalized).digest("base64");
  return same(mac, p.mac ?? "") ? granted("hawk") : denied("bad Hawk mac");
}

/** AWS Signature v4 in the Authorization header, recomputed over the signed headers. */
function awsv4(req: http.IncomingMessage, data: string): AuthReply {
  const header = req.headers.authorization ?? "";
  const m = /^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=(\w+)$/.exec(
    header,
  );
  if (!m) return denied("no AWS4-HMAC-SHA256 Authorization header");
  const [accessKey, date, region, service] = m[1]!.split("/");
  if (accessKey !== AUTH_SECRETS.aws.accessKey) return denied("unknown access key");
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const url = new URL(req.url ?? "/", "http://h");
  const query = pairs(url.search.slice(1))
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const signed = m[2]!.split(";");
  const headers = signed
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? "")
          .trim()
          .replace(/\s+/g, " ")}\n`,
    )
    .join("");
  const payload = String(req.headers["x-amz-content-sha256"] ?? hash("sha256", data));
  const path = url.pathname
    .split("/")
    .map((s) => enc(decodeURIComponent(s)))
    .join("/");
  const canonical = [req.method, path, query, headers, m[2], payload].join("\n");
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, hash("sha256", canonical)].join("\n");
  let key: Buffer = Buffer.from(`AWS4${AUTH_SECRETS.aws.secretKey}`);
  for (const part of [date, region, service, "aws4_request"]) {
    key = createHmac("sha256", key)
      .update(part ?? "")
      .digest();
  }
  const expected = createHmac("sha256", key).update(toSign).digest("hex");
  return same(expected, m[3]!) ? granted("awsv4") : denied("bad AWS signature");
}

/** Answer `/auth/<scheme>/<options…>`; undefined for an unknown scheme. */
export function authRoute(
  req: http.IncomingMessage,
  parts: string[],
  data: string,
): AuthReply | undefined {
  switch (parts[1]) {
    case "digest":
      return digest(req, data, parts[2] ?? "MD5", parts[3] ?? "auth");
    case "oauth1":
      return oauth1(req, data);
    case "hawk":
      return hawk(req, data);
    case "awsv4":
      return awsv4(req, data);
    case "bearer":
      return req.headers.authorization === `Bearer ${AUTH_SECRETS.bearer}`
        ? granted("bearer")
        : denied("wrong bearer token");
    default:
      return undefined;
  }
}
