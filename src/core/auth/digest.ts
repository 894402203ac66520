/**
 * HTTP Digest auth (RFC 7616, RFC 2617) with Postman v2.1's attributes: username, password,
 * realm, nonce, algorithm, qop, nonceCount, clientNonce, opaque, disableRetryRequest. With a
 * realm and nonce known the request is signed; without them it goes out unsigned and `retry`
 * answers the server's `401` challenge once, as postman-runtime does. Not supported: `userhash`
 * and `username*` (RFC 7616 §3.4.4), so non-ASCII usernames are sent as UTF-8 quoted strings.
 * @see https://www.rfc-editor.org/rfc/rfc7616
 */
import { authAttribute } from "../http/auth";
import type { HttpRequest } from "../http/transport";
import type { Auth } from "../model";
import type { Result } from "../result";
import { err, ok } from "../result";
import { bodyBytes, hex, randomBytes } from "./bytes";
import type { Challenge } from "./digest/challenge";
import { responseChallenges } from "./digest/challenge";
import type { DigestAlgorithm } from "./digest/compute";
import { digestAlgorithm, digestAuthorization } from "./digest/compute";
import { pathAndQuery, requestTarget } from "./target";
import type { AuthApplied, AuthContext, AuthScheme } from "./types";

type Qop = "auth" | "auth-int";

/** The attributes, read and checked; `qop` is the list offered (by the user or the server). */
interface DigestConfig {
  username: string;
  password: string;
  realm: string;
  nonce: string;
  algorithm: string;
  qop: string;
  nonceCount: string;
  clientNonce: string;
  opaque: string;
}

const fail = (message: string): Result<never> => err({ code: "AUTH_FAILED", message });

function readConfig(auth: Auth): DigestConfig {
  const get = (key: string) => authAttribute(auth, key) ?? "";
  return {
    username: get("username"),
    password: get("password"),
    realm: get("realm"),
    nonce: get("nonce"),
    algorithm: get("algorithm"),
    qop: get("qop"),
    nonceCount: get("nonceCount"),
    clientNonce: get("clientNonce"),
    opaque: get("opaque"),
  };
}

const qopList = (qop: string): string[] =>
  qop
    .split(",")
    .map((q) => q.trim().toLowerCase())
    .filter(Boolean);

/**
 * The qop to use from those offered: `preferred` when offered, else `auth`, else `auth-int` when
 * the body can be hashed. `null` means none offered (RFC 2069 form); undefined, none usable.
 */
function chooseQop(
  offered: string[],
  canHashBody: boolean,
  preferred?: string,
): Qop | null | undefined {
  if (offered.length === 0) return null;
  const usable = (q: string) => q === "auth" || (q === "auth-int" && canHashBody);
  if (preferred && offered.includes(preferred) && usable(preferred)) return preferred as Qop;
  if (offered.includes("auth")) return "auth";
  return offered.includes("auth-int") && canHashBody ? "auth-int" : undefined;
}

/** `nonceCount` as eight hex digits (`1` → `00000001`); empty means the first use. */
function nonceCountOf(value: string): string | undefined {
  if (value.trim() === "") return "00000001";
  return /^[0-9a-f]{1,8}$/i.test(value.trim()) ? value.trim().padStart(8, "0") : undefined;
}

/** Sign `http` with a complete configuration (realm and nonce known). */
function sign(http: HttpRequest, cfg: DigestConfig, ctx: AuthContext): Result<AuthApplied> {
  if (!cfg.username) return fail("Digest auth needs a username");
  const algorithm: DigestAlgorithm | undefined = digestAlgorithm(cfg.algorithm);
  if (!algorithm) {
    return fail(
      `Digest algorithm "${cfg.algorithm}" is not supported (use MD5, SHA-256 or SHA-512-256, optionally -sess)`,
    );
  }
  const target = requestTarget(http.url);
  if (!target) return fail(`Digest auth cannot read the URL "${http.url}"`);
  const body = bodyBytes(http);
  const qop = chooseQop(qopList(cfg.qop), body !== undefined);
  if (qop === undefined) {
    return fail(
      qopList(cfg.qop).includes("auth-int")
        ? "Digest qop=auth-int hashes the request body, but a multipart or file body is only laid out by the transport; use qop=auth or a raw/urlencoded body"
        : `Digest qop "${cfg.qop}" is not supported (use auth or auth-int)`,
    );
  }
  const nc = nonceCountOf(cfg.nonceCount);
  if (!nc) return fail(`Digest nonceCount "${cfg.nonceCount}" is not a hex count like 00000001`);
  const cnonce = cfg.clientNonce || hex(randomBytes(ctx.deps.random.next, 8));
  const value = digestAuthorization({
    algorithm,
    username: cfg.username,
    password: cfg.password,
    realm: cfg.realm,
    nonce: cfg.nonce,
    method: http.method,
    uri: pathAndQuery(target),
    ...(qop ? { qop } : {}),
    nc,
    cnonce,
    ...(cfg.opaque ? { opaque: cfg.opaque } : {}),
    ...(qop === "auth-int" && body ? { body } : {}),
  });
  const headers = http.headers.filter(([k]) => k.toLowerCase() !== "authorization");
  headers.push(["Authorization", value]);
  return ok({ http: { ...http, headers }, warnings: [] });
}

/** Why no Digest challenge of the response can be answered, or the one to answer. */
function pickChallenge(
  challenges: Challenge[],
  canHashBody: boolean,
): Challenge | string | undefined {
  const digests = challenges.filter((c) => c.scheme.toLowerCase() === "digest");
  if (digests.length === 0) return undefined;
  const usable = digests.find(
    (c) =>
      c.params.nonce !== undefined &&
      digestAlgorithm(c.params.algorithm) !== undefined &&
      chooseQop(qopList(c.params.qop ?? ""), canHashBody) !== undefined,
  );
  if (usable) return usable;
  const first = digests[0]!.params;
  if (first.nonce === undefined) return "The server's Digest challenge has no nonce";
  if (!digestAlgorithm(first.algorithm)) {
    return `The server asks for Digest algorithm "${first.algorithm}", which Satchel does not support`;
  }
  return qopList(first.qop ?? "").includes("auth-int")
    ? "The server asks for Digest qop=auth-int, which hashes the body, but a multipart or file body is only laid out by the transport"
    : `The server asks for Digest qop "${first.qop}", which Satchel does not support`;
}

const truthy = (value: string | undefined) => value === "true" || value === "1";

/** The digest scheme. */
export const digest: AuthScheme = {
  type: "digest",
  apply(http, auth, ctx) {
    const cfg = readConfig(auth);
    if (!cfg.username) return Promise.resolve(fail("Digest auth needs a username"));
    // Without a realm and nonce there is nothing to sign yet: the server's 401 brings them.
    if (!cfg.realm || !cfg.nonce) return Promise.resolve(ok({ http, warnings: [] }));
    return Promise.resolve(sign(http, cfg, ctx));
  },
  retry(unsigned, response, auth, ctx) {
    if (truthy(authAttribute(auth, "disableRetryRequest"))) return Promise.resolve(undefined);
    if (response.status !== 401 && response.status !== 403) return Promise.resolve(undefined);
    const picked = pickChallenge(
      responseChallenges(response.headers),
      bodyBytes(unsigned) !== undefined,
    );
    if (picked === undefined) return Promise.resolve(undefined);
    if (typeof picked === "string") return Promise.resolve(fail(picked));
    const cfg = readConfig(auth);
    const { realm = "", nonce = "", opaque = "", algorithm = "MD5", qop = "" } = picked.params;
    // Already signed with this very nonce and still refused: the credentials are wrong.
    const stale = (picked.params.stale ?? "").toLowerCase() === "true";
    if (!stale && cfg.realm === realm && cfg.nonce === nonce) return Promise.resolve(undefined);
    const chosen = chooseQop(qopList(qop), bodyBytes(unsigned) !== undefined, qopList(cfg.qop)[0]);
    const answered: DigestConfig = {
      ...cfg,
      realm,
      nonce,
      opaque,
      algorithm,
      qop: chosen ?? "",
      nonceCount: "00000001",
    };
    return Promise.resolve(sign(unsigned, answered, ctx));
  },
};
