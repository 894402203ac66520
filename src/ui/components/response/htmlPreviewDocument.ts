/**
 * The HTML preview's document: the body decoded as a browser would, then a Content-Security-Policy
 * and a base URL put in front of it, for a frame sandboxed with no tokens (no scripts, no forms, an
 * opaque origin). By default the policy lets nothing load from the network (no tracking pixels,
 * no remote styles or fonts); after "Load remote content" images, styles, fonts and media may load
 * from http(s). Scripts, frames, objects and form posts stay off either way.
 * @see https://www.w3.org/TR/CSP3/
 */
import { attributeValue, prependHead } from "./frameDocument";

/** What a preview may load when remote content is blocked: only what the document carries. */
export const PREVIEW_CSP_BLOCKED = [
  "default-src 'none'",
  "style-src 'unsafe-inline' data:",
  "img-src data:",
  "font-src data:",
  "media-src data:",
  "form-action 'none'",
].join("; ");

/** What a preview may load after "Load remote content": passive content from http(s) too. */
export const PREVIEW_CSP_REMOTE = [
  "default-src 'none'",
  "style-src 'unsafe-inline' data: http: https:",
  "img-src data: http: https:",
  "font-src data: http: https:",
  "media-src data: http: https:",
  "form-action 'none'",
].join("; ");

/** Whether `label` names an encoding TextDecoder knows. */
function knownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding a browser would pick for an HTML body: a byte order mark, else the Content-Type's
 * charset, else a `<meta charset>` in the first 1024 bytes, else UTF-8.
 * @see https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding
 */
export function htmlEncoding(bytes: Uint8Array, contentType: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (declared !== undefined && knownEncoding(declared)) return declared.toLowerCase();
  const prefix = String.fromCharCode(...bytes.subarray(0, 1024));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(prefix)?.[1]?.toLowerCase();
  // A meta can't switch to UTF-16: the bytes before it would not have parsed as ASCII.
  if (meta !== undefined && meta.startsWith("utf-16")) return "utf-8";
  if (meta !== undefined && knownEncoding(meta)) return meta;
  return "utf-8";
}

/** The body as text, in the encoding {@link htmlEncoding} picks (bad bytes become U+FFFD). */
export function decodeHtml(bytes: Uint8Array, contentType: string | undefined): string {
  return new TextDecoder(htmlEncoding(bytes, contentType)).decode(bytes);
}

/** Options of {@link buildHtmlPreviewDocument}. */
export interface HtmlPreviewOptions {
  /** Whether images, styles, fonts and media may load from http(s). */
  remote: boolean;
  /** The response's URL: relative links resolve against it, as if the page were opened. */
  baseUrl: string | undefined;
}

/** The `srcdoc` for the preview of `html`: our CSP (and base URL) before anything else. */
export function buildHtmlPreviewDocument(html: string, options: HtmlPreviewOptions): string {
  const csp = options.remote ? PREVIEW_CSP_REMOTE : PREVIEW_CSP_BLOCKED;
  let head = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  const base = options.baseUrl;
  if (base !== undefined && /^https?:\/\//i.test(base)) {
    head += `<base href="${attributeValue(base)}">`;
  }
  return prependHead(html, head);
}
