import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import type { Request } from "../../model";
import { requestToCurl } from "../../export/curl";
import { importCurl, tokenize } from "./index";
import cases from "./test/cases.json";
import { apiDoc, chromeBash, chromeCmd, jsonAndMore, multipart } from "./test/fixtures";

const deps = (): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(1) });

function parse(text: string) {
  const r = importCurl(text, deps(), "c1");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The fields a cURL command can carry (ids and times differ between parses). */
const shape = (r: Request) => ({
  method: r.method,
  url: r.url,
  params: r.params,
  headers: r.headers,
  body: r.body,
  auth: r.auth,
  settings: r.settings,
  extra: r.extra,
});

describe("tokenize", () => {
  it("handles bash quotes, $'…', escapes and continuations", () => {
    const r = tokenize(`curl 'a b' "c \\"d\\"" $'e\\nf' g\\ h \\\n  i`);
    expect(r).toEqual({ ok: true, value: ["curl", "a b", 'c "d"', "e\nf", "g h", "i"] });
  });

  it("handles Windows cmd ^ escapes and continuations", () => {
    const r = tokenize(`curl ^"a^&b^" ^\n  -d ^"^{^\\^"k^\\^":1^}^"`);
    expect(r).toEqual({ ok: true, value: ["curl", "a&b", "-d", '{"k":1}'] });
  });

  it("reports an unterminated quote with its position", () => {
    const r = tokenize(`curl \\\n  -H 'x: y`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.at).toBe("line 2, column 6");
  });
});

describe("importCurl", () => {
  it("reads Chrome's bash copy", () => {
    const { request, warnings } = parse(chromeBash);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("https://api.example.com/v1/items?page=2&q=a%20b");
    expect(request.params.map((p) => p.key)).toEqual(["page", "q"]);
    expect(request.headers.map((h) => [h.key, h.value])).toContainEqual(["x-note", "it's"]);
    expect(request.body).toMatchObject({ mode: "raw", language: "json" });
    expect(JSON.parse(request.body.raw)).toEqual({ name: "Widget", tags: ["a", "b"] });
    expect(request.extra).toEqual({ curl: { compressed: true } });
    expect(warnings).toEqual([]);
  });

  it("reads Chrome's cmd copy", () => {
    const { request } = parse(chromeCmd);
    expect(request.url).toBe("https://api.example.com/v1/items?page=2&sort=asc");
    expect(request.body.raw).toBe('{"name":"Widget"}');
  });

  it("reads API-doc style: -X, -u, -d form, -L, -k", () => {
    const { request } = parse(apiDoc);
    expect(request.method).toBe("PUT");
    expect(request.auth.attributes.map((a) => a.value)).toEqual(["admin", "s3cret"]);
    expect(request.body.mode).toBe("urlencoded");
    expect(request.body.urlencoded.map((r) => [r.key, r.value])).toEqual([
      ["name", "Ada Lovelace"],
      ["role", "admin"],
    ]);
    expect(request.settings.followRedirects).toBe(true);
    expect(request.extra).toEqual({ curl: { insecure: true } });
  });

  it("reads multipart fields and files", () => {
    const { request } = parse(multipart);
    expect(request.method).toBe("POST");
    expect(request.body.formdata).toEqual([
      { key: "title", value: "Report", enabled: true, type: "text" },
      {
        key: "file",
        value: "",
        enabled: true,
        type: "file",
        fileName: "/tmp/report.pdf",
        contentType: "application/pdf",
      },
    ]);
  });

  it("maps --json, -A, -e, -b and reports unknown options", () => {
    const { request, warnings } = parse(jsonAndMore);
    expect(request.headers.map((h) => `${h.key}: ${h.value}`)).toEqual([
      "User-Agent: Agent/1",
      "Referer: https://ref.example.com",
      "Cookie: k=v",
      "Content-Type: application/json",
      "Accept: application/json",
    ]);
    expect(request.body).toMatchObject({ mode: "raw", raw: '{"a":1}', language: "json" });
    expect(request.settings.timeoutMs).toBe(5000);
    expect(warnings).toEqual(["Option --frobnicate is not a curl option; ignored."]);
  });

  it("-G moves data into the query; -XPOST and combined switches", () => {
    expect(parse("curl -G -d a=1 -d b=2 https://x.test/s").request.url).toBe(
      "https://x.test/s?a=1&b=2",
    );
    const r = parse("curl -sSLXPATCH https://x.test").request;
    expect(r.method).toBe("PATCH");
    expect(r.settings.followRedirects).toBe(true);
  });

  it("rejects text that is not a command or has no URL", () => {
    expect(importCurl("wget x", deps(), "c").ok).toBe(false);
    const r = importCurl("curl -H 'a: b'", deps(), "c");
    expect(!r.ok && r.error.code).toBe("CURL_NO_URL");
  });
});

/** One case of test/cases.json: a command, part of the request it gives, and its warnings. */
interface Case {
  name: string;
  command: string;
  expect?: Record<string, unknown>;
  /** Parts of warnings that must appear; an empty list means none at all. */
  warnings?: string[];
}

describe("importCurl cases (test/cases.json)", () => {
  it.each((cases as Case[]).map((c) => [c.name, c] as const))("%s", (_, c) => {
    const { request, warnings } = parse(c.command);
    if (c.expect) expect(request).toMatchObject(c.expect);
    if (c.warnings?.length === 0) expect(warnings).toEqual([]);
    for (const w of c.warnings ?? []) expect(warnings.join("\n")).toContain(w);
  });
});

describe("cURL → Satchel → cURL", () => {
  it.each([
    ["chrome bash", chromeBash],
    ["chrome cmd", chromeCmd],
    ["api doc", apiDoc],
    ["multipart", multipart],
    ["json", jsonAndMore],
  ])("%s: exporting and re-importing gives the same request", (_, text) => {
    const first = parse(text).request;
    const again = parse(requestToCurl(first)).request;
    expect(shape(again)).toEqual(shape(first));
  });

  it("writes a canonical command that is stable", () => {
    const once = requestToCurl(parse(apiDoc).request);
    expect(once).toBe(
      [
        "curl https://api.example.com/users/42",
        "-X PUT",
        "-H 'X-Request-Id: 7'",
        "-d name=Ada%20Lovelace",
        "-d role=admin",
        "-u admin:s3cret",
        "-L",
        "-k",
      ].join(" \\\n  "),
    );
    expect(requestToCurl(parse(once).request)).toBe(once);
  });
});
