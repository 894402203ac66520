import { describe, expect, it } from "vitest";
import { DEFAULT_APP_URL, parseAuth, readOptions } from "./options";

const from = (attrs: Record<string, string>) => readOptions((name) => attrs[name] ?? null);

describe("readOptions", () => {
  it("reads a spec panel with every option", () => {
    const options = from({
      "spec-url": "/openapi.yaml",
      operation: "GET /pets/{id}",
      server: "1",
      "proxy-url": "https://proxy.example",
      agent: "",
      auth: '{"api_key":"k","basic":{"username":"ada","password":"pw","x":1}}',
      theme: "dark",
      hide: "code open bogus",
      compact: "",
      "app-url": "/",
    });
    expect(options).toEqual({
      source: { kind: "spec", operation: "GET /pets/{id}", url: "/openapi.yaml" },
      server: "1",
      proxyUrl: "https://proxy.example",
      agent: true,
      auth: { api_key: { value: "k" }, basic: { username: "ada", password: "pw" } },
      theme: "dark",
      hide: new Set(["code", "open"]),
      compact: true,
      appUrl: "/",
    });
  });

  it("defaults: auto theme, no agent, the public app, inline sources", () => {
    const curl = from({ curl: "curl https://x.example" });
    expect(curl.source).toEqual({ kind: "curl", command: "curl https://x.example" });
    expect(curl.theme).toBe("auto");
    expect(curl.agent).toBe(false);
    expect(curl.appUrl).toBe(DEFAULT_APP_URL);
    expect(from({ request: "{}" }).source.kind).toBe("postman");
    expect(from({}).source.kind).toBe("none");
    expect(from({ agent: "false" }).agent).toBe(false);
  });

  it("ignores preset auth that is not a JSON object, and __proto__", () => {
    expect(parseAuth("nope")).toEqual({});
    expect(parseAuth("[1]")).toEqual({});
    expect(parseAuth('{"__proto__":{"value":"x"}}')).toEqual({});
  });
});
