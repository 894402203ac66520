/**
 * The Auth tab as data: which types it offers, and for each type the fields it edits, keyed by
 * Postman v2.1's attribute names (the ones postman-runtime's authorizers read), so the editor,
 * its tests and exports agree on every key. OAuth 2.0's fields are drawn by OAuth2Fields; the
 * type select's choices and notes are in authTypes.ts.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json (auth)
 */
import type { AuthType } from "../../../../core/model";

/** How a field is edited: text and secret through VarInput, the others as native controls. */
export type AuthFieldKind = "text" | "secret" | "select" | "checkbox" | "textarea";

/** One attribute's editor. */
export interface AuthField {
  /** The Postman attribute key. */
  key: string;
  /** The accessible name (and visible label). */
  label: string;
  kind: AuthFieldKind;
  /** A select's choices as [value, label]. */
  options?: readonly (readonly [string, string])[];
  /** What a select shows when the attribute is absent; written when the type is picked. */
  default?: string;
  placeholder?: string;
  /** Under the collapsed "Advanced" section. */
  advanced?: boolean;
  /** A textarea holding a credential: hidden until shown. */
  secret?: boolean;
  /** Shown only while attribute `key` (or its field's default) is one of `in`. */
  when?: { key: string; in: readonly string[] };
}

const opts = (...values: string[]) => values.map((v) => [v, v] as const);

const RSA_METHODS = ["RSA-SHA1", "RSA-SHA256", "RSA-SHA512"];
const HS_ALGORITHMS = ["HS256", "HS384", "HS512"];
const KEY_ALGORITHMS = ["RS", "ES", "PS"].flatMap((f) => ["256", "384", "512"].map((n) => f + n));

const DIGEST: AuthField[] = [
  { key: "username", label: "Username", kind: "text" },
  { key: "password", label: "Password", kind: "secret" },
  { key: "disableRetryRequest", label: "Disable retrying the request", kind: "checkbox" },
  {
    key: "realm",
    label: "Realm",
    kind: "text",
    advanced: true,
    placeholder: "testrealm@example.com",
  },
  { key: "nonce", label: "Nonce", kind: "text", advanced: true },
  {
    key: "algorithm",
    label: "Algorithm",
    kind: "select",
    options: opts("MD5", "MD5-sess", "SHA-256", "SHA-256-sess"),
    default: "MD5",
    advanced: true,
  },
  { key: "qop", label: "Quality of protection (qop)", kind: "text", advanced: true },
  {
    key: "nonceCount",
    label: "Nonce count",
    kind: "text",
    advanced: true,
    placeholder: "00000001",
  },
  { key: "clientNonce", label: "Client nonce", kind: "text", advanced: true },
  { key: "opaque", label: "Opaque", kind: "text", advanced: true },
];

const OAUTH1: AuthField[] = [
  {
    key: "signatureMethod",
    label: "Signature method",
    kind: "select",
    options: opts("HMAC-SHA1", "HMAC-SHA256", "HMAC-SHA512", "PLAINTEXT", ...RSA_METHODS),
    default: "HMAC-SHA1",
  },
  { key: "consumerKey", label: "Consumer key", kind: "text" },
  { key: "consumerSecret", label: "Consumer secret", kind: "secret" },
  { key: "token", label: "Access token", kind: "text" },
  { key: "tokenSecret", label: "Token secret", kind: "secret" },
  {
    key: "privateKey",
    label: "Private key",
    kind: "textarea",
    secret: true,
    placeholder: "-----BEGIN PRIVATE KEY-----",
    when: { key: "signatureMethod", in: RSA_METHODS },
  },
  { key: "addParamsToHeader", label: "Add auth data to the headers", kind: "checkbox" },
  {
    key: "disableHeaderEncoding",
    label: "Do not encode the header's parameters",
    kind: "checkbox",
    advanced: true,
    when: { key: "addParamsToHeader", in: ["true"] },
  },
  { key: "callback", label: "Callback URL", kind: "text", advanced: true },
  { key: "verifier", label: "Verifier", kind: "text", advanced: true },
  { key: "timestamp", label: "Timestamp", kind: "text", advanced: true },
  { key: "nonce", label: "Nonce", kind: "text", advanced: true },
  { key: "version", label: "Version", kind: "text", advanced: true, placeholder: "1.0" },
  { key: "realm", label: "Realm", kind: "text", advanced: true },
  { key: "includeBodyHash", label: "Include body hash", kind: "checkbox", advanced: true },
  {
    key: "addEmptyParamsToSign",
    label: "Add empty parameters to the signature",
    kind: "checkbox",
    advanced: true,
  },
];

const HAWK: AuthField[] = [
  { key: "authId", label: "Hawk auth ID", kind: "text" },
  { key: "authKey", label: "Hawk auth key", kind: "secret" },
  {
    key: "algorithm",
    label: "Algorithm",
    kind: "select",
    options: opts("sha256", "sha1"),
    default: "sha256",
  },
  { key: "user", label: "User", kind: "text", advanced: true },
  { key: "nonce", label: "Nonce", kind: "text", advanced: true },
  { key: "extraData", label: "Extra data (ext)", kind: "text", advanced: true },
  { key: "app", label: "App ID (app)", kind: "text", advanced: true },
  { key: "delegation", label: "Delegation (dlg)", kind: "text", advanced: true },
  { key: "timestamp", label: "Timestamp", kind: "text", advanced: true },
  { key: "includePayloadHash", label: "Include payload hash", kind: "checkbox", advanced: true },
];

const AWSV4: AuthField[] = [
  { key: "accessKey", label: "Access key", kind: "text" },
  { key: "secretKey", label: "Secret key", kind: "secret" },
  { key: "addAuthDataToQuery", label: "Add auth data to the query", kind: "checkbox" },
  { key: "region", label: "AWS region", kind: "text", advanced: true, placeholder: "us-east-1" },
  {
    key: "service",
    label: "Service name",
    kind: "text",
    advanced: true,
    placeholder: "execute-api",
  },
  { key: "sessionToken", label: "Session token", kind: "secret", advanced: true },
];

const JWT: AuthField[] = [
  {
    key: "addTokenTo",
    label: "Add JWT token to",
    kind: "select",
    options: [
      ["header", "Request header"],
      ["queryParam", "Query param"],
    ],
    default: "header",
  },
  {
    key: "algorithm",
    label: "Algorithm",
    kind: "select",
    options: opts(...HS_ALGORITHMS, ...KEY_ALGORITHMS),
    default: "HS256",
  },
  { key: "secret", label: "Secret", kind: "secret", when: { key: "algorithm", in: HS_ALGORITHMS } },
  {
    key: "isSecretBase64Encoded",
    label: "Secret is base64 encoded",
    kind: "checkbox",
    when: { key: "algorithm", in: HS_ALGORITHMS },
  },
  {
    key: "privateKey",
    label: "Private key",
    kind: "textarea",
    secret: true,
    placeholder: "-----BEGIN PRIVATE KEY-----",
    when: { key: "algorithm", in: KEY_ALGORITHMS },
  },
  { key: "payload", label: "Payload", kind: "textarea", placeholder: '{ "sub": "1234" }' },
  {
    key: "headerPrefix",
    label: "Request header prefix",
    kind: "text",
    advanced: true,
    placeholder: "Bearer",
    when: { key: "addTokenTo", in: ["header"] },
  },
  {
    key: "queryParamKey",
    label: "Query param name",
    kind: "text",
    advanced: true,
    placeholder: "token",
    when: { key: "addTokenTo", in: ["queryParam"] },
  },
  { key: "header", label: "JWT headers", kind: "textarea", advanced: true, placeholder: "{}" },
];

const NTLM: AuthField[] = [
  { key: "username", label: "Username", kind: "text" },
  { key: "password", label: "Password", kind: "secret" },
  { key: "disableRetryRequest", label: "Disable retrying the request", kind: "checkbox" },
  { key: "domain", label: "Domain", kind: "text", advanced: true },
  { key: "workstation", label: "Workstation", kind: "text", advanced: true },
];

const EDGEGRID: AuthField[] = [
  { key: "accessToken", label: "Access token", kind: "text" },
  { key: "clientToken", label: "Client token", kind: "text" },
  { key: "clientSecret", label: "Client secret", kind: "secret" },
  { key: "nonce", label: "Nonce", kind: "text", advanced: true },
  { key: "timestamp", label: "Timestamp", kind: "text", advanced: true },
  { key: "baseURL", label: "Base URL", kind: "text", advanced: true },
  {
    key: "headersToSign",
    label: "Headers to sign",
    kind: "text",
    advanced: true,
    placeholder: "Comma-separated header names",
  },
  {
    key: "maxBodySize",
    label: "Max body size",
    kind: "text",
    advanced: true,
    placeholder: "131072",
  },
];

/** The fields of every type this module draws (OAuth 2.0 has its own component). */
export const AUTH_FIELDS: Partial<Record<AuthType, readonly AuthField[]>> = {
  basic: [
    { key: "username", label: "Username", kind: "text" },
    { key: "password", label: "Password", kind: "secret" },
  ],
  bearer: [{ key: "token", label: "Token", kind: "text" }],
  apikey: [
    { key: "key", label: "Key", kind: "text" },
    { key: "value", label: "Value", kind: "text" },
    {
      key: "in",
      label: "Add to",
      kind: "select",
      options: [
        ["header", "Header"],
        ["query", "Query params"],
      ],
      default: "header",
    },
  ],
  jwt: JWT,
  digest: DIGEST,
  oauth1: OAUTH1,
  hawk: HAWK,
  awsv4: AWSV4,
  ntlm: NTLM,
  edgegrid: EDGEGRID,
  akamai: EDGEGRID,
};
