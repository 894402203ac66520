/**
 * History as a HAR file: the listed entries with their response bodies (read from their own
 * table), and credential headers (Authorization, Cookie…) blanked unless secrets are asked for.
 */
import { historyToHar } from "../../../core/export/har";
import type { HistoryEntry } from "../../../core/model";
import type { Repos } from "../../../db/repos/index";
import type { ExportDocument } from "./exportDocuments";
import { jsonDocument } from "./exportDocuments";

/** The HAR download's file name. */
const HAR_FILE_NAME = "satchel-history.har";

/** Header names (lower-cased) whose values are credentials in a HAR. */
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
 * An entry with credential values blanked (names kept): headers sent and received, and query
 * parameters named like a key or token. The input is not changed.
 */
function entryWithoutCredentials(entry: HistoryEntry): HistoryEntry {
  const blank = (pairs: [string, string][]) =>
    pairs.map(([name, value]): [string, string] => [name, isCredential(name) ? "" : value]);
  const request = {
    ...entry.request,
    headers: entry.request.headers.map((h) => (isCredential(h.key) ? { ...h, value: "" } : h)),
  };
  const out: HistoryEntry = {
    ...entry,
    request,
    resolvedUrl: urlWithoutCredentials(entry.resolvedUrl),
  };
  if (entry.sentHeaders) out.sentHeaders = blank(entry.sentHeaders);
  if (entry.response) out.response = { ...entry.response, headers: blank(entry.response.headers) };
  return out;
}

/** `entries` (as listed, without bodies) joined with their stored response bodies. */
async function withBodies(repos: Repos, entries: readonly HistoryEntry[]) {
  const stored = await repos.history.getMany(entries.map((e) => e.id));
  const full = new Map(stored.map((e) => [e.id, e]));
  // An entry deleted meanwhile keeps its listed form.
  return entries.map((e) => full.get(e.id) ?? e);
}

/** The listed history entries as a HAR 1.2 file. */
export async function historyExport(
  repos: Repos,
  entries: readonly HistoryEntry[],
  includeSecrets: boolean,
): Promise<ExportDocument> {
  const full = await withBodies(repos, entries);
  const shown = includeSecrets ? full : full.map(entryWithoutCredentials);
  return jsonDocument(HAR_FILE_NAME, historyToHar(shown));
}
