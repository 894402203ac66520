/**
 * URLs cut up the way Postman cuts them (postman-collection's `Url.parse`, built on
 * postman-url-encoder's parser), written back the way `Url#toString` writes them, and encoded for
 * the wire the way postman-url-encoder's `toNodeUrl` encodes them (what Newman sends).
 *
 * Postman's parser is not RFC 3986: it takes the hash at the first `#`, the query at the first
 * `?` before it, turns `\` into `/` before the query, takes the userinfo up to the last `@` and
 * the port after the last `:` of the authority, and never looks inside a `{{variable}}` whose
 * name holds one of `. : / ? # @ & ]`. Everything here is plain text work; nothing is decoded.
 * @see https://github.com/postmanlabs/postman-url-encoder/blob/develop/parser/index.js
 */

/** One query parameter as Postman holds it: `?a` has value null, `&&` a null key and value. */
export interface PostmanQueryParam {
  key: string | null;
  value: string | null;
}

/** The parts of a URL; a part that is absent from the text is undefined. */
export interface PostmanUrl {
  protocol?: string;
  /** `user` before the first `:` of the userinfo, `password` after it (absent without `:`). */
  auth?: { user: string; password?: string };
  /** Split at `.` (not inside `{{ }}`). */
  host?: string[];
  port?: string;
  /** Split at `/`, without the leading one: `/a/` is ["a", ""]. */
  path?: string[];
  query?: PostmanQueryParam[];
  hash?: string;
}

/** `{{…}}` tokens whose name holds a character the parser would otherwise cut at. */
const RESERVED_VARIABLE = /\{\{[^{}]*[.:/?#@&\]][^{}]*\}\}/g;

/** The text with those tokens blanked (same length), so their insides are never separators. */
export const maskReservedVariables = (text: string): string =>
  text.replace(RESERVED_VARIABLE, (m) => "_".repeat(m.length));
const mask = maskReservedVariables;

/**
 * The cursor over one URL: `masked` finds separators, `text` (same length: the original with
 * `\` turned to `/` before the query, outside masked tokens) gives the values.
 */
interface Cut {
  masked: string;
  text: string;
}

/** `text[from, to)` split at every `sep` that `masked` has in that range. */
function splitAt(cut: Cut, from: number, to: number, sep: string): string[] {
  const out: string[] = [];
  let start = from;
  for (
    let i = cut.masked.indexOf(sep, from);
    i >= 0 && i < to;
    i = cut.masked.indexOf(sep, i + 1)
  ) {
    out.push(cut.text.slice(start, i));
    start = i + 1;
  }
  out.push(cut.text.slice(start, to));
  return out;
}

/** Replace `\` by `/` in `[0, end)` of both strings, where the masked string has one. */
function slashBackslashes(cut: Cut, end: number): Cut {
  let masked = "";
  let text = "";
  for (let i = 0; i < end; i++) {
    const isBackslash = cut.masked[i] === "\\";
    masked += isBackslash ? "/" : cut.masked[i];
    text += isBackslash ? "/" : cut.text[i];
  }
  return { masked: masked + cut.masked.slice(end), text: text + cut.text.slice(end) };
}

/**
 * One `&`-separated query segment: `k=v`, `k` (value null), or, for an empty segment that is not
 * the last, a null key and value (so `a&&b` keeps its empty middle).
 */
export function parseQueryParam(segment: string, isLast = true): PostmanQueryParam {
  if (segment === "" && !isLast) return { key: null, value: null };
  const eq = segment.indexOf("=");
  return eq < 0
    ? { key: segment, value: null }
    : { key: segment.slice(0, eq), value: segment.slice(eq + 1) };
}

/** The segments of a query string (without `?`) as parameters. */
export function parseQueryParams(segments: readonly string[]): PostmanQueryParam[] {
  return segments.map((s, i) => parseQueryParam(s, i === segments.length - 1));
}

/** Parse `raw` as Postman does (leading whitespace is dropped first). */
export function parsePostmanUrl(raw: string): PostmanUrl {
  const url: PostmanUrl = {};
  const original = raw.trimStart();
  if (original === "") return url;
  let cut: Cut = { masked: mask(original), text: original };
  let end = original.length;

  const hashAt = cut.masked.indexOf("#");
  if (hashAt >= 0) {
    url.hash = cut.text.slice(hashAt + 1);
    end = hashAt;
  }
  const queryAt = cut.masked.slice(0, end).indexOf("?");
  if (queryAt >= 0) {
    url.query = parseQueryParams(splitAt(cut, queryAt + 1, end, "&"));
    end = queryAt;
  }
  cut = slashBackslashes(cut, end);

  let start = 0;
  const schemeAt = cut.masked.slice(0, end).indexOf("://");
  if (schemeAt >= 0) {
    const protocol = cut.text.slice(0, schemeAt);
    url.protocol = protocol;
    start = schemeAt + 3;
    // Extra slashes after `://` are dropped; `file:` keeps one (file:////p → file:///p).
    const keep = protocol.toLowerCase() === "file" ? 1 : 0;
    let slashes = 0;
    while (start + slashes < end && cut.masked[start + slashes] === "/") slashes++;
    if (slashes > keep) start += slashes - keep;
  }

  const pathAt = cut.masked.slice(0, end).indexOf("/", start);
  if (pathAt >= 0) {
    url.path = splitAt(cut, pathAt + 1, end, "/");
    end = pathAt;
  }

  const atAt = cut.masked.slice(start, end).lastIndexOf("@");
  if (atAt >= 0) {
    const userEnd = start + atAt;
    const colon = cut.masked.slice(start, userEnd).indexOf(":");
    url.auth =
      colon < 0
        ? { user: cut.text.slice(start, userEnd) }
        : {
            user: cut.text.slice(start, start + colon),
            password: cut.text.slice(start + colon + 1, userEnd),
          };
    start = userEnd + 1;
  }

  const colonAt = cut.masked.slice(start, end).lastIndexOf(":");
  if (colonAt >= 0 && !cut.masked.slice(start + colonAt + 1, end).includes("]")) {
    url.port = cut.text.slice(start + colonAt + 1, end);
    end = start + colonAt;
  }

  if (end > start) url.host = splitAt(cut, start, end, ".");
  return url;
}

/** Encode `&`, `#` (and `=` in keys) outside `{{variables}}` that hold them. */
function escapeParam(text: string, isKey: boolean): string {
  const reserved = isKey ? /[&#=]/g : /[&#]/g;
  const encode = (s: string) => s.replace(reserved, (c) => encodeURIComponent(c));
  let out = "";
  let from = 0;
  for (const m of text.matchAll(/\{\{[^{}]*[&#=][^{}]*\}\}/g)) {
    out += encode(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + encode(text.slice(from));
}

/** One parameter as Postman writes it: `key=value`, `key` when the value is null. */
export function unparseQueryParam(p: PostmanQueryParam): string {
  const key = p.key === null ? "" : escapeParam(p.key, true);
  return p.value === null ? key : `${key}=${escapeParam(p.value, false)}`;
}

/** The URL as text (postman-collection's `Url#toString`). */
export function unparsePostmanUrl(url: PostmanUrl): string {
  let out = url.protocol ? `${url.protocol}://` : "";
  if (url.auth)
    out += `${url.auth.user}${url.auth.password === undefined ? "" : `:${url.auth.password}`}@`;
  if (url.host) out += url.host.join(".");
  if (url.port !== undefined) out += `:${url.port}`;
  if (url.path) out += `/${url.path.join("/")}`;
  if (url.query?.length) out += `?${url.query.map(unparseQueryParam).join("&")}`;
  if (url.hash !== undefined) out += `#${url.hash}`;
  return out;
}

// ---- Encoding for the wire (postman-url-encoder's encode sets) ----

const C0 = (code: number) => code < 0x20 || code === 0x7f;
const set = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const FRAGMENT = set(' "<>`');
const PATH = set(' "<>`#?{}');
const USERINFO = set(' "<>`#?{}/:;=@[\\]^|');
const QUERY = set(" \"#'<>");

const isHex = (b: number | undefined) =>
  b !== undefined &&
  ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66));

/** UTF-8 bytes of `text` (core has no TextEncoder); a lone surrogate becomes U+FFFD. */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else {
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return out;
}

/** Percent-encode the UTF-8 bytes of `text` in `chars` (and C0, DEL, non-ASCII); `%XX` is kept. */
function percentEncode(text: string, chars: ReadonlySet<number>): string {
  const bytes = utf8(text);
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x25 && i < bytes.length - 2 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out += String.fromCharCode(b, bytes[i + 1] as number, bytes[i + 2] as number);
      i += 2;
    } else if (b >= 0x80 || C0(b) || chars.has(b)) {
      out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    } else {
      out += String.fromCharCode(b);
    }
  }
  return out;
}

/**
 * A resolved URL as Newman puts it on the wire: parsed as above, scheme lower-cased (`http` when
 * none), userinfo, path, query and fragment percent-encoded with postman-url-encoder's sets
 * (existing `%XX` left alone); "" for a blank URL. The host is left as written (so messages
 * name `{{unresolvedHost}}` as typed): the transport's WHATWG URL lower-cases and punycodes it,
 * as Newman does, and leaves the rest of this output as it is, but for `.`/`..` path segments
 * (it resolves them) and a bare `?` (it drops it); see requestTarget.
 */
export function toWireUrl(resolved: string): string {
  if (resolved.trim() === "") return "";
  const url = parsePostmanUrl(resolved);
  let out = `${(url.protocol ?? "http").toLowerCase()}://`;
  if (url.auth) {
    out += percentEncode(url.auth.user, USERINFO);
    if (url.auth.password !== undefined) out += `:${percentEncode(url.auth.password, USERINFO)}`;
    out += "@";
  }
  out += (url.host ?? []).join(".");
  if (url.port !== undefined) out += `:${url.port}`;
  out += targetOf(url);
  if (url.hash !== undefined) out += `#${percentEncode(url.hash, FRAGMENT)}`;
  return out;
}

/** Encoded path and query of parsed parts. */
function targetOf(url: PostmanUrl): string {
  const path = percentEncode(`/${(url.path ?? []).join("/")}`, PATH);
  if (!url.query) return path;
  return `${path}?${percentEncode(url.query.map(unparseQueryParam).join("&"), QUERY)}`;
}

/**
 * The request target (path and query) Newman writes on the request line for `url`: encoded as
 * toWireUrl does, `.` and `..` segments kept and a bare `?` kept, where WHATWG URL's
 * `pathname + search` would resolve the one and drop the other.
 */
export function requestTarget(url: string): string {
  return targetOf(parsePostmanUrl(url));
}
