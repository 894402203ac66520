/**
 * Iteration data files as Newman reads them: a JSON array of objects, else CSV with a header row
 * (RFC 4180 quoting, BOM tolerated, blank lines skipped, short rows allowed; unquoted numbers
 * become numbers, quoted values stay text). Pure, so the browser runner and the CLI share it.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
import type { Result } from "../result";
import { err, ok } from "../result";

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

type Field = { text: string; quoted: boolean };

/** Splits CSV text into records of fields; an error for an unterminated quote or stray quote. */
export function splitCsv(text: string): Result<Field[][]> {
  const records: Field[][] = [];
  let record: Field[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push({ text: field, quoted });
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && !record[0]?.quoted && record[0]?.text === ""))
      records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === "" && !quoted) {
      quoted = true;
      const start = ++i;
      let value = "";
      let from = start;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return badData(`Unterminated quoted field at offset ${start - 1}`);
        if (text[q + 1] === '"') {
          value += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      field = value;
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
        return badData(`Unexpected character after a quoted field at offset ${i}`);
      continue;
    }
    if (c === ",") endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else if (c === '"') return badData(`Unexpected quote at offset ${i}`);
    else field += c;
    i++;
  }
  if (field !== "" || quoted || record.length > 0) endRecord();
  return ok(records);
}

const badData = (message: string) => err({ code: "BAD_DATA_FILE", message });

/** Parse CSV text with a header row into row objects. */
export function parseCsvRows(text: string): Result<Record<string, unknown>[]> {
  const split = splitCsv(text.replace(/^\uFEFF/, ""));
  if (!split.ok) return split;
  const [header, ...records] = split.value;
  if (!header) return ok([]);
  const columns = header.map((f) => f.text);
  return ok(
    records.map((record) => {
      const row: Record<string, unknown> = {};
      columns.forEach((name, i) => {
        const f = record[i];
        if (!f) return;
        row[name] = !f.quoted && NUMBER.test(f.text.trim()) ? Number(f.text) : f.text;
      });
      return row;
    }),
  );
}

/** Parse a data file's text: JSON array when it looks like one, else CSV. */
export function parseIterationData(text: string): Result<Record<string, unknown>[]> {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("[")) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      if (Array.isArray(value) && value.every((r) => r !== null && typeof r === "object"))
        return ok(value as Record<string, unknown>[]);
      return badData("A JSON data file must be an array of objects");
    } catch (e) {
      return badData(e instanceof Error ? e.message : String(e));
    }
  }
  return parseCsvRows(text);
}
