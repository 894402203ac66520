/**
 * One `-F` / `--form-string` argument read as curl 7.88 reads it (tool_formparse.c): `name=value`,
 * `name="quoted value"`, `name=@file;type=x/y;filename=z`, `name=<file`, with `;type=`,
 * `;filename=`, `;headers=` and `;encoder=` after the value. Unquoted words lose surrounding
 * spaces; `\"` and `\\` are the escapes inside quotes.
 * @see https://curl.se/docs/manpage.html#-F
 */
import type { FormField } from "../../model";

/** Content types curl guesses from a file name's extension; anything else is octet-stream. */
const GUESSED: Record<string, string> = {
  gif: "image/gif",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  svg: "image/svg+xml",
  txt: "text/plain",
  htm: "text/html",
  html: "text/html",
  pdf: "application/pdf",
  xml: "application/xml",
};

/** The Content-Type curl gives a file part named `fileName` when `;type=` is not given. */
export function curlGuessedType(fileName: string): string | undefined {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : GUESSED[ext];
}

/** A word up to `;` (or `,` for file lists): quoted with `\"`/`\\` escapes, or bare and trimmed. */
function word(s: string, at: number, stops: string): { text: string; next: number } {
  while (s[at] === " " || s[at] === "\t") at++;
  if (s[at] === '"') {
    let text = "";
    for (let i = at + 1; i < s.length; i++) {
      const c = s[i]!;
      if (c === "\\" && (s[i + 1] === '"' || s[i + 1] === "\\")) {
        text += s[++i];
      } else if (c === '"') {
        let next = i + 1;
        while (next < s.length && !stops.includes(s[next]!)) next++;
        return { text, next };
      } else text += c;
    }
    // No closing quote: curl reads the word as unquoted.
  }
  let end = at;
  while (end < s.length && !stops.includes(s[end]!)) end++;
  return { text: s.slice(at, end).trimEnd(), next: end };
}

/** A value and its `;key=value` parameters. */
interface Part {
  value: string;
  type?: string;
  filename?: string;
  /** Parameters Satchel cannot keep (`headers=`, `encoder=`, unknown ones). */
  dropped: string[];
}

/** curl's get_param_part: the value, then `;`-separated parameters. */
function part(s: string, stops: string): Part {
  const first = word(s, 0, stops);
  const out: Part = { value: first.text, dropped: [] };
  let at = first.next;
  while (s[at] === ";") {
    at++;
    while (s[at] === " " || s[at] === "\t") at++;
    const key = /^(type|filename|headers|encoder)=/.exec(s.slice(at))?.[1];
    const w = word(s, key ? at + key.length + 1 : at, stops);
    if (key === "type") out.type = w.text;
    else if (key === "filename") out.filename = w.text;
    else if (w.text !== "" || key) out.dropped.push(key ? `${key}=${w.text}` : w.text);
    at = w.next;
  }
  return out;
}

/** A `-F` argument as a form field, and what of it could not be kept. */
export interface ParsedFormField {
  field?: FormField;
  warnings: string[];
}

/** Read one `-F` (or, when `literal`, `--form-string`) argument. */
export function parseFormArg(arg: string, literal: boolean): ParsedFormField {
  const eq = arg.indexOf("=");
  if (eq < 0) return { warnings: [`Form field "${arg}" has no "=": curl rejects it; ignored.`] };
  const key = arg.slice(0, eq);
  const rest = arg.slice(eq + 1);
  if (literal) return { field: { key, value: rest, enabled: true, type: "text" }, warnings: [] };
  const warnings: string[] = [];
  if (rest.startsWith("(") || rest.startsWith(")")) {
    return { warnings: [`Form field "${key}" opens or closes a nested multipart; ignored.`] };
  }
  const kind = rest.startsWith("@") ? "file" : rest.startsWith("<") ? "content" : "text";
  const p = part(kind === "text" ? rest : rest.slice(1), kind === "file" ? ";," : ";");
  for (const d of p.dropped) warnings.push(`Form field "${key}": "${d}" is not kept.`);
  let field: FormField;
  if (kind === "file") {
    field = { key, value: "", enabled: true, type: "file", fileName: p.value };
    const type = p.type ?? curlGuessedType(p.filename ?? p.value);
    if (type) field.contentType = type;
    warnings.push(
      `Form field "${key}" sends the file ${p.value}: pick it again (a pasted command cannot read files).`,
    );
    if (p.filename !== undefined) {
      warnings.push(`Form field "${key}": the file name "${p.filename}" is not kept.`);
    }
    if (rest.slice(1).includes(","))
      warnings.push(`Form field "${key}": only the first file is kept.`);
  } else {
    field = { key, value: kind === "text" ? p.value : "", enabled: true, type: "text" };
    if (p.type) field.contentType = p.type;
    if (kind === "content") {
      warnings.push(`Form field "${key}" reads its text from ${p.value}; left empty.`);
    }
  }
  return { field, warnings };
}
