/**
 * A workspace planted with every kind of secret the policy knows, each value a unique string
 * starting "plant-" so a test can search an exported file for it. What the exports must keep
 * either way (names, plain values) is listed too. History entries: ./plantedHistory.ts.
 */
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import { emptyBody, makeCollection, makeEnvironment, makeFolder, makeRequest } from "../../factory";
import type { Auth, Globals, KeyValue, Variable } from "../../model";

const deps: Deps = { clock: makeFixedClock(1), random: makeSeededRandom(7) };

export const kv = (key: string, value: string): KeyValue => ({ key, value, enabled: true });
const variable = (key: string, value: string, type: Variable["type"] = "default"): Variable => ({
  key,
  value,
  type,
  enabled: true,
});
export const auth = (type: Auth["type"], attrs: Record<string, unknown>): Auth => ({
  type,
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
});

/** The planted collection: collection, folder and request auth, rows, bodies, examples. */
export function plantedCollection() {
  const collection = makeCollection(deps, {
    workspaceId: "ws",
    name: "Planted",
    variables: [
      variable("baseUrl", "https://kept.test"),
      variable("token", "plant-var-token"),
      variable("host", "plant-secret-typed-var", "secret"),
    ],
    auth: auth("oauth2", {
      accessToken: "plant-oauth2-access-token",
      refreshToken: "plant-oauth2-refresh-token",
      clientId: "plant-oauth2-client-id",
      clientSecret: "plant-oauth2-client-secret",
      tokenRequestParams: [{ key: "audience", value: "plant-oauth2-token-param" }],
      useBrowser: false,
    }),
  });
  const folder = makeFolder(deps, {
    collectionId: collection.id,
    name: "Users",
    variables: [variable("password", "plant-folder-var-password")],
    auth: auth("awsv4", {
      accessKey: "plant-aws-access-key",
      secretKey: "plant-aws-secret-key",
      sessionToken: "plant-aws-session-token",
      region: "plant-aws-region",
    }),
  });
  const getUser = makeRequest(deps, {
    collectionId: collection.id,
    parentId: folder.id,
    name: "Get user",
    url: "{{baseUrl}}/users/1?api_key=plant-url-api-key&access_token=plant-url-access-token&page=2",
    params: [
      kv("api_key", "plant-url-api-key"),
      kv("access_token", "plant-url-access-token"),
      kv("page", "2"),
    ],
    headers: [
      kv("Authorization", "Basic plant-authorization-header"),
      kv("Cookie", "sid=plant-cookie-header"),
      kv("X-Api-Key", "plant-x-api-key-header"),
      kv("Accept", "application/json"),
    ],
    auth: auth("bearer", { token: "plant-bearer-token" }),
    variables: [variable("apiKey", "plant-request-var-apikey")],
    // Kept from a Postman import: the client certificate's passphrase.
    extra: {
      request: {
        certificate: {
          name: "client",
          key: { src: "/kept/key.pem" },
          passphrase: "plant-cert-passphrase",
        },
      },
    },
    examples: [
      {
        id: "ex1",
        name: "OK",
        status: 200,
        statusText: "OK",
        headers: [kv("Set-Cookie", "plant-example-set-cookie"), kv("Content-Type", "text/plain")],
        body: "fine",
        originalRequest: {
          method: "GET",
          header: [{ key: "Authorization", value: "Bearer plant-example-authorization" }],
          url: { raw: "https://api.test/u?token=plant-example-url-token", query: [] },
        },
      },
    ],
  });
  const login = makeRequest(deps, {
    collectionId: collection.id,
    name: "Log in",
    method: "POST",
    sort: 2,
    url: "https://ann:plant-url-password@api.test/login?access_token=plant-raw-only-token",
    params: [kv("api_key", "plant-row-only-key")],
    body: {
      ...emptyBody(),
      mode: "urlencoded",
      urlencoded: [
        kv("username", "ann"),
        kv("password", "plant-form-password"),
        kv("client_secret", "plant-form-client-secret"),
      ],
    },
    auth: auth("apikey", { key: "X-Api-Key", value: "plant-apikey-value", in: "header" }),
  });
  const upload = makeRequest(deps, {
    collectionId: collection.id,
    name: "Upload",
    method: "PUT",
    sort: 3,
    url: "https://api.test/files",
    body: {
      ...emptyBody(),
      mode: "formdata",
      formdata: [
        { ...kv("token", "plant-formdata-token"), type: "text" },
        { ...kv("note", "kept-note"), type: "text" },
      ],
    },
    // An auth type no export knows by name: every attribute is blanked all the same.
    auth: auth("hawk", { authId: "plant-hawk-id", oddSetting: "plant-hawk-odd-setting" }),
  });
  const raw = makeRequest(deps, {
    collectionId: collection.id,
    name: "Raw",
    method: "PATCH",
    sort: 4,
    url: "https://api.test/raw",
    headers: [kv("Content-Type", "application/json")],
    body: { ...emptyBody(), mode: "raw", language: "json", raw: '{"password":"raw-body-kept"}' },
  });
  return { collection, folders: [folder], requests: [getUser, login, upload, raw] };
}

/** Every secret value planted in {@link plantedCollection}. */
export const COLLECTION_SECRETS = [
  "plant-var-token",
  "plant-secret-typed-var",
  "plant-oauth2-access-token",
  "plant-oauth2-refresh-token",
  "plant-oauth2-client-id",
  "plant-oauth2-client-secret",
  "plant-oauth2-token-param",
  "plant-folder-var-password",
  "plant-aws-access-key",
  "plant-aws-secret-key",
  "plant-aws-session-token",
  "plant-aws-region",
  "plant-url-api-key",
  "plant-url-access-token",
  "plant-authorization-header",
  "plant-cookie-header",
  "plant-x-api-key-header",
  "plant-bearer-token",
  "plant-request-var-apikey",
  "plant-example-set-cookie",
  "plant-example-authorization",
  "plant-example-url-token",
  "plant-url-password",
  "plant-raw-only-token",
  "plant-row-only-key",
  "plant-form-password",
  "plant-form-client-secret",
  "plant-apikey-value",
  "plant-formdata-token",
  "plant-hawk-id",
  "plant-hawk-odd-setting",
  "plant-cert-passphrase",
];

/** The planted values an OpenAPI file carries at all (it has no auth values or variables). */
export const OPENAPI_CARRIED = [
  "plant-url-api-key",
  "plant-url-access-token",
  "plant-cookie-header",
  "plant-x-api-key-header",
  "plant-url-password",
  "plant-row-only-key",
  "plant-form-password",
  "plant-form-client-secret",
  "plant-formdata-token",
];

/** What every collection export keeps with secrets blanked: names and plain values. */
export const COLLECTION_KEPT = [
  "https://kept.test",
  "X-Api-Key",
  "api_key",
  "ann",
  "kept-note",
  "/kept/key.pem",
];

/** An environment with a variable named `token` and a secret-typed one. */
export function plantedEnvironment() {
  return makeEnvironment(deps, {
    workspaceId: "ws",
    name: "Prod",
    variables: [
      variable("token", "plant-env-token"),
      variable("db", "plant-env-secret-typed", "secret"),
      variable("region", "kept-region"),
    ],
  });
}

/** Globals with a variable named `apiKey` and a secret-typed one. */
export function plantedGlobals(): Globals {
  return {
    id: "globals",
    workspaceId: "ws",
    schemaVersion: 1,
    createdAt: 0,
    updatedAt: 0,
    variables: [
      variable("apiKey", "plant-globals-apikey"),
      variable("pin", "plant-globals-secret-typed", "secret"),
      variable("host", "kept-host"),
    ],
  };
}
