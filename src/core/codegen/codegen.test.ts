import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { makeCollection, makeRequest } from "../factory";
import type { HttpRequest } from "../http/transport";
import { dartHttp } from "./dart";
import { toHarRequest } from "./har";
import { maskVariables } from "./mask";
import { rustReqwest } from "./rust";
import { templateHttpRequest } from "./template";

const deps: Deps = { clock: makeFixedClock(1), random: makeSeededRandom(2) };

describe("templateHttpRequest", () => {
  it("applies params and inherited bearer auth but leaves variables in place", () => {
    const collection = makeCollection(deps, {
      workspaceId: "ws",
      name: "C",
      auth: { type: "bearer", attributes: [{ key: "token", value: "{{token}}" }] },
    });
    const request = makeRequest(deps, {
      collectionId: collection.id,
      name: "R",
      method: "post",
      url: "{{baseUrl}}/items",
      params: [{ key: "q", value: "{{term}}", enabled: true }],
      body: {
        ...makeRequest(deps, { collectionId: "", name: "" }).body,
        mode: "raw",
        raw: "{}",
        language: "json",
      },
    });
    const http = templateHttpRequest(request, { collection, folders: [] });
    expect(http.method).toBe("POST");
    expect(http.url).toBe("{{baseUrl}}/items?q={{term}}");
    expect(http.headers).toContainEqual(["Authorization", "Bearer {{token}}"]);
    expect(http.headers).toContainEqual(["Content-Type", "application/json"]);
    expect(http.body).toEqual({ kind: "text", text: "{}" });
  });
});

describe("maskVariables", () => {
  it("masks tokens everywhere and restores them, scheme included", () => {
    const m = maskVariables({
      method: "GET",
      url: "{{host}}/a",
      headers: [["X-Key", "{{key}}"]],
      body: { kind: "text", text: '{"k":"{{key}}"}' },
    });
    expect(JSON.stringify(m.http)).not.toContain("{{");
    expect(m.http.url).toMatch(/^http:\/\/zzsatchelvar0zz\/a$/);
    expect(m.unmask(`curl ${m.http.url} -H ${m.http.headers[0]?.[1] ?? ""}`)).toBe(
      "curl {{host}}/a -H {{key}}",
    );
  });
});

const multipart: HttpRequest = {
  method: "PURGE",
  url: "https://e.test/$x",
  headers: [["X-Q", 'say "hi"\n']],
  body: {
    kind: "multipart",
    fields: [
      { type: "text", name: "a", value: "1" },
      { type: "file", name: "f", fileName: "photo.png", contentType: "image/png" },
    ],
  },
};

describe("own generators", () => {
  it("Rust: custom methods, escapes and multipart", () => {
    const code = rustReqwest(multipart);
    expect(code).toContain('reqwest::Method::from_bytes("PURGE".as_bytes())');
    expect(code).toContain('.header("X-Q", "say \\"hi\\"\\n")');
    expect(code).toContain('.text("a", "1").file("f", "photo.png")?');
    expect(code).toContain('features = ["blocking", "multipart"]');
  });

  it("Dart: escapes $ and writes multipart files", () => {
    const code = dartHttp(multipart);
    expect(code).toContain('Uri.parse("https://e.test/\\$x")');
    expect(code).toContain("http.MultipartRequest(");
    expect(code).toContain('http.MultipartFile.fromPath("f", "photo.png")');
  });

  it("HAR: multipart fields as params and no fixed Content-Type", () => {
    const har = toHarRequest({
      ...multipart,
      headers: [["Content-Type", "multipart/form-data; boundary=x"]],
    });
    expect(har.headers).toEqual([]);
    expect(har.postData?.params?.[1]).toEqual({
      name: "f",
      fileName: "photo.png",
      contentType: "image/png",
    });
  });
});
