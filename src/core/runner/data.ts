/**
 * Iteration data files as Newman 6.2.2 reads them (its iterationData loader), for the browser
 * runner and `satchel run` alike: the text, trimmed, is JSON when it parses to something truthy,
 * else CSV (./csv.ts, csv-parse's rules with Newman's options). A JSON array gives one row per
 * element (an element that is not an object gives an empty row, still an iteration); any other
 * JSON value gives no rows, as Newman runs it. Decoding bytes (BOM, UTF-16) is the host's:
 * src/node/cli/decode.ts.
 * @see node_modules/newman/lib/run/options.js
 */
import type { Result } from "../result";
import { ok } from "../result";
import { parseNewmanCsv } from "./csv";

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
