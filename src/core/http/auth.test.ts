import { describe, expect, it } from "vitest";
import { applyAuth, effectiveAuth } from "./auth";
import { base64Utf8 } from "./base64";
import { auth, tree } from "./test/fixtures";
import type { HttpRequest } from "./transport";

describe("effectiveAuth", () => {
  it("uses the request's own auth unless it inherits", () => {
    const { ancestors } = tree(auth("basic"));
    expect(effectiveAuth(auth("bearer"), ancestors).type).toBe("bearer");
    expect(effectiveAuth(auth("noauth"), ancestors).type).toBe("noauth");
  });

  it("inherits from the innermost folder that does not inherit", () => {
    const outer = auth("basic", { username: "outer" });
    const inner = auth("bearer", { token: "inner" });
    const { ancestors } = tree(auth("apikey"), [outer, inner, auth("inherit")]);
    expect(effectiveAuth(auth("inherit"), ancestors)).toBe(inner);
  });

  it("falls back to the collection when all folders inherit", () => {
    const top = auth("bearer", { token: "t" });
    const { ancestors } = tree(top, [auth("inherit"), auth("inherit")]);
    expect(effectiveAuth(auth("inherit"), ancestors)).toBe(top);
  });

  it("stops at a folder with noauth", () => {
    const { ancestors } = tree(auth("bearer", { token: "t" }), [auth("noauth"), auth("inherit")]);
    expect(effectiveAuth(auth("inherit"), ancestors).type).toBe("noauth");
  });

  it("treats a collection that inherits as no auth", () => {
    const { ancestors } = tree(auth("inherit"));
    expect(effectiveAuth(auth("inherit"), ancestors).type).toBe("noauth");
  });
});

describe("base64Utf8", () => {
  it("matches Node's Buffer for ASCII, padding and multi-byte text", () => {
    for (const text of [
      "",
      "a",
      "ab",
      "abc",
      "user:pass",
      "jürgen:päss",
      "日本:🔑",
      "\u00ff\u0100",
    ]) {
      expect(base64Utf8(text)).toBe(Buffer.from(text, "utf8").toString("base64"));
    }
  });
});

describe("applyAuth", () => {
  const req = (init: Partial<HttpRequest> = {}): HttpRequest => ({
    method: "GET",
    url: "http://h/a?x=1",
    headers: [
      ["authorization", "old"],
      ["X-Key", "old"],
    ],
    ...init,
  });

  it("basic replaces Authorization with base64 of user:pass", () => {
    const { http } = applyAuth(
      req(),
      auth("basic", { username: "Aladdin", password: "open sesame" }),
    );
    expect(http.headers).toEqual([
      ["X-Key", "old"],
      ["Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="],
    ]);
  });

  it("bearer sets the token, and does nothing without one", () => {
    expect(applyAuth(req(), auth("bearer", { token: "abc" })).http.headers).toContainEqual([
      "Authorization",
      "Bearer abc",
    ]);
    expect(applyAuth(req(), auth("bearer", { token: "" })).http).toEqual(req());
  });

  it("apikey in header replaces a header of the same name", () => {
    const { http } = applyAuth(req(), auth("apikey", { key: "x-key", value: "new", in: "header" }));
    expect(http.headers).toEqual([
      ["authorization", "old"],
      ["x-key", "new"],
    ]);
  });

  it("apikey defaults to header", () => {
    const { http } = applyAuth(req({ headers: [] }), auth("apikey", { key: "K", value: "V" }));
    expect(http.headers).toEqual([["K", "V"]]);
  });

  it("apikey in query replaces an existing param", () => {
    const { http } = applyAuth(
      req({ url: "http://h/a?api_key=old&x=1#f" }),
      auth("apikey", { key: "api_key", value: "n w", in: "query" }),
    );
    expect(http.url).toBe("http://h/a?x=1&api_key=n%20w#f");
  });

  it("leaves the request alone for the types signed later (src/core/auth)", () => {
    const result = applyAuth(req(), auth("digest", { username: "u" }));
    expect(result).toEqual({ http: req() });
  });
});
