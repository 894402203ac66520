/**
 * Share fragments: a Postman v2.1 collection (or a single request) carried in a link's fragment,
 * `#import=v1.<base64url of raw-DEFLATE of the JSON>`. The fragment never reaches a server; the
 * app decodes it and sends the value through the import funnel, which validates it.
 *
 * Decoding treats the text as hostile: every refusal is a Result with a precise code, and
 * inflation stops at SHARE_MAX_BYTES so a decompression bomb cannot exhaust memory.
 */
import { err, ok, type Result } from "../result";
import { fromBase64url, isBase64urlFault, toBase64url } from "./base64url";
import { deflateRaw, fromUtf8, inflateRaw, utf8 } from "./streams";

/** The version prefix every fragment starts with. */
export const SHARE_PREFIX = "v1.";
/** The hash key the app looks for: `#import=<fragment>`. */
export const SHARE_HASH_KEY = "import";
/** Most bytes a fragment may inflate to (2 MiB); past it decoding stops and refuses. */
export const SHARE_MAX_BYTES = 2 * 1024 * 1024;
/** Most characters a fragment may have (1 MiB); a longer one is refused before decoding. */
export const SHARE_MAX_CHARS = 1024 * 1024;

/** Codes `decodeShareFragment` refuses with. */
export type ShareErrorCode =
  | "SHARE_EMPTY"
  | "SHARE_PREFIX"
  | "SHARE_TOO_LONG"
  | "SHARE_BASE64"
  | "SHARE_CORRUPT"
  | "SHARE_TOO_LARGE"
  | "SHARE_JSON";

/** A refusal: code, words for the user, and where in the input when known. */
export interface ShareError {
  code: ShareErrorCode;
  message: string;
  at?: string;
  hint?: string;
}

const BROKEN_LINK_HINT = "Ask for the link again, or copy it whole: part of it may be missing.";

/** The fragment (without `#import=`) for `collection`: JSON → raw DEFLATE → base64url. */
export async function encodeShareFragment(collection: unknown): Promise<string> {
  const json = JSON.stringify(collection);
  if (json === undefined) throw new TypeError("encodeShareFragment: value is not JSON");
  return SHARE_PREFIX + toBase64url(await deflateRaw(utf8(json)));
}

/** `${appUrl}#import=<fragment>`; any fragment already on `appUrl` is replaced. */
export async function shareLink(appUrl: string, collection: unknown): Promise<string> {
  const base = appUrl.split("#")[0] ?? appUrl;
  return `${base}#${SHARE_HASH_KEY}=${await encodeShareFragment(collection)}`;
}

/** The fragment in a location hash (`#import=…`), or undefined when the hash is not a share. */
export function shareFragmentFromHash(hash: string): string | undefined {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  const key = `${SHARE_HASH_KEY}=`;
  return text.startsWith(key) ? text.slice(key.length) : undefined;
}

const fail = (code: ShareErrorCode, message: string, at?: string): Result<never, ShareError> =>
  err({ code, message, ...(at === undefined ? {} : { at }), hint: BROKEN_LINK_HINT });

/**
 * The JSON value a fragment holds, or why it is refused: SHARE_EMPTY, SHARE_PREFIX (missing or
 * unknown version), SHARE_TOO_LONG, SHARE_BASE64 (with the offending position), SHARE_CORRUPT
 * (not valid DEFLATE, or cut off), SHARE_TOO_LARGE (inflates past SHARE_MAX_BYTES) and
 * SHARE_JSON (not UTF-8 text, or not JSON). The value itself is not validated: that is the
 * import funnel's job.
 */
export async function decodeShareFragment(fragment: string): Promise<Result<unknown, ShareError>> {
  if (fragment.length === 0) return fail("SHARE_EMPTY", "The shared link holds no collection.");
  if (!fragment.startsWith(SHARE_PREFIX)) {
    const seen = /^v\d+\./.exec(fragment)?.[0];
    return fail(
      "SHARE_PREFIX",
      seen
        ? `The shared link uses format ${JSON.stringify(seen.slice(0, -1))}, which this version of Satchel does not read.`
        : `The shared link does not start with ${JSON.stringify(SHARE_PREFIX)}, so it is not a Satchel share.`,
      "0",
    );
  }
  if (fragment.length > SHARE_MAX_CHARS) {
    return fail(
      "SHARE_TOO_LONG",
      `The shared link is ${fragment.length} characters long; the most Satchel reads is ${SHARE_MAX_CHARS}.`,
    );
  }
  const decoded = fromBase64url(fragment.slice(SHARE_PREFIX.length));
  if (isBase64urlFault(decoded)) {
    const at = decoded.index + SHARE_PREFIX.length;
    return fail(
      "SHARE_BASE64",
      `The shared link is damaged at character ${at}: ${decoded.reason}.`,
      String(at),
    );
  }
  const inflated = await inflateRaw(decoded, SHARE_MAX_BYTES);
  if (inflated.kind === "corrupt") {
    return fail(
      "SHARE_CORRUPT",
      `The shared link's data is corrupt and cannot be decompressed (${inflated.detail}).`,
    );
  }
  if (inflated.kind === "too-large") {
    return fail(
      "SHARE_TOO_LARGE",
      `The shared link expands to more than ${SHARE_MAX_BYTES / (1024 * 1024)} MB; Satchel stopped reading it.`,
    );
  }
  const text = fromUtf8(inflated.bytes);
  if (text === undefined) return fail("SHARE_JSON", "The shared link's data is not UTF-8 text.");
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail("SHARE_JSON", `The shared link's data is not valid JSON (${detail}).`);
  }
}
