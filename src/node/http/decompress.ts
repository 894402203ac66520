/** Decode a gzip / deflate / br response body (Content-Encoding), as Postman shows bodies. */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

/** The decoded body; on an unknown encoding or corrupt data the bytes come back unchanged. */
export function decompress(body: Buffer, headers: [string, string][]): Buffer {
  const encoding = headers
    .find(([k]) => k.toLowerCase() === "content-encoding")?.[1]
    ?.trim()
    .toLowerCase();
  if (!encoding || body.length === 0) return body;
  try {
    if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(body);
    if (encoding === "br") return brotliDecompressSync(body);
    if (encoding === "deflate") {
      try {
        return inflateSync(body);
      } catch {
        return inflateRawSync(body);
      }
    }
  } catch {
    return body;
  }
  return body;
}
