// Digest-protected route of the e2e test server (e2e/auth.spec.ts): /cors/digest answers 401 with
// a challenge (exposed to the page through CORS), then 200 only for a valid RFC 7616 response for
// user "Mufasa" / "Circle of Life". Checked with node:crypto, independently of Satchel's signer.
import { createHash } from "node:crypto";

const REALM = "e2e@satchel";
const NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";

const md5 = (text) => createHash("md5").update(text).digest("hex");

/** `k="v", k2=v2` → object. */
function params(text) {
  const out = {};
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
    out[m[1]] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3];
  }
  return out;
}

/** The reply to a request on /cors/digest: {status, body}. */
export function digestReply(req) {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Digest ")) {
    return {
      status: 401,
      headers: {
        "www-authenticate": `Digest realm="${REALM}", qop="auth", nonce="${NONCE}", algorithm=MD5`,
      },
      body: { authenticated: false },
    };
  }
  const p = params(header.slice(7));
  const ha1 = md5(`Mufasa:${REALM}:Circle of Life`);
  const ha2 = md5(`${req.method}:${p.uri}`);
  const expected = md5(`${ha1}:${NONCE}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`);
  const ok = p.username === "Mufasa" && p.uri === req.url && p.response === expected;
  return { status: ok ? 200 : 401, headers: {}, body: { authenticated: ok, user: p.username } };
}
