/** History entries planted with credentials, each a unique "plant-har-" string. */
import { emptyBody } from "../../factory";
import type { HistoryEntry } from "../../model";
import { auth, kv } from "./planted";

const historyEntry = (
  id: string,
  body: HistoryEntry["request"]["body"],
  over: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  id,
  schemaVersion: 1,
  createdAt: 0,
  updatedAt: 0,
  workspaceId: "ws",
  sentAt: 5_000,
  request: {
    name: `Entry ${id}`,
    method: "POST",
    url: "{{base}}/login",
    params: [],
    headers: [kv("Content-Type", "application/x-www-form-urlencoded")],
    body,
    auth: auth("basic", { username: "plant-har-auth-user", password: "plant-har-auth-password" }),
  },
  resolvedUrl: "https://api.test/login",
  response: {
    status: 200,
    statusText: "OK",
    headers: [["Set-Cookie", "sid=plant-har-set-cookie"]],
    timeMs: 3,
    sizeBytes: 2,
    url: "https://api.test/login",
    redirected: false,
  },
  responseBody: "ok",
  ...over,
});

/** History entries planted with credentials in headers, URLs, rows and form bodies. */
export function plantedHistory(): HistoryEntry[] {
  const url = "https://api.test/login?api_key=plant-har-url-key&access_token=plant-har-access";
  const first = historyEntry(
    "h1",
    {
      ...emptyBody(),
      mode: "urlencoded",
      urlencoded: [
        kv("username", "ann"),
        kv("password", "plant-har-password"),
        kv("client_secret", "plant-har-client-secret"),
      ],
    },
    {
      resolvedUrl: url,
      sentHeaders: [
        ["Authorization", "Bearer plant-har-bearer"],
        ["Cookie", "sid=plant-har-cookie"],
        ["X-Api-Key", "plant-har-xapikey"],
        ["Accept", "application/json"],
      ],
    },
  );
  first.request.params = [
    kv("api_key", "plant-har-url-key"),
    kv("access_token", "plant-har-access"),
  ];
  const second = historyEntry("h2", {
    ...emptyBody(),
    mode: "formdata",
    formdata: [{ ...kv("token", "plant-har-formdata-token"), type: "text" }],
  });
  return [first, second];
}

/** Every secret value planted in {@link plantedHistory} that a HAR file carries. */
export const HISTORY_SECRETS = [
  "plant-har-url-key",
  "plant-har-access",
  "plant-har-password",
  "plant-har-client-secret",
  "plant-har-bearer",
  "plant-har-cookie",
  "plant-har-xapikey",
  "plant-har-set-cookie",
  "plant-har-formdata-token",
];
