/**
 * Credentials in history entries: the values of Authorization, Cookie, API-key-like headers,
 * credential-named query parameters and auth settings, blanked (names kept) for a HAR export
 * without secrets, and for every new entry when the user turns "Keep credentials in history" off.
 */
import type { HistoryEntry } from "../../core/model";
import type { Repos } from "../../db/repos/types";

/** The setting: keep the credentials a request sent in its history entry (default: yes). */
export const KEEP_CREDENTIALS_KEY = "history.keepCredentials";

/** Whether new history entries keep their credentials (true if the setting can't be read). */
export const keepsCredentials = (repos: Repos): Promise<boolean> =>
  repos.settings.get(KEEP_CREDENTIALS_KEY, true).catch(() => true);

/** Header names (lower-cased) whose values are credentials. */
const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
]);

/** Names that carry a credential by convention: X-API-Key, X-Auth-Token, Api-Secret… */
const CREDENTIAL_NAME = /key|token|secret|password|passwd|auth|session/i;

const isCredential = (name: string) =>
  CREDENTIAL_HEADERS.has(name.toLowerCase()) || CREDENTIAL_NAME.test(name);

/** `url` with the values of credential-named query parameters (api_key, access_token…) blank. */
function urlWithoutCredentials(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const names = [...parsed.searchParams.keys()].filter((k) => CREDENTIAL_NAME.test(k));
  if (names.length === 0) return url;
  for (const name of new Set(names)) parsed.searchParams.set(name, "");
  return parsed.href;
}

/**
 * An entry with credential values blanked (names kept): headers sent and received, query
 * parameters named like a key or token (in the URLs and the Params rows), and the request's auth
 * values. The response body is kept as received. The input is not changed.
 */
export function entryWithoutCredentials(entry: HistoryEntry): HistoryEntry {
  const blank = (pairs: [string, string][]) =>
    pairs.map(([name, value]): [string, string] => [name, isCredential(name) ? "" : value]);
  const blankRows = <T extends { key: string; value: string }>(rows: T[]) =>
    rows.map((row) => (isCredential(row.key) ? { ...row, value: "" } : row));
  const { auth } = entry.request;
  const request = {
    ...entry.request,
    url: urlWithoutCredentials(entry.request.url),
    params: blankRows(entry.request.params),
    headers: blankRows(entry.request.headers),
    auth: { ...auth, attributes: auth.attributes.map((a) => ({ ...a, value: "" })) },
  };
  const out: HistoryEntry = {
    ...entry,
    request,
    resolvedUrl: urlWithoutCredentials(entry.resolvedUrl),
  };
  if (entry.sentHeaders) out.sentHeaders = blank(entry.sentHeaders);
  if (entry.response) {
    out.response = {
      ...entry.response,
      url: urlWithoutCredentials(entry.response.url),
      headers: blank(entry.response.headers),
    };
  }
  return out;
}
