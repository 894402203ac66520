/**
 * CSV iteration data exactly as Newman 6.2.2 reads it: csv-parse 4.16.3 with Newman's options
 * (`columns: true, escape: '"', trim: true, relax: true, relax_column_count: true, bom: true`)
 * and Newman's `csvAutoParse` cast. This is a port of that parser's state machine restricted to
 * those options, so the command line needs no CSV dependency at run time; csv.test.ts checks it
 * against csv-parse itself on fixed and random inputs.
 *
 * What that means for a data file: the record delimiter is the first of `\r\n`, `\n` or `\r`
 * met outside quotes (the others are then ordinary characters); spaces and tabs around a field
 * are dropped; an empty line is a row whose first column is `""` (it counts as an iteration);
 * a row may be shorter or longer than the header; a quote inside an unquoted field is kept;
 * unquoted integers and floats become numbers (`007` → 7, `0x1A` → 0, as `parseFloat` reads
 * them), quoted ones stay text; a header that casts to a number is an error.
 * @see node_modules/newman/lib/run/options.js (iterationData loader, csvAutoParse)
 * @see node_modules/csv-parse/lib/index.js (4.16.3)
 */
import type { Result } from "../result";
import { err, ok } from "../result";

const TAB = 9;
const NL = 10;
const NP = 12;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;

/** Newman's util.isInt. */
const isInt = (value: string) => /^(-|\+)?([1-9]+[0-9]*)$/.test(value);
/** Newman's util.isFloat (borrowed from jQuery by csv-parse): Number() and parseFloat agree enough. */
const isFloat = (value: string) => Number(value) - parseFloat(value) + 1 >= 0;

/** Newman's csvAutoParse: quoted fields stay text, integers and floats become numbers. */
export function csvAutoParse(value: string, quoting: boolean): string | number {
  if (quoting) return value;
  if (isInt(value)) return parseInt(value, 10);
  if (isFloat(value)) return parseFloat(value);
  return value;
}

/** csv-parse's trimmable bytes (space, tab, CR, LF, form feed); `undefined` is past the end. */
const trimmable = (c: number | undefined) =>
  c === SPACE || c === TAB || c === CR || c === NL || c === NP;

/** Keys a row object never gets (csv-parse's plain `obj[name] = v` ignores them too). */
const UNSAFE = new Set(["__proto__"]);

const csvError = (message: string) => err({ code: "BAD_DATA_FILE", message });

/** The parser's state between characters (csv-parse's `this.state`, the parts these options use). */
interface State {
  quoting: boolean;
  wasQuoting: boolean;
  escaping: boolean;
  field: string;
  record: (string | number | undefined)[];
  /** undefined until the first record delimiter is discovered. */
  delimiter?: string;
  columns?: string[];
  rows: Record<string, unknown>[];
  line: number;
}

/**
 * Parse CSV text (a BOM is dropped) into row objects keyed by the header row, as Newman does.
 * An error carries csv-parse's message (unclosed quote, text after a closing quote, a header
 * that is not text).
 */
export function parseNewmanCsv(input: string): Result<Record<string, unknown>[]> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const s: State = {
    quoting: false,
    wasQuoting: false,
    escaping: false,
    field: "",
    record: [],
    rows: [],
    line: 1,
  };
  const code = (i: number): number | undefined =>
    i < text.length ? text.charCodeAt(i) : undefined;
  /** csv-parse's __autoDiscoverRecordDelimiter (it records what it finds). */
  const discover = (i: number): number => {
    const c = code(i);
    if (c === CR) {
      s.delimiter = code(i + 1) === NL ? "\r\n" : "\r";
      return s.delimiter.length;
    }
    if (c === NL) {
      s.delimiter = "\n";
      return 1;
    }
    return 0;
  };
  const isDelimiterAt = (i: number): number => {
    if (s.delimiter === undefined) return 0;
    return text.startsWith(s.delimiter, i) ? s.delimiter.length : 0;
  };
  const onField = (): string | undefined => {
    let field = s.field;
    if (!s.wasQuoting) field = field.trimEnd();
    // Fields past the header's length are not cast (they are dropped from the row anyway).
    const past = s.columns !== undefined && s.columns.length <= s.record.length;
    s.record.push(past ? undefined : csvAutoParse(field, s.wasQuoting));
    s.field = "";
    s.wasQuoting = false;
    return undefined;
  };
  const onRecord = (): string | undefined => {
    const record = s.record;
    s.record = [];
    if (s.columns === undefined) {
      const bad = record.findIndex((v) => typeof v !== "string");
      if (bad >= 0)
        return `Invalid column definition: expect a string or a literal object, got ${JSON.stringify(record[bad])} at position ${bad}`;
      s.columns = record as string[];
      return undefined;
    }
    const row: Record<string, unknown> = {};
    record.forEach((value, i) => {
      const name = s.columns?.[i];
      if (name === undefined || UNSAFE.has(name)) return;
      row[name] = value;
    });
    s.rows.push(row);
    return undefined;
  };
  const len = text.length;
  for (let pos = 0; pos < len; pos++) {
    const chr = text.charCodeAt(pos);
    if (!s.quoting && s.delimiter === undefined) discover(pos);
    if (chr === NL || (chr === CR && code(pos + 1) !== NL)) s.line++;
    if (s.escaping) {
      s.escaping = false;
    } else {
      // Inside quotes, `""` is an escaped quote (escape and quote are the same character).
      if (s.quoting && chr === QUOTE && pos + 1 < len && code(pos + 1) === QUOTE) {
        s.escaping = true;
        continue;
      }
      if (chr === QUOTE) {
        if (s.quoting) {
          const next = code(pos + 1);
          const nextIsDelimiter = next === COMMA;
          const nextIsRecordDelimiter =
            s.delimiter === undefined ? discover(pos + 1) : isDelimiterAt(pos + 1);
          if (!next || nextIsDelimiter || nextIsRecordDelimiter || trimmable(next)) {
            s.quoting = false;
            s.wasQuoting = true;
            continue;
          }
          // relax: the quote closes and is kept at the field's start.
          s.quoting = false;
          s.wasQuoting = true;
          s.field = `"${s.field}`;
        } else if (s.field.length === 0) {
          s.quoting = true;
          continue;
        }
        // relax: a quote inside an unquoted field is an ordinary character.
      }
      if (!s.quoting) {
        const rd = isDelimiterAt(pos);
        if (rd !== 0) {
          const e = onField() ?? onRecord();
          if (e !== undefined) return csvError(e);
          pos += rd - 1;
          continue;
        }
        if (chr === COMMA) {
          const e = onField();
          if (e !== undefined) return csvError(e);
          continue;
        }
      }
    }
    const lappend = s.quoting || s.field.length !== 0 || !trimmable(chr);
    const rappend = !s.wasQuoting;
    if (lappend && rappend) s.field += text[pos];
    else if (!trimmable(chr))
      return csvError(
        `Invalid Closing Quote: found non trimable byte after quote at line ${s.line}`,
      );
  }
  if (s.quoting)
    return csvError(
      `Quote Not Closed: the parsing is finished with an opening quote at line ${s.line}`,
    );
  if (s.wasQuoting || s.record.length !== 0 || s.field.length !== 0) {
    const e = onField() ?? onRecord();
    if (e !== undefined) return csvError(e);
  }
  return ok(s.rows);
}
