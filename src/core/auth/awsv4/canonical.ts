/**
 * AWS Signature Version 4: the canonical request, string to sign, signing key and
 * `Authorization` value, over explicit inputs (no clock, no defaults). Header choices follow the
 * `aws4` package that postman-runtime signs with: `authorization`, `connection`, `expect`,
 * `presigned-expires`, `range`, `user-agent` and `x-amzn-trace-id` are never signed.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { hex } from "../bytes";
import { hashHex, hmacBytes } from "../hash";

/** RFC 3986 strict: everything but `A-Z a-z 0-9 - . _ ~` percent-encoded (UTF-8, upper hex). */
export const awsEncode = (text: string): string =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** `decodeURIComponent` that leaves malformed escapes as they are. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Percent-encode what cannot stand in a URL path as is (spaces, non-ASCII), keeping `%xx`. */
const asSent = (path: string): string =>
  path.replace(/[^0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]+/g, (run) => encodeURIComponent(run));

/**
 * How the path is encoded: `double` (every service but S3) encodes the path as sent once more
 * after removing empty and dot segments; `single` (S3) decodes each segment (`+` is a space to S3,
 * as the `aws4` package found against S3 itself) and encodes it once, keeping the path as it is. `normalized-single` is the AWS test suite's reading (its request
 * lines are written decoded: normalize, then encode once).
 */
export type PathEncoding = "double" | "single" | "normalized-single";

/**
 * The canonical URI of `path`: with `double`, the path exactly as sent (percent-encoded as the
 * WHATWG URL parser leaves it); otherwise as sent or as written (spaces and UTF-8 allowed).
 */
export function canonicalPath(path: string, encoding: PathEncoding): string {
  // A path as sent is encoded as it is (`|` once, `%20` twice); a written one is first made sendable.
  let text = encoding === "double" ? path || "/" : asSent(path || "/");
  if (text === "/") return text;
  const normalize = encoding !== "single";
  if (normalize) text = text.replace(/\/{2,}/g, "/");
  const segments: string[] = [];
  for (const piece of text.split("/")) {
    if (normalize && piece === "..") segments.pop();
    else if (normalize && piece === ".") continue;
    else if (encoding === "double") segments.push(awsEncode(piece));
    else segments.push(awsEncode(safeDecode(piece.replace(/\+/g, " "))));
  }
  const out = segments.join("/");
  return out.startsWith("/") ? out : `/${out}`;
}

/**
 * The canonical query: each name and value decoded (`+` is a space, as `querystring` reads it)
 * and strictly encoded, sorted by name then value; empty names are dropped.
 */
export function canonicalQuery(query: string): string {
  const pairs: [string, string][] = [];
  for (const segment of query.split("&")) {
    if (segment === "") continue;
    const eq = segment.indexOf("=");
    const rawName = eq < 0 ? segment : segment.slice(0, eq);
    const rawValue = eq < 0 ? "" : segment.slice(eq + 1);
    const name = awsEncode(safeDecode(rawName.replace(/\+/g, " ")));
    if (name === "") continue;
    pairs.push([name, awsEncode(safeDecode(rawValue.replace(/\+/g, " ")))]);
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((a, b) => byCodeUnit(a[0], b[0]) || byCodeUnit(a[1], b[1]));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}

const UNSIGNED_HEADERS = new Set([
  "authorization",
  "connection",
  "expect",
  "presigned-expires",
  "range",
  "user-agent",
  "x-amzn-trace-id",
]);

/** Canonical headers (repeats joined with `,`, spaces trimmed and squeezed) and their names. */
export function canonicalHeaders(headers: readonly [string, string][]): {
  canonical: string;
  signed: string;
} {
  const values = new Map<string, string[]>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase().trim();
    if (UNSIGNED_HEADERS.has(key)) continue;
    const list = values.get(key) ?? [];
    list.push(value.trim().replace(/\s+/g, " "));
    values.set(key, list);
  }
  const names = [...values.keys()].sort();
  return {
    canonical: names.map((n) => `${n}:${values.get(n)!.join(",")}\n`).join(""),
    signed: names.join(";"),
  };
}

/** Everything one signature is computed from. */
export interface SigV4Input {
  method: string;
  /** The path (see {@link PathEncoding}). */
  path: string;
  /** The query without `?`. */
  query: string;
  /** Every header to sign, `host` and `x-amz-date` included. */
  headers: readonly [string, string][];
  /** Hex SHA-256 of the body, or `UNSIGNED-PAYLOAD`. */
  payloadHash: string;
  /** `YYYYMMDDTHHMMSSZ`. */
  datetime: string;
  region: string;
  service: string;
  accessKey: string;
  secretKey: string;
  pathEncoding: PathEncoding;
}

/** The signature and what went into it. */
export interface SigV4Signed {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  /** `date/region/service/aws4_request`. */
  scope: string;
  signature: string;
  /** `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. */
  authorization: string;
}

/** Sign `input` with SigV4 (HMAC-SHA256). */
export function signV4(input: SigV4Input): SigV4Signed {
  const { canonical, signed } = canonicalHeaders(input.headers);
  const canonicalRequest = [
    input.method.toUpperCase(),
    canonicalPath(input.path, input.pathEncoding),
    canonicalQuery(input.query),
    canonical,
    signed,
    input.payloadHash,
  ].join("\n");
  const date = input.datetime.slice(0, 8);
  const scope = `${date}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = [
    "AWS4-HMAC-SHA256",
    input.datetime,
    scope,
    hashHex("sha256", canonicalRequest),
  ].join("\n");
  let key = hmacBytes("sha256", `AWS4${input.secretKey}`, date);
  for (const part of [input.region, input.service, "aws4_request"]) {
    key = hmacBytes("sha256", key, part);
  }
  const signature = hex(hmacBytes("sha256", key, stringToSign));
  const authorization =
    `AWS4-HMAC-SHA256 Credential=${input.accessKey}/${scope}, ` +
    `SignedHeaders=${signed}, Signature=${signature}`;
  return { canonicalRequest, stringToSign, signedHeaders: signed, scope, signature, authorization };
}
