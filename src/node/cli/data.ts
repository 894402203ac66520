/**
 * Iteration data files as Newman reads them: a JSON array of objects, else CSV with a header row
 * (BOM tolerated; unquoted numbers become numbers, quoted values stay text).
 */
import parseCsv from "csv-parse/lib/sync.js";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Parse CSV text with a header row into row objects. */
export function parseCsvRows(text: string): Result<Record<string, unknown>[]> {
  try {
    const rows = parseCsv(text, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      cast: (value: string, context: { quoting: boolean; header?: boolean }) =>
        !context.header && !context.quoting && NUMBER.test(value.trim()) ? Number(value) : value,
    }) as Record<string, unknown>[];
    return ok(rows);
  } catch (e) {
    return err({ code: "BAD_DATA_FILE", message: e instanceof Error ? e.message : String(e) });
  }
}

/** Parse a data file's text: JSON array when it looks like one, else CSV. */
export function parseIterationData(text: string): Result<Record<string, unknown>[]> {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("[")) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      if (Array.isArray(value) && value.every((r) => r !== null && typeof r === "object"))
        return ok(value as Record<string, unknown>[]);
      return err({
        code: "BAD_DATA_FILE",
        message: "A JSON data file must be an array of objects",
      });
    } catch (e) {
      return err({ code: "BAD_DATA_FILE", message: e instanceof Error ? e.message : String(e) });
    }
  }
  return parseCsvRows(text);
}
