/**
 * The secrets policy over history entries: for the HAR export without secrets, and for every new
 * entry when the user turns "Keep credentials in history" off.
 */
import { splitUrl } from "../http/url";
import type { HistoryEntry } from "../model";
import { blankBody } from "./collection";
import type { BlankSink } from "./parts";
import { blankAuth, blankPairs, blankRows, blankUrl } from "./parts";
import type { Blanking } from "./report";
import { makeBlankedList, quoted } from "./report";

/** How an entry is named in the report: its request's name, else its method and URL. */
const placeOf = (e: HistoryEntry) =>
  quoted(e.request.name || `${e.request.method} ${splitUrl(e.resolvedUrl).base}`);

/**
 * An entry with credential values blanked (names kept): headers sent and received, secret query
 * parameters and URL passwords (in every URL and the Params rows), secret urlencoded and
 * form-data fields, and the request's auth values. The response body and raw request bodies are
 * kept as they are. The input is not changed.
 */
export function blankHistoryEntry(entry: HistoryEntry): Blanking<HistoryEntry> {
  const { add, list } = makeBlankedList();
  const where = placeOf(entry);
  const sink: BlankSink = (b) => add(entry.id, { ...b, where });
  const request = {
    ...entry.request,
    url: blankUrl(entry.request.url, sink),
    params: blankRows(entry.request.params, "query parameter", sink),
    headers: blankRows(entry.request.headers, "header", sink),
    body: blankBody(entry.request.body, sink),
    auth: blankAuth(entry.request.auth, sink),
  };
  const out: HistoryEntry = { ...entry, request, resolvedUrl: blankUrl(entry.resolvedUrl, sink) };
  if (entry.sentHeaders) out.sentHeaders = blankPairs(entry.sentHeaders, "header", sink);
  if (entry.response) {
    out.response = {
      ...entry.response,
      url: blankUrl(entry.response.url, sink),
      headers: blankPairs(entry.response.headers, "response header", sink),
    };
  }
  return { value: out, blanked: list };
}

/** Entries blanked one by one, with everything blanked in entry order. */
export function blankHistory(entries: readonly HistoryEntry[]): Blanking<HistoryEntry[]> {
  const done = entries.map(blankHistoryEntry);
  return { value: done.map((d) => d.value), blanked: done.flatMap((d) => d.blanked) };
}
