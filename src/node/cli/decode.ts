/**
 * A file's bytes → text, as Newman decodes collection, environment, globals and data files
 * (it asks chardet, then reads UTF-8, UTF-16 LE or ISO-8859-1): a byte order mark decides
 * (UTF-8, UTF-16 LE, and UTF-16 BE, which Newman misreads as UTF-8), else valid UTF-8 is UTF-8,
 * UTF-16 without a mark is recognised by its zero bytes, and anything else is Windows-1252
 * (ISO-8859-1 where the two agree). The mark is not part of the text.
 * @see node_modules/newman/lib/util.js (detectEncoding, fetch, fetchJson)
 */

/** The encoding `bytes` are in, by the rules above. */
export function detectEncoding(
  bytes: Uint8Array,
): "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  // `{`, `[`, a letter or a digit as the first UTF-16 unit: one byte is zero, the other not.
  if (bytes.length >= 2 && bytes.length % 2 === 0) {
    if (a !== 0 && b === 0) return "utf-16le";
    if (a === 0 && b !== 0) return "utf-16be";
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** `bytes` as text, without a byte order mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}
