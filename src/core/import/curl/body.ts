/**
 * The body of a cURL command, kept so Satchel sends curl's bytes: `-d` text becomes Params-style
 * urlencoded rows only when our encoder writes exactly those bytes back (`a=1&b=x%20y`), and a raw
 * body with an explicit Content-Type otherwise (`a=b c`, `x=[1]`, curl's `+` for spaces). A file
 * named with `@` cannot be read from a pasted command: the body keeps its name, with a warning.
 */
import { emptyBody } from "../../factory";
import { formEncode } from "../../http/bodyParts";
import type { Body, KeyValue, RawLanguage } from "../../model";
import type { CurlOptions } from "./collect";
import type { DataPiece } from "./data";
import { dataPiece, joinText } from "./data";
import { parseFormArg } from "./form";
import type { HeaderRows } from "./headers";
import { addDerived, findHeader } from "./headers";

const FORM_TYPE = "application/x-www-form-urlencoded";

/** `text` as urlencoded rows when encoding the rows gives `text` back byte for byte. */
export function exactRows(text: string): KeyValue[] | undefined {
  if (text === "") return [];
  const rows: KeyValue[] = [];
  for (const pair of text.split("&")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) return undefined;
    try {
      const key = decodeURIComponent(pair.slice(0, eq));
      const value = decodeURIComponent(pair.slice(eq + 1));
      if (`${formEncode(key)}=${formEncode(value)}` !== pair) return undefined;
      rows.push({ key, value, enabled: true });
    } catch {
      return undefined;
    }
  }
  return rows;
}

/** The raw body's language: from the Content-Type, or JSON-looking text sent as a form. */
function languageOf(type: string, text: string): RawLanguage {
  if (/json/i.test(type)) return "json";
  if (/xml/i.test(type)) return "xml";
  if (/html/i.test(type)) return "html";
  if (/javascript/i.test(type)) return "javascript";
  if (/^\s*[[{]/.test(text)) {
    try {
      JSON.parse(text);
      return "json";
    } catch {
      return "text";
    }
  }
  return "text";
}

/** Warn about a file the data names (read by curl, not by a pasted command). */
function fileWarning(p: DataPiece, o: CurlOptions, whole: boolean): void {
  if (!("file" in p)) return;
  const { path, stripsNewlines, urlencode } = p.file;
  if (path === "-") {
    o.warnings.push("The data curl would read from standard input is left out.");
  } else if (whole && !urlencode) {
    o.warnings.push(`The body is read from the file ${path}: pick it again.`);
    if (stripsNewlines) {
      o.warnings.push(
        `curl -d drops the line breaks of ${path}; Satchel sends the file as it is (--data-binary sends it unchanged).`,
      );
    }
  } else {
    o.warnings.push(`The data in the file ${path} is not read; it is left out of the body.`);
  }
}

/** `-F` fields as a multipart body. */
function formBody(o: CurlOptions): Body {
  const b = emptyBody();
  b.mode = "formdata";
  for (const f of o.form) {
    const parsed = parseFormArg(f.value, f.literal);
    o.warnings.push(...parsed.warnings);
    if (parsed.field) b.formdata.push(parsed.field);
  }
  return b;
}

/** `-T file`: the file as the whole body, no Content-Type (as curl sends it). */
function uploadBody(path: string, o: CurlOptions): Body {
  const b = emptyBody();
  b.mode = "file";
  b.file = { fileName: path };
  o.warnings.push(`The body is read from the file ${path}: pick it again.`);
  return b;
}

/**
 * The body; adds the Content-Type (and `--json`'s Accept) to `h` when the body mode alone would
 * not send curl's. The data of `-G` goes to the URL instead (see `queryData`).
 */
export function bodyOf(o: CurlOptions, h: HeaderRows): Body {
  if (o.form.length) return formBody(o);
  if (o.uploadFile !== undefined) return uploadBody(o.uploadFile, o);
  if (!o.data.length || o.get) return emptyBody();
  const pieces = o.data.map(dataPiece);
  const json = pieces.some((p) => p.json);
  if (json) {
    addDerived(h, "Content-Type", "application/json");
    addDerived(h, "Accept", "application/json");
  }
  if (h.removed.has("content-type")) {
    o.warnings.push("curl sends this body without a Content-Type; Satchel always sends one.");
  }
  const only = pieces.length === 1 ? pieces[0] : undefined;
  const b = emptyBody();
  if (only && "file" in only && !only.file.urlencode && only.file.path !== "-") {
    fileWarning(only, o, true);
    b.mode = "file";
    b.file = { fileName: only.file.path };
    addDerived(h, "Content-Type", FORM_TYPE);
    return b;
  }
  for (const p of pieces) fileWarning(p, o, false);
  const text = joinText(pieces);
  const type = findHeader(h.rows, "content-type")?.value;
  const rows =
    type === undefined || /^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)
      ? exactRows(text)
      : undefined;
  if (rows && !h.removed.has("content-type")) {
    b.mode = "urlencoded";
    b.urlencoded = rows;
    return b;
  }
  b.mode = "raw";
  b.raw = text;
  b.language = languageOf(type ?? FORM_TYPE, text);
  addDerived(h, "Content-Type", FORM_TYPE);
  return b;
}

/** The text `-G` appends to the URL's query (files warned about and left out). */
export function queryData(o: CurlOptions): string {
  const pieces = o.data.map(dataPiece);
  for (const p of pieces) fileWarning(p, o, false);
  return joinText(pieces);
}
