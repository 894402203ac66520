import { describe, expect, it } from "vitest";
import { CODE_LANGUAGES } from "../../../core/codegen/languages";
import type { HttpRequest } from "../../../core/http/transport";
import { generateCode } from "./generateCode";

const post: HttpRequest = {
  method: "POST",
  url: "https://api.example.com/items?page=2",
  headers: [
    ["Content-Type", "application/json"],
    ["X-Trace", "abc"],
  ],
  body: { kind: "text", text: '{"name":"pen"}' },
};

describe("generateCode", () => {
  for (const language of CODE_LANGUAGES) {
    it(`${language.label}: has the URL's host, the header and the body`, async () => {
      const code = await generateCode(language.id, post);
      expect(code).toContain("api.example.com");
      expect(code).toContain("X-Trace");
      expect(code).toMatch(/pen/);
    });
  }

  it("Python requests uses the requests module", async () => {
    const code = await generateCode("python-requests", post);
    expect(code).toContain("import requests");
    expect(code).toContain("requests.post(");
  });

  it("keeps {{variables}} as placeholders, including a variable host", async () => {
    const http: HttpRequest = {
      method: "GET",
      url: "{{baseUrl}}/users/{{id}}",
      headers: [["Authorization", "Bearer {{token}}"]],
    };
    for (const id of ["curl", "python-requests", "go", "rust", "dart"]) {
      const code = await generateCode(id, http);
      expect(code, id).toContain("{{baseUrl}}/users/{{id}}");
      expect(code, id).toContain("Bearer {{token}}");
      expect(code, id).not.toContain("zzsatchelvar");
    }
  });

  it("writes form fields for urlencoded bodies", async () => {
    const http: HttpRequest = {
      method: "POST",
      url: "https://e.test/login",
      headers: [["Content-Type", "application/x-www-form-urlencoded"]],
      body: { kind: "urlencoded", fields: [["user", "ann"]] },
    };
    expect(await generateCode("curl", http)).toContain("user=ann");
    expect(await generateCode("rust", http)).toContain('.form(&[("user", "ann")])');
    expect(await generateCode("dart", http)).toContain('"user": "ann"');
  });
});
