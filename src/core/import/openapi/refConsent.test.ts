import { describe, expect, it } from "vitest";
import type { RefScope } from "./refConsent";
import { describeScope, judgeRef, listExternalRefs, mayLoad, suggestedScopes } from "./refConsent";

const BASE = "https://x.test/api/v1/openapi.yaml";
const folder: RefScope = {
  key: "https://x.test/api/v1/",
  kind: "folder",
  origin: "https://x.test",
};
const above: RefScope = { key: "https://x.test/", kind: "origin", origin: "https://x.test" };
const cdn: RefScope = { key: "https://cdn.test/", kind: "other", origin: "https://cdn.test" };

describe("judgeRef", () => {
  it("puts the spec's folder, the rest of its origin and other origins in separate scopes", () => {
    expect(judgeRef("https://x.test/api/v1/schemas/pet.yaml", BASE)).toEqual({
      kind: "scoped",
      url: "https://x.test/api/v1/schemas/pet.yaml",
      scope: folder,
    });
    expect(judgeRef("https://x.test/api/common.yaml", BASE)).toMatchObject({ scope: above });
    expect(judgeRef("https://x.test/other-owner/x.yaml", BASE)).toMatchObject({ scope: above });
    expect(judgeRef("https://cdn.test/api/v1/s.yaml", BASE)).toMatchObject({ scope: cdn });
    expect(judgeRef("http://x.test/api/v1/s.yaml", BASE)).toMatchObject({
      scope: { key: "http://x.test/", kind: "other" },
    });
    expect(judgeRef("https://x.test:8443/api/v1/s.yaml", BASE)).toMatchObject({
      scope: { kind: "other", origin: "https://x.test:8443" },
    });
  });

  it("judges a path as the browser will fetch it: encoded dots and backslashes climb out", () => {
    expect(judgeRef("https://x.test/api/v1/%2e%2e/%2E%2E/admin.yaml", BASE)).toEqual({
      kind: "scoped",
      url: "https://x.test/admin.yaml",
      scope: above,
    });
    expect(judgeRef("https://x.test/api/v1/..\\..\\admin.yaml", BASE)).toMatchObject({
      url: "https://x.test/admin.yaml",
      scope: above,
    });
    // A folder named like the spec's, but not it.
    expect(judgeRef("https://x.test/api/v10/s.yaml", BASE)).toMatchObject({ scope: above });
  });

  it("refuses link-local and metadata addresses, and anything but http(s)", () => {
    const refused = (location: string) => {
      const v = judgeRef(location, BASE);
      return v.kind === "refused" ? v.reason : `not refused: ${JSON.stringify(v)}`;
    };
    expect(refused("http://169.254.169.254/latest/meta-data/")).toMatch(/link-local/);
    expect(refused("http://metadata.google.internal/computeMetadata/v1/")).toMatch(/metadata/);
    expect(refused("http://[fd00:ec2::254]/")).toMatch(/fd00::\/8/);
    expect(refused("file:///etc/passwd")).toBe(
      "only http and https references are loaded, not file:",
    );
    expect(refused("data:text/yaml,a: 1")).toMatch(/not data:/);
  });

  it("says chosen files are local: they need no consent", () => {
    expect(judgeRef("../common.yaml", "api/openapi.yaml")).toEqual({ kind: "local" });
    expect(mayLoad({ kind: "local" }, [])).toBe(true);
  });

  it("loads a scoped document only when its scope is allowed, a refused one never", () => {
    const pet = judgeRef("https://x.test/api/v1/pet.yaml", BASE);
    const meta = judgeRef("http://169.254.169.254/", BASE);
    expect([mayLoad(pet, []), mayLoad(pet, [above.key]), mayLoad(pet, [folder.key])]).toEqual([
      false,
      false,
      true,
    ]);
    expect(mayLoad(meta, [folder.key, above.key, "http://169.254.169.254/"])).toBe(false);
  });
});

describe("listExternalRefs", () => {
  const spec = {
    openapi: "3.0.0",
    paths: {
      "/pets": {
        post: { requestBody: { $ref: "schemas/pet.yaml#/Body" } },
        get: { responses: { 200: { $ref: "./schemas/pet.yaml#/Ok" } } },
      },
      "/a": { $ref: "../common.yaml#/paths/a" },
      "/b": { $ref: "https://cdn.test/shared.yaml#/paths/b" },
      "/c": { $ref: "http://169.254.169.254/latest/meta-data/iam#/x" },
      "/d": { $ref: "#/components/pathItems/D" },
      "/e": { $ref: "openapi.yaml#/components/pathItems/D" },
    },
  };

  it("lists each referenced document once, with its scope, in document order", () => {
    expect(listExternalRefs(spec, BASE)).toEqual([
      {
        location: "https://x.test/api/v1/schemas/pet.yaml",
        scope: folder,
        status: "waiting",
        reason: "not loaded until you allow https://x.test/api/v1/ (the spec's folder)",
      },
      {
        location: "https://x.test/api/common.yaml",
        scope: above,
        status: "waiting",
        reason: "not loaded until you allow https://x.test (outside the spec's folder)",
      },
      {
        location: "https://cdn.test/shared.yaml",
        scope: cdn,
        status: "waiting",
        reason: "not loaded until you allow https://cdn.test (another origin)",
      },
      {
        location: "http://169.254.169.254/latest/meta-data/iam",
        status: "refused",
        reason: expect.stringMatching(/^169\.254\.169\.254 is a link-local address/),
      },
    ]);
  });

  it("suggests the spec's folder only", () => {
    expect(suggestedScopes(listExternalRefs(spec, BASE))).toEqual([folder.key]);
    expect(describeScope(cdn)).toBe("https://cdn.test (another origin)");
  });
});
