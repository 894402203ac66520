/**
 * One codec per place a serialized value goes (./style.ts): the URL path, the query string, a
 * header, the Cookie header, and the raw fields of a form body (which the transport encodes).
 * Delimiters a style inserts stay literal where the target syntax allows them (`,` `;` `.` `=`
 * `&`), and are percent-encoded where RFC 3986 forbids them (space, `|`, `[`, `]`, tab).
 * @see https://spec.openapis.org/oas/v3.1.1#appendix-e-percent-encoding-and-form-media-types
 */
import { encodeCookie, encodeReserved, encodeStrict } from "./encode";
import type { Codec } from "./style";

const LITERAL_DELIMITERS = /^[,;.=&]$/;
const urlDelim = (d: string) => (LITERAL_DELIMITERS.test(d) ? d : encodeStrict(d));
const same = (text: string) => text;

/** Path segments: everything outside the unreserved set encoded (`/`, `?`, `#` included). */
export const PATH_CODEC: Codec = { name: encodeStrict, value: encodeStrict, delim: urlDelim };

/** Query strings; `allowReserved` lets reserved characters in values through. */
export const queryCodec = (allowReserved = false): Codec => ({
  name: encodeStrict,
  value: allowReserved ? encodeReserved : encodeStrict,
  delim: urlDelim,
});

/** Header values: sent as they are (checked for line breaks by the caller). */
export const HEADER_CODEC: Codec = { name: same, value: same, delim: same };

/** Cookie pairs: only what a cookie-octet cannot hold is encoded. */
export const COOKIE_CODEC: Codec = {
  name: encodeCookie,
  value: encodeCookie,
  delim: (d) => (d === "," || d === "=" ? d : encodeCookie(d)),
};

/** Raw names and values for an HttpBody's fields: the transport does the encoding. */
export const RAW_CODEC: Codec = { name: same, value: same, delim: same };
