/**
 * Bytes → normalized UTF-8. The document keeps UTF-8 bytes (compact, and JSON's structural
 * characters are ASCII, which never appear inside a multi-byte sequence), so other charsets are
 * decoded once and re-encoded.
 */

/** The charset parameter of a content type, lower-cased, or undefined. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return m?.[1]?.toLowerCase();
}

const UTF8 = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);

/** Returns UTF-8 bytes for `bytes` (the same array when already UTF-8) and the charset used. */
export function toUtf8(
  bytes: Uint8Array,
  contentType: string | undefined,
): { bytes: Uint8Array; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { bytes: bytes.subarray(3), charset: "utf-8" };
  }
  let charset = charsetOf(contentType);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) charset = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) charset = "utf-16be";
  if (charset === undefined || UTF8.has(charset)) return { bytes, charset: "utf-8" };
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return { bytes, charset: "utf-8" };
  }
  return { bytes: new TextEncoder().encode(decoder.decode(bytes)), charset: decoder.encoding };
}
