/**
 * Iteration data files from disk: the bytes decoded as Newman decodes them (./decode.ts), then
 * read by core's Newman-exact parser (src/core/runner/data.ts), the one the browser runner uses.
 */
import type { Result } from "../../core/result";
import { parseIterationData } from "../../core/runner/data";
import { decodeText } from "./decode";

export { parseIterationData } from "../../core/runner/data";
export { parseNewmanCsv } from "../../core/runner/csv";

/** Parse a data file's bytes (any encoding ./decode.ts reads) into rows. */
export function parseIterationDataFile(bytes: Uint8Array): Result<Record<string, unknown>[]> {
  return parseIterationData(decodeText(bytes));
}
