/**
 * Where OAuth 1.0 parameters come from and go to: the request's query (decoded for signing and
 * rewritten in RFC 3986 encoding, as Postman does, so the bytes sent are the bytes signed), the
 * urlencoded body, and the `Authorization: OAuth …` header (RFC 5849 §3.5.1).
 */
import { joinUrl, splitUrl } from "../../http/url";
import { formDecode, percentEncode } from "./signature";

/** Every protocol parameter Postman replaces when it signs. */
export const OAUTH_PARAMS: ReadonlySet<string> = new Set([
  "oauth_consumer_key",
  "oauth_token",
  "oauth_signature_method",
  "oauth_timestamp",
  "oauth_nonce",
  "oauth_version",
  "oauth_signature",
  "oauth_callback",
  "oauth_verifier",
  "oauth_body_hash",
]);

/** One decoded query parameter; `value` is undefined for a bare `?flag`. */
export interface QueryParam {
  key: string;
  value: string | undefined;
}

/** The query of `url`, decoded, without protocol parameters (they are signed anew). */
export function userQuery(url: string): QueryParam[] {
  const { query } = splitUrl(url);
  if (!query) return [];
  return query
    .split("&")
    .filter((seg) => seg !== "")
    .map((seg) => {
      const eq = seg.indexOf("=");
      return eq < 0
        ? { key: formDecode(seg), value: undefined }
        : { key: formDecode(seg.slice(0, eq)), value: formDecode(seg.slice(eq + 1)) };
    })
    .filter((p) => !OAUTH_PARAMS.has(p.key));
}

/** `url` with its query replaced by `params`, each name and value RFC 3986-encoded. */
export function withEncodedQuery(url: string, params: readonly QueryParam[]): string {
  const parts = splitUrl(url);
  const query = params
    .map((p) =>
      p.value === undefined
        ? percentEncode(p.key)
        : `${percentEncode(p.key)}=${percentEncode(p.value)}`,
    )
    .join("&");
  if (query === "") delete parts.query;
  else parts.query = query;
  return joinUrl(parts);
}

/** How the header writes its values. */
export interface HeaderEncoding {
  /** Percent-encode names and values (Postman's `disableHeaderEncoding` turns it off). */
  encode: boolean;
  /** Percent-encode `oauth_signature` (the older `encodeOAuthSign` option turns it off). */
  encodeSignature: boolean;
}

/**
 * `OAuth realm="…",oauth_consumer_key="…",…` in Postman's order and separator (`,`). The realm
 * is left out when blank; it is never signed.
 */
export function authorizationHeader(
  realm: string,
  params: readonly (readonly [string, string])[],
  encoding: HeaderEncoding,
): string {
  const enc = (s: string, on: boolean) => (on ? percentEncode(s) : s);
  const parts = realm.trim() ? [`realm="${enc(realm, encoding.encode)}"`] : [];
  for (const [k, v] of params) {
    const on = encoding.encode && (k !== "oauth_signature" || encoding.encodeSignature);
    parts.push(`${enc(k, encoding.encode)}="${enc(v, on)}"`);
  }
  return `OAuth ${parts.join(",")}`;
}
