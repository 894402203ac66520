/**
 * Request data as curl 7.88 assembles it from `-d`, `--data-ascii`, `--data-raw`,
 * `--data-binary`, `--data-urlencode` and `--json`: each option gives a piece of text or names a
 * file, and the pieces are joined with `&` (a `--json` piece joins without one).
 * @see https://curl.se/docs/manpage.html#-d
 */

/** One data option as written. `data` covers `-d`, `--data` and `--data-ascii`. */
export interface DataPart {
  kind: "data" | "data-raw" | "data-binary" | "data-urlencode" | "json";
  value: string;
}

/** A file whose contents curl would read into the data. */
export interface DataFile {
  path: string;
  /** `-d @file` drops carriage returns and newlines; `--data-binary` and `--json` keep them. */
  stripsNewlines: boolean;
  /** `--data-urlencode [name]@file`: the contents are URL-encoded, after `name=` when named. */
  urlencode?: { name: string };
}

/** One piece: literal text, or a file (which a browser cannot read when the command is pasted). */
export type DataPiece = { text: string; json: boolean } | { file: DataFile; json: boolean };

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * URL-encode as `--data-urlencode` does: letters, digits and `-._~` stay, a space becomes `+`,
 * every other byte of the UTF-8 text becomes `%XX` (upper-case hex).
 */
export function curlEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === " ") out += "+";
    else if (UNRESERVED.test(ch)) out += ch;
    else out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${hex(c)}`);
  }
  return out;
}

const hex = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");

/**
 * `--data-urlencode` forms: `content`, `=content`, `name=content`, `@file`, `name@file`. The
 * first `=` splits name from content; only without any `=` does an `@` name a file.
 */
function urlencodePiece(value: string): DataPiece {
  const eq = value.indexOf("=");
  const at = eq < 0 ? value.indexOf("@") : -1;
  if (at >= 0) {
    const name = value.slice(0, at);
    return {
      file: { path: value.slice(at + 1), stripsNewlines: false, urlencode: { name } },
      json: false,
    };
  }
  const name = eq < 0 ? "" : value.slice(0, eq);
  const content = curlEscape(eq < 0 ? value : value.slice(eq + 1));
  return { text: name === "" ? content : `${name}=${content}`, json: false };
}

/** The piece one data option contributes. */
export function dataPiece(part: DataPart): DataPiece {
  const json = part.kind === "json";
  if (part.kind === "data-urlencode") return urlencodePiece(part.value);
  if (part.kind !== "data-raw" && part.value.startsWith("@")) {
    return { file: { path: part.value.slice(1), stripsNewlines: part.kind === "data" }, json };
  }
  return { text: part.value, json };
}

/** The pieces' text joined as curl joins it, files left out (they are listed apart). */
export function joinText(pieces: readonly DataPiece[]): string {
  let out = "";
  pieces.forEach((p, i) => {
    if (!("text" in p)) return;
    out += i > 0 && !p.json ? `&${p.text}` : p.text;
  });
  return out;
}
