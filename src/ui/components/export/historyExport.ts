/**
 * History as a HAR file: the listed entries with their response bodies (read from their own
 * table), credentials blanked by the core secrets policy unless secrets are asked for.
 */
import { historyToHar } from "../../../core/export/har";
import type { HistoryEntry } from "../../../core/model";
import { blankHistory } from "../../../core/secrets";
import type { ExportDocument } from "./exportDocuments";
import { jsonDocument } from "./exportDocuments";

/** The HAR download's file name. */
const HAR_FILE_NAME = "satchel-history.har";

/** Reads the stored entries (with their bodies) that have these ids. */
export type HistoryReader = (ids: string[]) => Promise<HistoryEntry[]>;

/** `entries` (as listed, without bodies) joined with their stored response bodies. */
async function withBodies(read: HistoryReader, entries: readonly HistoryEntry[]) {
  const stored = await read(entries.map((e) => e.id));
  const full = new Map(stored.map((e) => [e.id, e]));
  // An entry deleted meanwhile keeps its listed form.
  return entries.map((e) => full.get(e.id) ?? e);
}

/** The listed history entries as a HAR 1.2 file. */
export async function historyExport(
  read: HistoryReader,
  entries: readonly HistoryEntry[],
  includeSecrets: boolean,
): Promise<ExportDocument> {
  const full = await withBodies(read, entries);
  if (includeSecrets) return jsonDocument(HAR_FILE_NAME, historyToHar(full), []);
  const { value, blanked } = blankHistory(full);
  return jsonDocument(HAR_FILE_NAME, historyToHar(value), blanked);
}
