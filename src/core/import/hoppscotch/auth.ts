/**
 * Hoppscotch's `auth {authType, authActive, …}` → Postman v2.1 auth, with Hoppscotch's field
 * names (OAuth 2.0 in both its older flat shape and its `grantTypeInfo` shape).
 */
import { inheritAuth, noAuth } from "../../factory";
import type { Auth } from "../../model";
import type { AuthRule } from "../authMap";
import { mapAuth, oneOf } from "../authMap";
import { at, isObject, text } from "../postman/read";
import { convertVars } from "./request";

const addTo = (header: string, query: string) =>
  oneOf({ HEADERS: header, QUERY_PARAMS: query, Headers: header, "Query params": query });

/** Hoppscotch type → Postman type and attributes (flat fields of the auth object). */
const RULES: Readonly<Record<string, AuthRule>> = {
  basic: {
    type: "basic",
    attributes: [
      ["username", "username"],
      ["password", "password"],
    ],
  },
  bearer: { type: "bearer", attributes: [["token", "token"]] },
  "api-key": {
    type: "apikey",
    attributes: [
      ["key", "key"],
      ["value", "value"],
      ["in", "addTo", addTo("header", "query")],
    ],
    fixed: { in: "header" },
  },
  digest: {
    type: "digest",
    attributes: [
      ["username", "username"],
      ["password", "password"],
      ["realm", "realm"],
      ["nonce", "nonce"],
      ["algorithm", "algorithm"],
      ["qop", "qop"],
      ["nonceCount", "nc"],
      ["clientNonce", "cnonce"],
      ["opaque", "opaque"],
      ["disableRetryRequest", "disableRetry"],
    ],
  },
  "aws-signature": {
    type: "awsv4",
    attributes: [
      ["accessKey", "accessKey"],
      ["secretKey", "secretKey"],
      ["region", "region"],
      ["service", "serviceName"],
      ["sessionToken", "serviceToken"],
      ["addAuthDataToQuery", "addTo", (v) => v === "QUERY_PARAMS"],
    ],
  },
  hawk: {
    type: "hawk",
    attributes: [
      ["authId", "authId"],
      ["authKey", "authKey"],
      ["algorithm", "algorithm"],
      ["includePayloadHash", "includePayloadHash"],
      ["user", "user"],
      ["nonce", "nonce"],
      ["extraData", "ext"],
      ["app", "app"],
      ["delegation", "dlg"],
      ["timestamp", "timestamp"],
    ],
  },
  jwt: {
    type: "jwt",
    attributes: [
      ["algorithm", "algorithm"],
      ["secret", "secret"],
      ["privateKey", "privateKey"],
      ["isSecretBase64Encoded", "isSecretBase64Encoded"],
      ["payload", "payload"],
      ["header", "jwtHeaders"],
      ["addTokenTo", "addTo", addTo("header", "queryParam")],
      ["headerPrefix", "headerPrefix"],
      ["queryParamKey", "paramName"],
    ],
  },
  "akamai-eg": {
    type: "edgegrid",
    attributes: [
      ["accessToken", "accessToken"],
      ["clientToken", "clientToken"],
      ["clientSecret", "clientSecret"],
      ["nonce", "nonce"],
      ["timestamp", "timestamp"],
      ["baseURL", "host"],
      ["headersToSign", "headersToSign"],
      ["maxBodySize", "maxBodySize"],
    ],
  },
};

const GRANTS: Readonly<Record<string, string>> = {
  AUTHORIZATION_CODE: "authorization_code",
  CLIENT_CREDENTIALS: "client_credentials",
  PASSWORD: "password_credentials",
  IMPLICIT: "implicit",
};

/** OAuth 2.0: `grantTypeInfo` (current exports) or the older flat fields. */
const OAUTH2: AuthRule = {
  type: "oauth2",
  attributes: [
    ["grant_type", "grantType", oneOf(GRANTS)],
    ["authUrl", "authURL"],
    ["accessTokenUrl", "accessTokenURL"],
    ["clientId", "clientID"],
    ["clientSecret", "clientSecret"],
    ["scope", "scopes"],
    ["scope", "scope"],
    ["username", "username"],
    ["password", "password"],
    ["challengeAlgorithm", "codeVerifierMethod"],
    [
      "client_authentication",
      "clientAuthentication",
      oneOf({ AS_BASIC_AUTH_HEADERS: "header", IN_BODY: "body" }),
    ],
    ["accessToken", "token"],
    ["addTokenTo", "addTo", addTo("header", "queryParams")],
  ],
};

/** The OAuth 2.0 fields flattened: `grantTypeInfo` fields with Hoppscotch's endpoint names. */
function oauth2Fields(o: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const info = isObject(o.grantTypeInfo) ? o.grantTypeInfo : undefined;
  if (!info) return { ...o };
  const grant = typeof info.grantType === "string" ? info.grantType : "";
  const codeFlow = grant === "AUTHORIZATION_CODE" || grant === "IMPLICIT";
  return {
    ...info,
    addTo: o.addTo,
    // Code and implicit flows name the authorize URL authEndpoint; the others, the token URL.
    authURL: codeFlow ? info.authEndpoint : undefined,
    accessTokenURL: codeFlow ? info.tokenEndpoint : info.authEndpoint,
    grantType: grant === "AUTHORIZATION_CODE" && info.isPKCE === true ? "PKCE" : grant,
  };
}

/** `auth` → our Auth; unsupported types warn and inherit. */
export function importAuth(value: unknown, path: string, warnings: string[]): Auth {
  if (!isObject(value)) return inheritAuth();
  if (value.authType === "inherit" || value.authType === undefined) return inheritAuth();
  if (value.authType === "none" || value.authActive === false) return noAuth();
  const type = text(value.authType, at(path, "authType"));
  const convert = (s: string) => convertVars(s);
  if (type === "oauth-2") {
    const fields = oauth2Fields(value);
    const auth = mapAuth(OAUTH2, fields, convert);
    if (fields.grantType === "PKCE") {
      auth.attributes = auth.attributes.map((a) =>
        a.key === "grant_type" ? { ...a, value: "authorization_code_with_pkce" } : a,
      );
    }
    return auth;
  }
  const rule = RULES[type];
  if (!rule) {
    warnings.push(`${type} auth is not imported; set it again.`);
    return inheritAuth();
  }
  return mapAuth(rule, value, convert);
}
