/**
 * Iteration data files as Newman 6.2.2 reads them (its iterationData loader): the text, trimmed,
 * is JSON when it parses to something truthy, else CSV (./csv.ts, csv-parse's rules with
 * Newman's options). A JSON array gives one row per element (an element that is not an object
 * gives an empty row, still an iteration); any other JSON value gives no rows, as Newman runs it.
 * @see node_modules/newman/lib/run/options.js
 */
import type { Result } from "../../core/result";
import { ok } from "../../core/result";
import { parseNewmanCsv } from "./csv";
import { decodeText } from "./decode";

export { parseNewmanCsv } from "./csv";

const isRow = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON.parse, undefined when the text is not JSON. */
function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Parse a data file's text into rows (JSON first, then CSV). */
export function parseIterationData(text: string): Result<Record<string, unknown>[]> {
  const value = json(text.trim());
  if (!value) return parseNewmanCsv(text);
  if (!Array.isArray(value)) return ok([]);
  return ok(value.map((row: unknown) => (isRow(row) ? row : {})));
}

/** Parse a data file's bytes (any encoding ./decode.ts reads) into rows. */
export function parseIterationDataFile(bytes: Uint8Array): Result<Record<string, unknown>[]> {
  return parseIterationData(decodeText(bytes));
}
