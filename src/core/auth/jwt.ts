/**
 * JWT bearer (Postman's `jwt`): builds and signs a JWT from the `header` and `payload` JSON and
 * sends it as `Authorization: <headerPrefix> <token>` (prefix "Bearer" unless set; an empty
 * prefix sends the bare token) or as the query parameter `queryParamKey` (default "token").
 * The `algorithm` attribute always wins over an `alg` in the header JSON, as in Postman.
 * @see https://www.rfc-editor.org/rfc/rfc7519
 */
import { authAttribute } from "../http/auth";
import { joinUrl, splitUrl } from "../http/url";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import { utf8 } from "./bytes";
import type { JsonObject, JwtAlgorithm } from "./jwt/sign";
import { JWT_ALGORITHMS, isHs, signHs, signWithKey } from "./jwt/sign";
import { fromBase64 } from "./pem";
import type { AuthApplied, AuthScheme } from "./types";

const fail = (message: string, at?: string) =>
  err({ code: "AUTH_FAILED", message, ...(at ? { at } : {}) });

/**
 * The `header` or `payload` attribute as a JSON object: text is parsed (blank is `{}`), and an
 * object value (Postman allows one) is taken as it is.
 */
function jsonAttribute(auth: Auth, key: "header" | "payload"): Result<JsonObject> {
  const raw = auth.attributes.find((a) => a.key === key)?.value;
  let value: unknown = raw;
  if (raw === undefined || raw === null) value = {};
  else if (typeof raw === "string") {
    if (raw.trim() === "") value = {};
    else {
      try {
        value = JSON.parse(raw);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return fail(`the JWT ${key} is not valid JSON: ${why}`, key);
      }
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail(`the JWT ${key} must be a JSON object`, key);
  }
  return ok(value as JsonObject);
}

/** The token for `auth`, or AUTH_FAILED naming the attribute at fault. */
async function makeToken(auth: Auth): Promise<Result<string>> {
  const name = (authAttribute(auth, "algorithm") ?? "").trim() || "HS256";
  const alg = JWT_ALGORITHMS.find((a) => a === name.toUpperCase()) as JwtAlgorithm | undefined;
  if (!alg) return fail(`the JWT algorithm "${name}" is not one of ${JWT_ALGORITHMS.join(", ")}`);
  const header = jsonAttribute(auth, "header");
  if (!header.ok) return header;
  const payload = jsonAttribute(auth, "payload");
  if (!payload.ok) return payload;
  if (isHs(alg)) {
    const secret = authAttribute(auth, "secret") ?? "";
    if (!secret) return fail(`JWT ${alg} needs a secret`, "secret");
    const key =
      authAttribute(auth, "isSecretBase64Encoded") === "true" ? fromBase64(secret) : utf8(secret);
    if (!key) return fail("the secret is marked base64-encoded but is not base64", "secret");
    return ok(signHs(alg, { ...header.value, alg }, payload.value, key));
  }
  const privateKey = authAttribute(auth, "privateKey") ?? "";
  if (!privateKey.trim()) return fail(`JWT ${alg} needs a private key (PEM)`, "privateKey");
  return signWithKey(alg, header.value, payload.value, privateKey);
}

/** `url` without query parameters named `key` (exact, raw or decoded) and with `key=value`. */
function withQueryParam(url: string, key: string, value: string): string {
  const parts = splitUrl(url);
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const kept = (parts.query ?? "").split("&").filter((seg) => {
    const name = seg.includes("=") ? seg.slice(0, seg.indexOf("=")) : seg;
    return seg !== "" && name !== key && decode(name) !== key;
  });
  parts.query = [...kept, `${encodeURIComponent(key)}=${value}`].join("&");
  return joinUrl(parts);
}

/** Sign a JWT and add it to the request. */
async function apply(http: HttpRequest, auth: Auth): Promise<Result<AuthApplied>> {
  const token = await makeToken(auth);
  if (!token.ok) return token;
  if (authAttribute(auth, "addTokenTo") === "queryParam") {
    const key = authAttribute(auth, "queryParamKey") || "token";
    return ok({ http: { ...http, url: withQueryParam(http.url, key, token.value) }, warnings: [] });
  }
  const prefix = authAttribute(auth, "headerPrefix") ?? "Bearer";
  const headers = http.headers.filter(([k]) => k.toLowerCase() !== "authorization");
  headers.push(["Authorization", prefix ? `${prefix} ${token.value}` : token.value]);
  return ok({ http: { ...http, headers }, warnings: [] });
}

/** The jwt scheme. */
export const jwt: AuthScheme = { type: "jwt", apply };
