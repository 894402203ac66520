/**
 * v1 auth → v2.1 `auth`, as postman-collection-transformer 4.1.8 converts it for Newman: an
 * `auth` object (`{type, <type>: [{key, value}]}`) is used when the entity has no legacy
 * `currentHelper`/`helperAttributes` keys; otherwise `currentHelper` names the type and
 * `helperAttributes` (an object, or JSON text) its parameters, renamed to v2's names.
 * @see node_modules/postman-collection-transformer/lib/util.js (authMappersFromLegacy)
 */
import type { V1 } from "./values";
import { arr, clean, isObject } from "./values";

const TYPES: Record<string, string | null> = {
  apikeyAuth: "apikey",
  basicAuth: "basic",
  bearerAuth: "bearer",
  digestAuth: "digest",
  hawkAuth: "hawk",
  oAuth1: "oauth1",
  oAuth2: "oauth2",
  ntlmAuth: "ntlm",
  awsSigV4: "awsv4",
  normal: null,
};

/** v2 parameter name ← v1 helperAttributes name, per legacy helper. */
const RENAMES: Record<string, [string, string][]> = {
  apikeyAuth: [
    ["key", "key"],
    ["value", "value"],
    ["in", "in"],
  ],
  basicAuth: [
    ["username", "username"],
    ["password", "password"],
    ["saveHelperData", "saveToRequest"],
  ],
  bearerAuth: [["token", "token"]],
  digestAuth: [
    "algorithm",
    "username",
    "realm",
    "password",
    "nonce",
    "nonceCount",
    "clientNonce",
    "opaque",
    "qop",
    "disableRetryRequest",
  ].map((k) => [k, k]),
  oAuth1: [
    ["consumerKey", "consumerKey"],
    ["consumerSecret", "consumerSecret"],
    ["token", "token"],
    ["tokenSecret", "tokenSecret"],
    ["signatureMethod", "signatureMethod"],
    ["timestamp", "timestamp"],
    ["nonce", "nonce"],
    ["version", "version"],
    ["realm", "realm"],
    ["addParamsToHeader", "header"],
    ["autoAddParam", "auto"],
    ["addEmptyParamsToSign", "includeEmpty"],
  ],
  hawkAuth: [
    ["authId", "hawk_id"],
    ["authKey", "hawk_key"],
    ["algorithm", "algorithm"],
    ["user", "user"],
    ["saveHelperData", "saveToRequest"],
    ["nonce", "nonce"],
    ["extraData", "ext"],
    ["appId", "app"],
    ["delegation", "dlg"],
    ["timestamp", "timestamp"],
  ],
  ntlmAuth: ["username", "password", "domain", "workstation", "disableRetryRequest"].map((k) => [
    k,
    k,
  ]),
  oAuth2: [
    "accessToken",
    "addTokenTo",
    "callBackUrl",
    "authUrl",
    "accessTokenUrl",
    "clientId",
    "clientSecret",
    "clientAuth",
    "grantType",
    "scope",
    "username",
    "password",
    "tokenType",
    "redirectUri",
    "refreshToken",
  ].map((k) => [k, k]),
};

/** A parameter map's v2.1 list, each row typed by its value (string, boolean, number, else any). */
function toList(params: V1): V1[] {
  return Object.entries(params).map(([key, value]) => {
    const t = typeof value;
    const type = t === "string" || t === "boolean" || t === "number" ? t : "any";
    return value === undefined ? { key, type } : { key, value: clean(value), type };
  });
}

/** `{type, params}` → v2.1 auth; noauth stays (or is null where the caller excludes it). */
function finish(type: string, params: V1 | undefined, excludeNoauth: boolean): V1 | null {
  if (type === "noauth") return excludeNoauth ? null : { type };
  const list = params ? toList(params) : [];
  return list.length ? { type, [type]: list } : { type };
}

/**
 * The v2.1 auth of a v1 collection, folder or request; undefined when it has none (inherit),
 * null for `noauth` when `excludeNoauth` (the collection's, which needs no auth object).
 */
export function auth(entity: V1, excludeNoauth = false): V1 | null | undefined {
  const legacy = "currentHelper" in entity || Boolean(entity.helperAttributes);
  if ("auth" in entity && !legacy && entity.auth) {
    const a = entity.auth;
    if (!isObject(a) || typeof a.type !== "string" || a.type === "") return undefined;
    const params: V1 = {};
    for (const p of arr(a[a.type]).filter(isObject)) params[String(p.key)] = p.value;
    return finish(a.type, params, excludeNoauth);
  }
  const helper = entity.currentHelper;
  if (typeof helper !== "string" || helper === "" || helper === "normal") return undefined;
  const type = TYPES[helper] ?? helper;
  let attributes = entity.helperAttributes;
  if (typeof attributes === "string") {
    try {
      attributes = JSON.parse(attributes) as unknown;
    } catch {
      return undefined;
    }
  }
  const renames = RENAMES[helper];
  let params: V1 | undefined;
  if (isObject(attributes) && (renames || helper === "awsSigV4")) {
    params = {};
    if (renames) for (const [to, from] of renames) params[to] = attributes[from];
    else Object.assign(params, attributes);
    if (helper === "basicAuth") params.showPassword = false;
  }
  return finish(type, params, excludeNoauth);
}
