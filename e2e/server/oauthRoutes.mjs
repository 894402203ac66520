// A small OAuth 2.0 authorization server for e2e/oauth2.spec.ts (127.0.0.1 only), checked with
// node:crypto independently of Satchel's code. Every answer carries CORS headers.
//   GET  /oauth/authorize  auto-approves: 302 to redirect_uri with code and state (the PKCE
//                          challenge is remembered with the code)
//   POST /oauth/token      authorization_code (checks redirect_uri, client_id and the PKCE
//                          code_verifier against the challenge), refresh_token, client_credentials
//                          (HTTP Basic e2e-client:e2e-secret); issues access tokens that live
//                          `ttl` seconds (see /oauth/control) and refresh tokens
//   GET  /oauth/resource   200 with the token and its generation ("g1" as issued, "g2" after one
//                          refresh) for a valid `Authorization: Bearer`, else 401
//   GET  /oauth/control?ttl=N   sets the lifetime of the next access tokens (default 3600 s)
//   GET  /oauth/state      how many tokens were issued and refreshed
import { createHash, randomBytes } from "node:crypto";

const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "*",
  "access-control-expose-headers": "*",
};
/** The server accepts a token a little past its `expires_in`, for the client's clock lag. */
const GRACE_MS = 5_000;

const codes = new Map(); // code → { clientId, redirectUri, challenge, method }
const accessTokens = new Map(); // token → { expiresAt, generation, clientId }
const refreshTokens = new Map(); // refresh token → { clientId, generation }
const counts = { issued: 0, refreshed: 0 };
let ttl = 3600;

const id = () => randomBytes(16).toString("base64url");

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...cors, ...headers });
  res.end(JSON.stringify(body));
}

function issue(res, clientId, generation) {
  const token = `at-${id()}`;
  const refresh = `rt-${id()}`;
  accessTokens.set(token, { expiresAt: Date.now() + ttl * 1000, generation, clientId });
  refreshTokens.set(refresh, { clientId, generation });
  counts.issued++;
  send(res, 200, {
    access_token: token,
    token_type: "Bearer",
    expires_in: ttl,
    refresh_token: refresh,
    scope: "read",
  });
}

const refuse = (res, error, description) =>
  send(res, 400, { error, error_description: description });

/** The client's id and secret from HTTP Basic, else from the form. */
function client(req, form) {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (basic) {
    const [user, pass] = Buffer.from(basic, "base64").toString("utf8").split(":");
    return { id: decodeURIComponent(user ?? ""), secret: decodeURIComponent(pass ?? "") };
  }
  return { id: form.get("client_id") ?? "", secret: form.get("client_secret") ?? "" };
}

function token(req, res, body) {
  const form = new URLSearchParams(body);
  const who = client(req, form);
  switch (form.get("grant_type")) {
    case "authorization_code": {
      const code = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      if (!code) return refuse(res, "invalid_grant", "Unknown or used code");
      if (code.clientId !== who.id) return refuse(res, "invalid_client", "Wrong client_id");
      if (code.redirectUri !== form.get("redirect_uri")) {
        return refuse(res, "invalid_grant", "redirect_uri does not match");
      }
      if (code.challenge) {
        const verifier = form.get("code_verifier") ?? "";
        const expected =
          code.method === "S256"
            ? createHash("sha256").update(verifier).digest("base64url")
            : verifier;
        if (!verifier || expected !== code.challenge) {
          return refuse(res, "invalid_grant", "PKCE verification failed");
        }
      }
      return issue(res, who.id, 1);
    }
    case "refresh_token": {
      const old = refreshTokens.get(form.get("refresh_token") ?? "");
      if (!old) return refuse(res, "invalid_grant", "Unknown refresh token");
      refreshTokens.delete(form.get("refresh_token") ?? "");
      counts.refreshed++;
      return issue(res, old.clientId, old.generation + 1);
    }
    case "client_credentials":
      if (who.id !== "e2e-client" || who.secret !== "e2e-secret") {
        return send(res, 401, { error: "invalid_client" });
      }
      return issue(res, who.id, 1);
    default:
      return refuse(res, "unsupported_grant_type", form.get("grant_type") ?? "none");
  }
}

function authorize(res, url) {
  const q = url.searchParams;
  const redirectUri = q.get("redirect_uri");
  if (!redirectUri || q.get("response_type") !== "code") {
    return send(res, 400, { error: "invalid_request" });
  }
  const code = `code-${id()}`;
  codes.set(code, {
    clientId: q.get("client_id") ?? "",
    redirectUri,
    challenge: q.get("code_challenge") ?? undefined,
    method: q.get("code_challenge_method") ?? "plain",
  });
  const to = new URL(redirectUri);
  to.searchParams.set("code", code);
  if (q.has("state")) to.searchParams.set("state", q.get("state"));
  res.writeHead(302, { location: to.href, ...cors });
  res.end();
}

function resource(req, res) {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  const known = bearer && accessTokens.get(bearer);
  if (!known) return send(res, 401, { error: "invalid_token" });
  if (Date.now() > known.expiresAt + GRACE_MS) {
    return send(res, 401, { error: "invalid_token", error_description: "expired" });
  }
  // As text, so a line-numbered body view cannot run it into the next line's number.
  send(res, 200, { ok: true, token: bearer, generation: `g${known.generation}` });
}

/** Answers /oauth/… requests; false for any other path. */
export function oauthRoute(req, res, url, body) {
  if (!url.pathname.startsWith("/oauth/")) return false;
  if (req.method === "OPTIONS") {
    res.writeHead(204, cors);
    res.end();
    return true;
  }
  switch (url.pathname) {
    case "/oauth/authorize":
      authorize(res, url);
      break;
    case "/oauth/token":
      token(req, res, body);
      break;
    case "/oauth/resource":
      resource(req, res);
      break;
    case "/oauth/control":
      ttl = Number(url.searchParams.get("ttl") ?? 3600) || 3600;
      send(res, 200, { ttl });
      break;
    case "/oauth/state":
      send(res, 200, counts);
      break;
    default:
      send(res, 404, { error: "not_found" });
  }
  return true;
}
