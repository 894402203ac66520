import { describe, expect, it } from "vitest";
import { browserAddedHeaders, forbiddenHeaders, isForbiddenHeader } from "./headers";

describe("forbidden headers", () => {
  it("matches names and prefixes case-insensitively", () => {
    for (const name of [
      "Host",
      "cookie",
      "Content-Length",
      "Sec-Fetch-Mode",
      "proxy-authorization",
      "Access-Control-Request-Method",
      "DNT",
      "Keep-Alive",
    ]) {
      expect(isForbiddenHeader(name), name).toBe(true);
    }
    for (const name of ["Authorization", "Content-Type", "Accept", "X-Cookie", "User-Agent"]) {
      expect(isForbiddenHeader(name), name).toBe(false);
    }
  });

  it("lists enabled forbidden headers once each", () => {
    expect(
      forbiddenHeaders([
        { key: "Cookie", value: "a", enabled: true },
        { key: "cookie", value: "b", enabled: true },
        { key: "Host", value: "x", enabled: false },
        { key: "X-Ok", value: "1", enabled: true },
        { key: "Sec-Foo", value: "1", enabled: true },
      ]),
    ).toEqual(["Cookie", "Sec-Foo"]);
    expect(forbiddenHeaders([["Origin", "x"]])).toEqual(["Origin"]);
  });
});

describe("browserAddedHeaders", () => {
  const names = (list: [string, string][]) => list.map(([n]) => n);

  it("adds Origin for cross-origin requests and Content-Length for bodies", () => {
    const list = browserAddedHeaders(
      {
        method: "POST",
        url: "https://api.example.com:8443/x",
        headers: [],
        body: { kind: "text", text: "{}" },
      },
      "http://localhost:5173",
    );
    expect(list).toContainEqual(["Host", "api.example.com:8443"]);
    expect(list).toContainEqual(["Origin", "http://localhost:5173"]);
    expect(names(list)).toEqual(
      expect.arrayContaining([
        "User-Agent",
        "Accept-Encoding",
        "Content-Length",
        "Connection",
        "Referer",
      ]),
    );
  });

  it("omits Origin and Content-Length for a same-origin GET without body", () => {
    const list = browserAddedHeaders(
      { method: "GET", url: "http://localhost:5173/echo", headers: [["Accept", "x"]] },
      "http://localhost:5173",
    );
    expect(names(list)).not.toContain("Origin");
    expect(names(list)).not.toContain("Content-Length");
    expect(names(list)).not.toContain("Accept");
  });
});
