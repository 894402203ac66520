import { describe, expect, it } from "vitest";
import { applySecurity } from "./applySecurity";
import { findOperation } from "./findOperation";
import { spec30, spec31, swagger20 } from "./test/specs";
import type { TryItOperation } from "./types";

const find = (doc: unknown, selector: string): TryItOperation => {
  const r = findOperation(doc, selector);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("security plan", () => {
  it("inherits the document's requirement", () => {
    const plan = find(spec30, "getItem").security;
    expect(plan.optional).toBe(false);
    expect(plan.chosen).toBe(0);
    expect(plan.alternatives[0]?.inputs).toEqual([
      { scheme: "keyHeader", kind: "apiKey", in: "header", name: "X-Api-Key" },
    ]);
  });

  it("an empty operation list means no auth", () => {
    expect(find(spec30, "listPublic").security).toEqual({
      alternatives: [],
      optional: true,
      problems: [],
    });
  });

  it("skips an unsatisfiable alternative and notes an empty one", () => {
    const plan = find(spec30, "secure").security;
    expect(plan.chosen).toBe(1);
    expect(plan.optional).toBe(true);
    expect(plan.problems).toEqual([
      'Security scheme "digest" uses HTTP "digest", which a try-it panel cannot send.',
    ]);
    const [oauth, cookie] = plan.alternatives[1]?.inputs ?? [];
    expect(oauth).toEqual({
      scheme: "oauth",
      kind: "oauth2",
      scopes: ["read"],
      flows: [
        {
          type: "authorizationCode",
          authorizationUrl: "https://auth.test/authorize",
          tokenUrl: "https://auth.test/token",
          scopes: { read: "Read things", write: "Write things" },
          pkce: true,
        },
        {
          type: "clientCredentials",
          tokenUrl: "https://auth.test/token",
          scopes: { read: "Read" },
          pkce: false,
        },
      ],
    });
    expect(cookie).toMatchObject({ kind: "apiKey", in: "cookie", name: "token" });
  });

  it("describes basic, bearer with its format, and OpenID Connect", () => {
    const inputs = find(spec30, "allAuth").security.alternatives[0]?.inputs ?? [];
    expect(inputs.map((i) => i.kind)).toEqual(["apiKey", "apiKey", "apiKey", "basic", "bearer"]);
    expect(inputs[4]).toMatchObject({ bearerFormat: "JWT" });
    const oidc = find(spec31, "getThing").security.alternatives[0]?.inputs[0];
    expect(oidc).toMatchObject({ kind: "openIdConnect", scopes: ["openid"] });
  });

  it("reads Swagger 2.0 schemes and flows", () => {
    expect(find(swagger20, "addPet").security.alternatives[0]?.inputs[0]?.kind).toBe("basic");
    const [code, app] = find(swagger20, "lists").security.alternatives.map((a) => a.inputs[0]);
    expect(code).toMatchObject({
      kind: "oauth2",
      flows: [{ type: "authorizationCode", pkce: true }],
    });
    expect(app).toMatchObject({
      flows: [{ type: "clientCredentials", tokenUrl: "https://two.test/token" }],
    });
  });

  it("names a scheme nobody declared", () => {
    const doc = { ...spec30, security: [{ nope: [] }] };
    const plan = find(doc, "getItem").security;
    expect(plan.chosen).toBeUndefined();
    expect(plan.problems).toEqual(['No security scheme "nope" is declared.']);
  });
});

describe("applying credentials", () => {
  const inputs = find(spec30, "allAuth").security.alternatives[0]?.inputs ?? [];
  const request = {
    method: "GET",
    url: "https://a.test/x?q=1",
    headers: [["Cookie", "a=b"]] as [string, string][],
  };

  it("puts every kind where its scheme says", () => {
    const out = applySecurity(request, inputs, {
      keyHeader: { value: "h-key" },
      keyQuery: { value: "q key&" },
      keyCookie: { value: "c;key" },
      basic: { username: "ann", password: "pässword" },
      bearer: { value: "tok" },
    });
    expect(out.url).toBe("https://a.test/x?q=1&api_key=q%20key%26");
    expect(out.headers).toEqual([
      ["Cookie", "a=b; token=c%3Bkey"],
      ["X-Api-Key", "h-key"],
      // Bearer replaces Basic: both set Authorization, the later scheme wins.
      ["Authorization", "Bearer tok"],
    ]);
  });

  it("encodes Basic credentials as UTF-8 base64", () => {
    const basic = inputs.filter((i) => i.kind === "basic");
    const out = applySecurity(request, basic, { basic: { username: "ann", password: "pässword" } });
    expect(out.headers).toContainEqual(["Authorization", "Basic YW5uOnDDpHNzd29yZA=="]);
  });

  it("sends an OAuth 2.0 access token as Bearer", () => {
    const oauth = find(spec30, "secure").security.alternatives[1]?.inputs ?? [];
    const out = applySecurity({ method: "GET", url: "https://a.test", headers: [] }, oauth, {
      oauth: { value: "at-1" },
    });
    expect(out.headers).toEqual([["Authorization", "Bearer at-1"]]);
  });

  it("skips schemes left empty", () => {
    const out = applySecurity(request, inputs, { keyHeader: { value: "" }, basic: {} });
    expect(out).toEqual(request);
  });
});
