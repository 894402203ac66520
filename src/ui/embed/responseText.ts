/**
 * A response body as the embed page shows it: text (JSON pretty-printed), capped so a large body
 * cannot freeze the page, or a note for binary content. Shown as text only, never as HTML.
 */
import { headerValue } from "../../core/http/headers";
import type { HttpResponse } from "../../core/http/transport";

/** Most characters of a body the embed page shows. */
export const EMBED_BODY_MAX_CHARS = 200_000;

/** What the body area shows. */
export interface BodyText {
  text: string;
  /** The body was longer than EMBED_BODY_MAX_CHARS and was cut. */
  truncated: boolean;
  /** The body is not text (an image, a PDF…): `text` is a note. */
  binary: boolean;
}

const TEXTUAL =
  /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

/** True when the bytes look like text: no NUL in the first 1 KB. */
const looksTextual = (bytes: Uint8Array) => !bytes.subarray(0, 1024).includes(0);

/** "1.2 KB", "3 bytes". */
export function byteSize(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? "" : "s"}`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** The body of `response` as display text. */
export function responseText(response: HttpResponse): BodyText {
  const type = headerValue(response.headers, "content-type") ?? "";
  const bytes = response.body;
  if (!(type && TEXTUAL.test(type)) && !looksTextual(bytes)) {
    const what = type ? ` (${type})` : "";
    return {
      text: `${byteSize(bytes.length)} of binary content${what}.`,
      truncated: false,
      binary: true,
    };
  }
  let text = new TextDecoder().decode(bytes);
  if (/json/i.test(type) && text.length <= EMBED_BODY_MAX_CHARS) {
    try {
      text = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // Not valid JSON after all: shown as sent.
    }
  }
  const truncated = text.length > EMBED_BODY_MAX_CHARS;
  return { text: truncated ? text.slice(0, EMBED_BODY_MAX_CHARS) : text, truncated, binary: false };
}
