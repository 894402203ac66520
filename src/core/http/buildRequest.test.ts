import { describe, expect, it } from "vitest";
import { emptyBody } from "../factory";
import type { Body, Variable } from "../model";
import { makeScopes } from "../variables/scopes";
import { buildHttpRequest } from "./buildRequest";
import { auth, testDeps, tree } from "./test/fixtures";

const v = (key: string, value: string): Variable => ({
  key,
  value,
  type: "default",
  enabled: true,
});
const scopes = makeScopes({
  environment: [v("host", "api.example.com"), v("id", "42"), v("tok", "T0K"), v("name", 'Ada "L"')],
  collection: [v("ver", "v1")],
});
const kv = (key: string, value: string, enabled = true) => ({ key, value, enabled });
const body = (init: Partial<Body>): Body => ({ ...emptyBody(), ...init });

function build(init: Parameters<ReturnType<typeof tree>["request"]>[0], t = tree()) {
  const result = buildHttpRequest(t.request(init), t.ancestors, scopes, testDeps());
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("buildHttpRequest URL", () => {
  it("resolves variables, path variables and enabled params, adding http://", () => {
    const { http, unresolved } = build({
      url: "{{host}}/{{ver}}/users/:id?old=1",
      params: [kv("q", "{{name}}"), kv("off", "1", false)],
      pathVariables: [kv("id", "{{id}}")],
    });
    expect(http.url).toBe("http://api.example.com/v1/users/42?q=Ada%20%22L%22");
    expect(unresolved).toEqual([]);
  });

  it("uses the URL's own query when the params table is empty", () => {
    expect(build({ url: "https://{{host}}/a?x={{id}}" }).http.url).toBe(
      "https://api.example.com/a?x=42",
    );
  });

  it("reports unresolved names and sends them verbatim where the URL allows", () => {
    const { http, unresolved } = build({ url: "https://{{host}}/a?x={{nope}}" });
    expect(http.url).toBe("https://api.example.com/a?x={{nope}}");
    expect(unresolved).toEqual(["nope"]);
  });

  it("fails with INVALID_URL naming the URL", () => {
    const t = tree();
    const result = buildHttpRequest(
      t.request({ url: "{{missingHost}}/a" }),
      t.ancestors,
      scopes,
      testDeps(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INVALID_URL");
    expect(result.error.message).toContain("http://{{missingHost}}/a");
    expect(result.error.hint).toContain("{{missingHost}}");
  });

  it("rejects schemes other than http and https", () => {
    const t = tree();
    const result = buildHttpRequest(
      t.request({ url: "ftp://x.org" }),
      t.ancestors,
      scopes,
      testDeps(),
    );
    expect(result.ok ? "" : result.error.code).toBe("INVALID_URL");
  });

  it("sends the method as stored (methods are case-sensitive), GET when blank", () => {
    expect(build({ url: "h.io", method: "purge" }).http.method).toBe("purge");
    expect(build({ url: "h.io", method: " " }).http.method).toBe("GET");
  });
});

describe("buildHttpRequest headers and bodies", () => {
  it("sends enabled headers, resolved", () => {
    const { http } = build({
      url: "h.io",
      headers: [kv("X-Id", "{{id}}"), kv("X-Off", "1", false), kv("", "blank")],
    });
    expect(http.headers).toEqual([["X-Id", "42"]]);
  });

  it("resolves a raw body and adds Content-Type by language", () => {
    const cases = [
      ["json", "application/json"],
      ["xml", "application/xml"],
      ["html", "text/html"],
      ["text", "text/plain"],
      ["javascript", "application/javascript"],
    ] as const;
    for (const [language, type] of cases) {
      const { http } = build({
        url: "h.io",
        method: "POST",
        body: body({ mode: "raw", language, raw: '{"id":"{{id}}"}' }),
      });
      expect(http.body).toEqual({ kind: "text", text: '{"id":"42"}' });
      expect(http.headers).toEqual([["Content-Type", type]]);
    }
  });

  it("keeps the user's Content-Type", () => {
    const { http } = build({
      url: "h.io",
      headers: [kv("content-type", "application/vnd.x+json")],
      body: body({ mode: "raw", raw: "{}" }),
    });
    expect(http.headers).toEqual([["content-type", "application/vnd.x+json"]]);
  });

  it("builds urlencoded fields from enabled rows", () => {
    const { http } = build({
      url: "h.io",
      body: body({ mode: "urlencoded", urlencoded: [kv("id", "{{id}}"), kv("off", "x", false)] }),
    });
    expect(http.body).toEqual({ kind: "urlencoded", fields: [["id", "42"]] });
    expect(http.headers).toEqual([["Content-Type", "application/x-www-form-urlencoded"]]);
  });

  it("builds multipart text and file fields without a Content-Type header", () => {
    const { http } = build({
      url: "h.io",
      body: body({
        mode: "formdata",
        formdata: [
          { ...kv("name", "{{id}}"), type: "text" },
          {
            ...kv("upload", ""),
            type: "file",
            fileId: "f1",
            fileName: "a.png",
            contentType: "image/png",
          },
          { ...kv("off", "x", false), type: "text" },
        ],
      }),
    });
    expect(http.body).toEqual({
      kind: "multipart",
      fields: [
        { type: "text", name: "name", value: "42" },
        { type: "file", name: "upload", fileId: "f1", fileName: "a.png", contentType: "image/png" },
      ],
    });
    expect(http.headers).toEqual([]);
  });

  it("passes a binary file through", () => {
    const { http } = build({
      url: "h.io",
      body: body({ mode: "file", file: { fileId: "f2", fileName: "b.bin" } }),
    });
    expect(http.body).toEqual({ kind: "file", fileId: "f2", fileName: "b.bin" });
  });

  it("sends GraphQL as JSON {query, variables}", () => {
    const { http, warnings } = build({
      url: "h.io",
      method: "POST",
      body: body({
        mode: "graphql",
        graphql: {
          query: "query { user(id: {{id}}) { name } }",
          variables: '{"n": "{{id}}x", "id": {{id}}}',
        },
      }),
    });
    expect(warnings).toEqual([]);
    expect(http.headers).toEqual([["Content-Type", "application/json"]]);
    expect(JSON.parse(http.body?.kind === "text" ? http.body.text : "")).toEqual({
      query: "query { user(id: 42) { name } }",
      variables: { n: "42x", id: 42 },
    });
  });

  it("warns on invalid GraphQL variables and sends {}", () => {
    const { http, warnings } = build({
      url: "h.io",
      body: body({ mode: "graphql", graphql: { query: "{a}", variables: "{nope" } }),
    });
    expect(warnings).toHaveLength(1);
    expect(http.body).toEqual({ kind: "text", text: '{"query":"{a}","variables":{}}' });
  });

  it("sends no body for mode none or a disabled body", () => {
    expect(build({ url: "h.io" }).http.body).toBeUndefined();
    expect(
      build({ url: "h.io", body: body({ mode: "raw", raw: "x", disabled: true }) }).http.body,
    ).toBeUndefined();
  });
});

describe("buildHttpRequest auth", () => {
  it("applies inherited folder auth with variables resolved", () => {
    const t = tree(auth("basic", { username: "c" }), [auth("bearer", { token: "{{tok}}" })]);
    const { http } = build({ url: "h.io", headers: [kv("Authorization", "mine")] }, t);
    expect(http.headers).toEqual([["Authorization", "Bearer T0K"]]);
  });

  it("puts an API key in the query", () => {
    const t = tree(auth("apikey", { key: "k", value: "{{id}}", in: "query" }));
    expect(build({ url: "h.io/a?x=1" }, t).http.url).toBe("http://h.io/a?x=1&k=42");
  });

  it("leaves signed types to authorize, handing over their resolved auth", () => {
    const t = tree(auth("oauth1", { consumerKey: "{{id}}" }));
    const { http, warnings, auth: resolved } = build({ url: "h.io" }, t);
    expect(http.headers).toEqual([]);
    expect(warnings).toEqual([]);
    expect(resolved.type).toBe("oauth1");
    expect(resolved.attributes).toContainEqual(
      expect.objectContaining({ key: "consumerKey", value: "42" }),
    );
  });
});
