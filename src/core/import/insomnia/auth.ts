/**
 * Insomnia's `authentication` → Postman v2.1 auth (Insomnia's field names, v4 exports and v5
 * YAML alike). Types with no Postman counterpart (netrc, ASAP) warn and inherit.
 */
import { inheritAuth, noAuth } from "../../factory";
import type { Auth } from "../../model";
import type { AuthRule } from "../authMap";
import { mapAuth, oneOf } from "../authMap";
import { at, isObject, text } from "../postman/read";
import type { Ctx } from "./request";
import { str } from "./request";

const credentials = [
  ["username", "username"],
  ["password", "password"],
] as const;

/** Insomnia type → Postman type and attributes. */
const RULES: Readonly<Record<string, AuthRule>> = {
  basic: { type: "basic", attributes: credentials },
  digest: { type: "digest", attributes: credentials },
  ntlm: { type: "ntlm", attributes: credentials },
  bearer: { type: "bearer", attributes: [["token", "token"]] },
  oauth2: {
    type: "oauth2",
    attributes: [
      [
        "grant_type",
        "grantType",
        oneOf({ password: "password_credentials", refresh_token: "authorization_code" }),
      ],
      ["accessTokenUrl", "accessTokenUrl"],
      ["authUrl", "authorizationUrl"],
      ["clientId", "clientId"],
      ["clientSecret", "clientSecret"],
      ["scope", "scope"],
      ["state", "state"],
      ["redirect_uri", "redirectUrl"],
      ["username", "username"],
      ["password", "password"],
      ["audience", "audience"],
      ["resource", "resource"],
      ["challengeAlgorithm", "pkceMethod"],
      ["client_authentication", "credentialsInBody", (v) => (v === true ? "body" : "header")],
      ["headerPrefix", "tokenPrefix"],
      ["accessToken", "accessToken"],
    ],
  },
  oauth1: {
    type: "oauth1",
    attributes: [
      ["consumerKey", "consumerKey"],
      ["consumerSecret", "consumerSecret"],
      ["token", "tokenKey"],
      ["tokenSecret", "tokenSecret"],
      ["signatureMethod", "signatureMethod"],
      ["privateKey", "privateKey"],
      ["version", "version"],
      ["nonce", "nonce"],
      ["timestamp", "timestamp"],
      ["callback", "callback"],
      ["realm", "realm"],
      ["verifier", "verifier"],
      ["includeBodyHash", "includeBodyHash"],
    ],
    fixed: { addParamsToHeader: true },
  },
  hawk: {
    type: "hawk",
    attributes: [
      ["authId", "id"],
      ["authKey", "key"],
      ["algorithm", "algorithm"],
      ["extraData", "ext"],
      ["includePayloadHash", "validatePayload"],
    ],
  },
  iam: {
    type: "awsv4",
    attributes: [
      ["accessKey", "accessKeyId"],
      ["secretKey", "secretAccessKey"],
      ["sessionToken", "sessionToken"],
      ["region", "region"],
      ["service", "service"],
    ],
  },
};

/** `authentication` → our Auth; `{}` or absent inherits, unknown types warn and inherit. */
export function importAuth(value: unknown, path: string, ctx: Ctx): Auth {
  if (!isObject(value) || value.type === undefined) return inheritAuth();
  if (value.disabled === true || value.type === "none") return noAuth();
  const type = text(value.type, at(path, "type"));
  if (type === "apikey") {
    const where = value.addTo === "queryParams" ? "query" : "header";
    if (value.addTo === "cookie")
      ctx.warnings.push("API key in a cookie was imported as a header.");
    const s = (k: string) => str(value[k], at(path, k), ctx);
    return {
      type: "apikey",
      attributes: [
        { key: "key", value: s("key"), type: "string" },
        { key: "value", value: s("value"), type: "string" },
        { key: "in", value: where, type: "string" },
      ],
    };
  }
  const rule = RULES[type];
  if (!rule) {
    ctx.warnings.push(`${type} auth is not imported; set it again.`);
    return inheritAuth();
  }
  const auth = mapAuth(rule, value, (s) => str(s, path, ctx));
  if (type === "oauth2" && value.usePkce === true) {
    const grant = auth.attributes.find((a) => a.key === "grant_type");
    if (grant?.value === "authorization_code") grant.value = "authorization_code_with_pkce";
  }
  return auth;
}
