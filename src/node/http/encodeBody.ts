/** HttpBody → the bytes and Content-Type Node sends (urlencoded and multipart are built here). */
import type { HttpBody } from "../../core/http/transport";

/** Encoded body bytes, the Content-Type it implies, and warnings (e.g. file parts we cannot read). */
export interface EncodedBody {
  bytes: Buffer;
  contentType?: string;
  warnings: string[];
}

/** `application/x-www-form-urlencoded` as Postman writes it (spaces as %20). */
const formEncode = (s: string) =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** A quoted multipart parameter value. */
const quoted = (s: string) => `"${s.replace(/["\r\n]/g, (c) => encodeURIComponent(c))}"`;

/**
 * Encode `body`. `boundary` is injectable so tests are deterministic. File contents live in
 * the browser's storage, which Node cannot reach: file parts are sent empty, with a warning.
 */
export function encodeBody(body: HttpBody | undefined, boundary: string): EncodedBody {
  if (!body) return { bytes: Buffer.alloc(0), warnings: [] };
  switch (body.kind) {
    case "text":
      return { bytes: Buffer.from(body.text, "utf8"), warnings: [] };
    case "urlencoded":
      return {
        bytes: Buffer.from(
          body.fields.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join("&"),
          "utf8",
        ),
        contentType: "application/x-www-form-urlencoded",
        warnings: [],
      };
    case "multipart": {
      const warnings: string[] = [];
      const parts = body.fields.map((f) => {
        let head = `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(f.name)}`;
        if (f.type === "text") return `${head}\r\n\r\n${f.value}\r\n`;
        warnings.push(`File "${f.fileName ?? f.name}" was sent empty: no file storage in Node`);
        head += `; filename=${quoted(f.fileName ?? "")}`;
        const type = f.contentType ?? "application/octet-stream";
        return `${head}\r\nContent-Type: ${type}\r\n\r\n\r\n`;
      });
      return {
        bytes: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"),
        contentType: `multipart/form-data; boundary=${boundary}`,
        warnings,
      };
    }
    case "file":
      return {
        bytes: Buffer.alloc(0),
        warnings: [`File "${body.fileName ?? ""}" was sent empty: no file storage in Node`],
      };
  }
}
