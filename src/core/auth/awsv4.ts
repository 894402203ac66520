/**
 * AWS Signature Version 4 with Postman v2.1's attributes: accessKey, secretKey, region (default
 * `us-east-1`), service (default `execute-api`), sessionToken and addAuthDataToQuery. Like
 * postman-runtime (which signs with the `aws4` package): stale `Authorization`, `X-Amz-Date`,
 * `X-Amz-Security-Token` and `X-Amz-Content-Sha256` headers and `X-Amz-*` auth query parameters
 * are replaced; `X-Amz-Content-Sha256` is sent for a non-empty body (always for S3); S3 paths are
 * encoded once and others twice; S3 query signing defaults `X-Amz-Expires` to 86400 and signs
 * `UNSIGNED-PAYLOAD`. Unlike it, a body the transport lays out (multipart, file) is signed as
 * `UNSIGNED-PAYLOAD` instead of as empty, and a user's `X-Amz-Content-Sha256: UNSIGNED-PAYLOAD`
 * is kept. The host is signed as the transport will send it, without adding a `Host` header.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { authAttribute } from "../http/auth";
import type { HttpRequest } from "../http/transport";
import { joinUrl, splitUrl } from "../http/url";
import type { Result } from "../result";
import { err, ok } from "../result";
import { awsEncode, canonicalHeaders, signV4 } from "./awsv4/canonical";
import { bodyBytes } from "./bytes";
import { hashHex } from "./hash";
import { requestTarget } from "./target";
import type { AuthApplied, AuthContext, AuthScheme } from "./types";

const UNSIGNED = "UNSIGNED-PAYLOAD";
const REPLACED_HEADERS = [
  "authorization",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
];
const AUTH_PARAMS = [
  "X-Amz-Security-Token",
  "X-Amz-Date",
  "X-Amz-Algorithm",
  "X-Amz-Credential",
  "X-Amz-SignedHeaders",
  "X-Amz-Signature",
];

const fail = (message: string): Result<never> => err({ code: "AUTH_FAILED", message });

/** `YYYYMMDDTHHMMSSZ` of epoch milliseconds. */
export const amzDate = (ms: number): string =>
  new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");

const decodedKey = (segment: string): string => {
  const key = segment.split("=")[0] ?? "";
  try {
    return decodeURIComponent(key.replace(/\+/g, " "));
  } catch {
    return key;
  }
};

/** The typed query's segments without the `X-Amz-*` auth parameters a signature adds. */
const keptSegments = (query: string | undefined): string[] =>
  (query ?? "").split("&").filter((s) => s !== "" && !AUTH_PARAMS.includes(decodedKey(s)));

/** `url` with its query replaced by `segments` (no `?` when empty); hash kept. */
function withSegments(url: string, segments: string[]): string {
  const parts = splitUrl(url);
  if (segments.length) parts.query = segments.join("&");
  else delete parts.query;
  return joinUrl(parts);
}

interface Config {
  accessKey: string;
  secretKey: string;
  sessionToken: string;
  region: string;
  service: string;
  inQuery: boolean;
}

function sign(http: HttpRequest, cfg: Config, ctx: AuthContext): Result<AuthApplied> {
  const s3 = cfg.service === "s3";
  const datetime = amzDate(ctx.deps.clock.now());
  const scope = `${datetime.slice(0, 8)}/${cfg.region}/${cfg.service}/aws4_request`;
  const warnings: string[] = [];
  const userUnsigned = http.headers.some(
    ([k, v]) => k.toLowerCase() === "x-amz-content-sha256" && v.trim().toUpperCase() === UNSIGNED,
  );
  const headers = http.headers.filter(([k]) => !REPLACED_HEADERS.includes(k.toLowerCase()));
  const segments = keptSegments(splitUrl(http.url).query);
  const body = bodyBytes(http);
  let payloadHash: string;
  if (userUnsigned || (cfg.inQuery && s3)) payloadHash = UNSIGNED;
  else if (body === undefined) {
    payloadHash = UNSIGNED;
    if (!s3) {
      warnings.push(
        `AWS signature: a ${http.body?.kind} body is only laid out by the transport, so it is signed as UNSIGNED-PAYLOAD, which services other than S3 may refuse`,
      );
    }
  } else payloadHash = hashHex("sha256", body);

  if (!cfg.inQuery) {
    if (cfg.sessionToken) headers.push(["X-Amz-Security-Token", cfg.sessionToken]);
    if (payloadHash === UNSIGNED || s3 || (body?.length ?? 0) > 0) {
      headers.push(["X-Amz-Content-Sha256", payloadHash]);
    }
    headers.push(["X-Amz-Date", datetime]);
  }
  const hasHost = headers.some(([k]) => k.toLowerCase() === "host");

  let url = withSegments(http.url, segments);
  let target = requestTarget(url);
  if (!target) return fail(`AWS Signature cannot read the URL "${http.url}"`);
  const signing: [string, string][] = hasHost ? headers : [["host", target.host], ...headers];
  if (cfg.inQuery) {
    const has = (name: string) => segments.some((s) => decodedKey(s) === name);
    const params: [string, string][] = [
      ["X-Amz-Algorithm", "AWS4-HMAC-SHA256"],
      ["X-Amz-Credential", `${cfg.accessKey}/${scope}`],
      ["X-Amz-Date", datetime],
    ];
    if (s3 && !has("X-Amz-Expires")) params.push(["X-Amz-Expires", "86400"]);
    if (cfg.sessionToken) params.push(["X-Amz-Security-Token", cfg.sessionToken]);
    params.push(["X-Amz-SignedHeaders", canonicalHeaders(signing).signed]);
    segments.push(...params.map(([k, v]) => `${k}=${awsEncode(v)}`));
    url = withSegments(http.url, segments);
    target = requestTarget(url);
    if (!target) return fail(`AWS Signature cannot read the URL "${http.url}"`);
  }
  const signed = signV4({
    method: http.method,
    path: target.path,
    query: target.query,
    headers: signing,
    payloadHash,
    datetime,
    region: cfg.region,
    service: cfg.service,
    accessKey: cfg.accessKey,
    secretKey: cfg.secretKey,
    pathEncoding: s3 ? "single" : "double",
  });
  if (cfg.inQuery)
    url = withSegments(http.url, [...segments, `X-Amz-Signature=${signed.signature}`]);
  else headers.push(["Authorization", signed.authorization]);
  return ok({ http: { ...http, url, headers }, warnings });
}

/** The awsv4 scheme. */
export const awsv4: AuthScheme = {
  type: "awsv4",
  apply(http, auth, ctx) {
    const get = (key: string) => authAttribute(auth, key) ?? "";
    const cfg: Config = {
      accessKey: get("accessKey"),
      secretKey: get("secretKey"),
      sessionToken: get("sessionToken"),
      region: get("region") || "us-east-1",
      service: get("service") || "execute-api",
      inQuery: get("addAuthDataToQuery") === "true",
    };
    if (!cfg.accessKey || !cfg.secretKey) {
      const missing = [!cfg.accessKey && "an Access Key", !cfg.secretKey && "a Secret Key"];
      return Promise.resolve(fail(`AWS Signature needs ${missing.filter(Boolean).join(" and ")}`));
    }
    return Promise.resolve(sign(http, cfg, ctx));
  },
};
