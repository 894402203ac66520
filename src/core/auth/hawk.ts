/**
 * Hawk auth with Postman v2.1's attributes: authId, authKey, algorithm (sha256, sha1), user,
 * nonce, extraData (`ext`), app, delegation (`dlg`), timestamp and includePayloadHash. An empty
 * nonce becomes six random letters and digits, an empty timestamp the clock's seconds, as in
 * postman-runtime. `user` is stored but, as in Postman, not part of the header.
 * @see https://github.com/mozilla/hawk/blob/main/API.md (Protocol Example, Payload Validation)
 */
import { authAttribute } from "../http/auth";
import { headerValue } from "../http/headers";
import type { Result } from "../result";
import { err, ok } from "../result";
import { bodyBytes, randomBytes } from "./bytes";
import type { HawkAlgorithm, HawkArtifacts } from "./hawk/mac";
import { hawkHeader, hawkMac, hawkPayloadHash } from "./hawk/mac";
import { pathAndQuery, requestTarget } from "./target";
import type { AuthApplied, AuthScheme } from "./types";

const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const fail = (message: string): Result<never> => err({ code: "AUTH_FAILED", message });

/** The hawk scheme. */
export const hawk: AuthScheme = {
  type: "hawk",
  apply(http, auth, ctx) {
    const get = (key: string) => authAttribute(auth, key) ?? "";
    const id = get("authId");
    const key = get("authKey");
    if (!id || !key) {
      const missing = [!id && "Auth ID (authId)", !key && "Auth Key (authKey)"].filter(Boolean);
      return Promise.resolve(fail(`Hawk auth needs ${missing.join(" and ")}`));
    }
    const algorithm = (get("algorithm") || "sha256").toLowerCase();
    if (algorithm !== "sha256" && algorithm !== "sha1") {
      return Promise.resolve(
        fail(`Hawk algorithm "${get("algorithm")}" is not supported (use sha256 or sha1)`),
      );
    }
    const broken = ["authId", "nonce", "extraData", "app", "delegation"].find((a) =>
      /[\r\n]/.test(get(a)),
    );
    if (broken) return Promise.resolve(fail(`Hawk ${broken} cannot contain a line break`));
    const target = requestTarget(http.url);
    if (!target) return Promise.resolve(fail(`Hawk auth cannot read the URL "${http.url}"`));

    const warnings: string[] = [];
    const seconds = Number.parseInt(get("timestamp"), 10);
    const nonce =
      get("nonce") ||
      Array.from(randomBytes(ctx.deps.random.next, 6), (b) => ALNUM[b % ALNUM.length]).join("");
    const artifacts: HawkArtifacts = {
      ts: String(seconds > 0 ? seconds : Math.floor(ctx.deps.clock.now() / 1000)),
      nonce,
      method: http.method,
      resource: pathAndQuery(target),
      host: target.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: target.port,
    };
    if (get("includePayloadHash") === "true") {
      const payload = bodyBytes(http);
      if (payload === undefined) {
        warnings.push(
          "Hawk payload hash left out: a multipart or file body is only laid out by the transport",
        );
      } else if (payload.length > 0) {
        const contentType = headerValue(http.headers, "content-type") ?? "";
        artifacts.hash = hawkPayloadHash(algorithm, contentType, payload);
      }
    }
    for (const [attr, field] of [
      ["extraData", "ext"],
      ["app", "app"],
      ["delegation", "dlg"],
    ] as const) {
      if (get(attr)) artifacts[field] = get(attr);
    }
    const mac = hawkMac(algorithm as HawkAlgorithm, key, artifacts);
    const headers = http.headers.filter(([k]) => k.toLowerCase() !== "authorization");
    headers.push(["Authorization", hawkHeader(id, mac, artifacts)]);
    const applied: AuthApplied = { http: { ...http, headers }, warnings };
    return Promise.resolve(ok(applied));
  },
};
