/**
 * The bytes of urlencoded and multipart bodies, laid out once for every transport that builds
 * them itself (Node's client, and the page for the agent and proxy): text pieces in order, with
 * the files left as references for the host to fill from disk or from stored blobs.
 * @see https://www.rfc-editor.org/rfc/rfc7578 (multipart/form-data)
 */
import type { HttpBody } from "./transport";

/** A file part of a multipart body, or a binary body, as the request names it. */
export interface FileRef {
  fileId?: string;
  fileName?: string;
  contentType?: string;
}

/** A body as text pieces and file references, in order, with the Content-Type it implies. */
export interface BodyLayout {
  pieces: (string | { file: FileRef })[];
  contentType?: string;
}

/** `application/x-www-form-urlencoded` as Postman writes it (spaces as %20, `!'()*` escaped). */
export const formEncode = (s: string): string =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** A quoted multipart parameter value. */
const quoted = (s: string) => `"${s.replace(/["\r\n]/g, (c) => encodeURIComponent(c))}"`;

/** The last segment of a path, as a multipart `filename` (Postman sends the base name). */
export const baseName = (path: string): string => path.replace(/^.*[\\/]/, "");

/**
 * The layout of `body`. `boundary` is the caller's (random in use, fixed in tests). A multipart
 * file part reads `Content-Type: <part type or application/octet-stream>`; a text part has one
 * only when it names its own type.
 */
export function bodyLayout(body: HttpBody, boundary: string): BodyLayout {
  switch (body.kind) {
    case "text":
      return { pieces: [body.text] };
    case "urlencoded":
      return {
        pieces: [body.fields.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join("&")],
        contentType: "application/x-www-form-urlencoded",
      };
    case "multipart": {
      const pieces: BodyLayout["pieces"] = [];
      for (const f of body.fields) {
        const head = `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(f.name)}`;
        if (f.type === "text") {
          const type = f.contentType ? `\r\nContent-Type: ${f.contentType}` : "";
          pieces.push(`${head}${type}\r\n\r\n${f.value}\r\n`);
          continue;
        }
        const type = f.contentType ?? "application/octet-stream";
        const name = quoted(baseName(f.fileName ?? ""));
        pieces.push(`${head}; filename=${name}\r\nContent-Type: ${type}\r\n\r\n`);
        pieces.push({
          file: { fileId: f.fileId, fileName: f.fileName, contentType: f.contentType },
        });
        pieces.push("\r\n");
      }
      pieces.push(`--${boundary}--\r\n`);
      return { pieces, contentType: `multipart/form-data; boundary=${boundary}` };
    }
    case "file": {
      const file = { fileId: body.fileId, fileName: body.fileName, contentType: body.contentType };
      return body.contentType
        ? { pieces: [{ file }], contentType: body.contentType }
        : { pieces: [{ file }] };
    }
  }
}
