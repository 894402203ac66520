import { describe, expect, it } from "vitest";
import type { HttpResponse, RedirectHop } from "../http/transport";
import { responsesOf, withCookieHeader } from "./header";

describe("withCookieHeader (postman-request's merge)", () => {
  it("adds the jar's cookies as a Cookie header at the end", () => {
    expect(withCookieHeader([["Accept", "*/*"]], "a=1; b=2")).toEqual([
      ["Accept", "*/*"],
      ["Cookie", "a=1; b=2"],
    ]);
  });

  it("appends them to the user's own Cookie header(s), joined in place of the first", () => {
    expect(
      withCookieHeader(
        [
          ["X", "1"],
          ["cookie", "u=9"],
          ["Y", "2"],
          ["Cookie", "v=8"],
        ],
        "a=1",
      ),
    ).toEqual([
      ["X", "1"],
      ["cookie", "u=9; v=8; a=1"],
      ["Y", "2"],
    ]);
  });

  it("changes nothing when the jar has nothing for the URL", () => {
    const headers: [string, string][] = [["Cookie", "u=9"]];
    expect(withCookieHeader(headers, "")).toEqual(headers);
  });
});

describe("responsesOf", () => {
  const response = (redirects?: RedirectHop[]): HttpResponse => ({
    status: 200,
    statusText: "OK",
    headers: [["Set-Cookie", "final=1"]],
    body: new Uint8Array(),
    timeMs: 1,
    url: "http://b.test/end",
    redirected: redirects !== undefined,
    ...(redirects ? { redirects } : {}),
  });
  const request = { method: "GET", url: "http://a.test/start?x=1", headers: [] };
  const hop = (url: string, location: string, cookie: string): RedirectHop => ({
    method: "GET",
    url,
    status: 302,
    statusText: "Found",
    location,
    headers: [["Set-Cookie", cookie]],
  });

  it("is the final response at its URL when no hops are reported", () => {
    expect(responsesOf(request, response())).toEqual([
      { url: "http://b.test/end", headers: [["Set-Cookie", "final=1"]] },
    ]);
  });

  it("gives each redirect hop the URL that answered it, then the final response", () => {
    const hops = [
      hop("http://a.test/start?x=1", "/next", "one=1"),
      hop("http://a.test/next", "http://b.test/end", "two=2"),
    ];
    expect(responsesOf(request, response(hops))).toEqual([
      { url: "http://a.test/start?x=1", headers: [["Set-Cookie", "one=1"]] },
      { url: "http://a.test/next", headers: [["Set-Cookie", "two=2"]] },
      { url: "http://b.test/end", headers: [["Set-Cookie", "final=1"]] },
    ]);
  });

  it("falls back to the request's URL when the response has none", () => {
    expect(responsesOf(request, { ...response(), url: "" })[0]?.url).toBe(request.url);
  });
});
