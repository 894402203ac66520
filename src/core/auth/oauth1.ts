/**
 * OAuth 1.0a (Postman's `oauth1`): signs the request with HMAC-SHA1/256/512, RSA-SHA1/256/512
 * or PLAINTEXT and sends the protocol parameters in the Authorization header, the urlencoded
 * body (POST/PUT) or the query, following postman-runtime's rules for which parameters are signed
 * and sent (empty ones only with `addEmptyParamsToSign`; body hash, callback and verifier only
 * when they have a value).
 * @see https://www.rfc-editor.org/rfc/rfc5849
 * @see https://datatracker.ietf.org/doc/html/draft-eaton-oauth-bodyhash-00 (oauth_body_hash)
 */
import { authAttribute } from "../http/auth";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import { bodyBytes } from "./bytes";
import { OAUTH_PARAMS, authorizationHeader, userQuery, withEncodedQuery } from "./oauth1/params";
import type { SignatureMethod } from "./oauth1/signature";
import { bodyHash, parseSignatureMethod, sign, signatureBaseString } from "./oauth1/signature";
import { wireUrl } from "./requestUrl";
import type { AuthApplied, AuthContext, AuthScheme } from "./types";

const NONCE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** An 11-character alphanumeric nonce, as long as Postman's. */
const makeNonce = (next: () => number): string =>
  Array.from({ length: 11 }, () => NONCE_CHARS[Math.floor(next() * NONCE_CHARS.length)]).join("");

const missing = (what: string, at: string) =>
  err({ code: "AUTH_FAILED", message: `OAuth 1.0 needs a ${what}`, at });

/** Which required attribute is empty for `method`, if any. */
function checkRequired(auth: Auth, method: SignatureMethod) {
  if (!authAttribute(auth, "consumerKey")) return missing("consumer key", "consumerKey");
  if (method.startsWith("RSA-")) {
    if (!authAttribute(auth, "privateKey")?.trim()) {
      return missing(`private key (PEM) for ${method}`, "privateKey");
    }
  } else if (!authAttribute(auth, "consumerSecret")) {
    return missing(`consumer secret for ${method}`, "consumerSecret");
  }
  return undefined;
}

/** The protocol parameters to sign and send (without `oauth_signature`), in Postman's order. */
function protocolParams(
  http: HttpRequest,
  auth: Auth,
  method: SignatureMethod,
  ctx: AuthContext,
  warnings: string[],
): [string, string][] {
  const attr = (key: string) => authAttribute(auth, key) ?? "";
  const addEmpty = attr("addEmptyParamsToSign") === "true";
  const out: [string, string][] = [];
  const push = (key: string, value: string) => {
    if (addEmpty || value.trim() !== "") out.push([key, value]);
  };
  push("oauth_consumer_key", attr("consumerKey"));
  push("oauth_token", attr("token"));
  push("oauth_signature_method", method);
  const now = String(Math.floor(ctx.deps.clock.now() / 1000));
  push("oauth_timestamp", attr("timestamp").trim() ? attr("timestamp") : now);
  push("oauth_nonce", attr("nonce").trim() ? attr("nonce") : makeNonce(ctx.deps.random.next));
  push("oauth_version", attr("version"));
  // Extensions (body hash, callback, verifier) are sent only with a value: servers without them
  // reject the parameter (postman-app-support#8737).
  if (attr("includeBodyHash") === "true" && http.body?.kind !== "urlencoded") {
    const bytes = bodyBytes(http);
    if (bytes === undefined) {
      warnings.push(
        "oauth_body_hash was left out: a multipart or file body is laid out after signing",
      );
    } else {
      const hash = bodyHash(method, bytes);
      if (hash) out.push(["oauth_body_hash", hash]);
    }
  }
  if (attr("callback").trim()) out.push(["oauth_callback", attr("callback")]);
  if (attr("verifier").trim()) out.push(["oauth_verifier", attr("verifier")]);
  return out;
}

/** Sign `http` and place the parameters where the auth says. */
async function apply(
  http: HttpRequest,
  auth: Auth,
  ctx: AuthContext,
): Promise<Result<AuthApplied>> {
  const method = parseSignatureMethod(authAttribute(auth, "signatureMethod"));
  if (!method.ok) return method;
  const problem = checkRequired(auth, method.value);
  if (problem) return problem;
  const url = wireUrl(http.url);
  if (!url.ok) return url;

  const warnings: string[] = [];
  const form =
    http.body?.kind === "urlencoded"
      ? http.body.fields.filter(([k]) => !OAUTH_PARAMS.has(k))
      : undefined;
  const query = userQuery(http.url);
  const params = protocolParams(http, auth, method.value, ctx, warnings);
  const { protocol, host, pathname } = url.value;
  const base = signatureBaseString(http.method, `${protocol}//${host}${pathname}`, [
    ...params,
    ...query.map((p) => [p.key, p.value ?? ""] as const),
    ...(form ?? []),
  ]);
  const signature = await sign(method.value, base, {
    consumerSecret: authAttribute(auth, "consumerSecret") ?? "",
    tokenSecret: authAttribute(auth, "tokenSecret") ?? "",
    privateKey: authAttribute(auth, "privateKey") ?? "",
  });
  if (!signature.ok) return signature;
  params.push(["oauth_signature", signature.value]);

  const headers = http.headers.filter(([k]) => k.toLowerCase() !== "authorization");
  const out: HttpRequest = { ...http, headers, url: withEncodedQuery(http.url, query) };
  if (form) out.body = { kind: "urlencoded", fields: form };
  if (authAttribute(auth, "addParamsToHeader") === "true") {
    const header = authorizationHeader(authAttribute(auth, "realm") ?? "", params, {
      encode: authAttribute(auth, "disableHeaderEncoding") !== "true",
      encodeSignature: authAttribute(auth, "encodeOAuthSign") !== "false",
    });
    headers.push(["Authorization", header]);
  } else if (form && /^(POST|PUT)$/i.test(http.method)) {
    out.body = { kind: "urlencoded", fields: [...form, ...params] };
  } else {
    const sent = params.map(([key, value]) => ({ key, value }));
    out.url = withEncodedQuery(http.url, [...query, ...sent]);
  }
  return ok({ http: out, warnings });
}

/** The oauth1 scheme. */
export const oauth1: AuthScheme = { type: "oauth1", apply };
