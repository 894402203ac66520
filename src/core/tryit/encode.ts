/**
 * Percent-encoding per parameter location. Path and query values use RFC 6570's rules: every
 * character outside the unreserved set is encoded (so `/`, `?`, `#`, `,` inside a value never
 * read as delimiters), unless `allowReserved` lets RFC 3986's reserved set through (the query
 * still encodes `#`, `[`, `]` and the form delimiters `&`, `=`, `+`). Cookie values encode only
 * what a cookie-octet cannot hold. Header values are not encoded but may not break the line.
 * @see https://spec.openapis.org/oas/v3.1.1#appendix-e-percent-encoding-and-form-media-types
 * @see https://www.rfc-editor.org/rfc/rfc6570#section-3.2.1
 * @see https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1 (cookie-octet)
 */
import { utf8Bytes } from "../http/base64";

const UNRESERVED = /[A-Za-z0-9\-._~]/;
/** RFC 3986 reserved characters that may stay in a query value with `allowReserved`. */
const RESERVED_IN_QUERY = /[:/?@!$'()*,;]/;
/** What a cookie-octet may hold, minus `%` (kept for our own escapes) and `,` (a delimiter). */
const COOKIE_SAFE = /[!#$&'()*+\-./0-9:<=>?@A-Z[\]^_`a-z{|}~]/;

const hex = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Percent-encodes every character `keep` does not accept (UTF-8; lone surrogates as U+FFFD). */
function encodeWith(text: string, keep: (ch: string, rest: string) => boolean): string {
  let out = "";
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (cp < 0x80 && keep(ch, text.slice(i + 1, i + 3))) out += ch;
    else out += utf8Bytes(ch).map(hex).join("");
    i += ch.length;
  }
  return out;
}

/** A path or query value (or name) with nothing but unreserved characters left as they are. */
export const encodeStrict = (text: string): string => encodeWith(text, (ch) => UNRESERVED.test(ch));

/** A query value with `allowReserved`: reserved characters and `%XX` triples pass through. */
export const encodeReserved = (text: string): string =>
  encodeWith(
    text,
    (ch, rest) =>
      UNRESERVED.test(ch) ||
      RESERVED_IN_QUERY.test(ch) ||
      (ch === "%" && /^[0-9A-Fa-f]{2}$/.test(rest)),
  );

/** A cookie name or value: space, `"`, `,`, `;`, `\`, `%`, controls and non-ASCII encoded. */
export const encodeCookie = (text: string): string =>
  encodeWith(text, (ch) => COOKIE_SAFE.test(ch));

/** True when `text` can be a header value (no CR, LF or NUL to split or end the header). */
export const isHeaderSafe = (text: string): boolean => !/[\r\n\0]/.test(text);
