import { describe, expect, it } from "vitest";
import { auth, tree } from "../http/test/fixtures";
import type { HttpRequest } from "../http/transport";
import {
  keepsBody,
  profileSendOptions,
  pruneBody,
  resolveProtocolProfile,
} from "./protocolProfile";

/** A request under a collection and two folders, each with its own protocolProfileBehavior. */
function withBehaviours(
  levels: (Record<string, unknown> | undefined)[],
  followRedirects?: boolean,
) {
  const [c, f0, f1, r] = levels;
  const t = tree(auth("noauth"), [auth("inherit"), auth("inherit")]);
  if (c) t.collection.extra = { protocolProfileBehavior: c };
  t.folders.forEach((f, i) => {
    const own = [f0, f1][i];
    if (own) f.extra = { protocolProfileBehavior: own };
  });
  const request = t.request({
    settings: {
      ...(r ? { protocolProfileBehavior: r } : {}),
      ...(followRedirects !== undefined ? { followRedirects } : {}),
    },
  });
  return resolveProtocolProfile(request, t.ancestors);
}

describe("resolveProtocolProfile", () => {
  it("merges collection → folders → request, the innermost winning key by key", () => {
    expect(
      withBehaviours([
        { followRedirects: false, maxRedirects: 3, strictSSL: false },
        { followRedirects: true, disableCookies: true },
        { maxRedirects: 5 },
        { strictSSL: true, followOriginalHttpMethod: true },
      ]),
    ).toEqual({
      followRedirects: true,
      maxRedirects: 5,
      strictSSL: true,
      disableCookies: true,
      followOriginalHttpMethod: true,
    });
  });

  it("ignores values of the wrong type and unknown keys", () => {
    expect(
      withBehaviours([
        { followRedirects: "no", maxRedirects: -1, disableBodyPruning: 1, somethingElse: true },
        undefined,
        undefined,
        { maxRedirects: 2.5, insecureHTTPParser: true },
      ]),
    ).toEqual({ insecureHTTPParser: true });
  });

  it("lets the request's own followRedirects setting decide", () => {
    expect(withBehaviours([{ followRedirects: false }], true).followRedirects).toBe(true);
    expect(withBehaviours([{ followRedirects: true }], false).followRedirects).toBe(false);
  });
});

describe("profileSendOptions", () => {
  it("maps behaviours to SendOptions, strictSSL to tls.verify", () => {
    expect(
      profileSendOptions({
        followRedirects: false,
        maxRedirects: 0,
        followOriginalHttpMethod: true,
        followAuthorizationHeader: true,
        removeRefererHeaderOnRedirect: true,
        insecureHTTPParser: true,
        strictSSL: false,
        disableBodyPruning: true,
        disableCookies: true,
      }),
    ).toEqual({
      followRedirects: false,
      maxRedirects: 0,
      followOriginalHttpMethod: true,
      followAuthorizationHeader: true,
      removeRefererHeaderOnRedirect: true,
      insecureHTTPParser: true,
      tls: { verify: false },
    });
    expect(profileSendOptions({})).toEqual({});
  });
});

describe("body pruning", () => {
  const get: HttpRequest = {
    method: "GET",
    url: "http://x/",
    headers: [
      ["X-A", "1"],
      ["Content-Type", "application/json"],
    ],
    body: { kind: "text", text: "{}" },
  };
  const row = (key: string, value: string) => ({ key, value, enabled: true });

  it("drops the body of GET, HEAD, COPY, PURGE and UNLOCK unless disableBodyPruning", () => {
    for (const m of ["GET", "head", "COPY", "PURGE", "UNLOCK"])
      expect(keepsBody(m, {})).toBe(false);
    for (const m of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
      expect(keepsBody(m, {})).toBe(true);
    expect(keepsBody("GET", { disableBodyPruning: true })).toBe(true);
  });

  it("takes the Content-Type the body implied with it, and keeps the user's own", () => {
    expect(pruneBody(get, { headers: [] }, {})).toEqual({
      method: "GET",
      url: "http://x/",
      headers: [["X-A", "1"]],
    });
    const own = pruneBody(get, { headers: [row("content-type", "application/json")] }, {});
    expect([own.body, own.headers]).toEqual([undefined, get.headers]);
    expect(pruneBody(get, { headers: [] }, { disableBodyPruning: true })).toBe(get);
    const put = { ...get, method: "PUT" };
    expect(pruneBody(put, { headers: [] }, {})).toBe(put);
  });
});
