import { beforeEach, describe, expect, it, vi } from "vitest";
import { authorize } from "../../../core/auth";
import type * as CoreAuth from "../../../core/auth";
import { makeCollection, makeEnvironment, makeRequest } from "../../../core/factory";
import type { Auth } from "../../../core/model";
import { makeTestDeps } from "../../testing/fixtures";
import { makeCodeResolver } from "./resolveForCode";

vi.mock("../../../core/auth", async (original) => ({
  ...(await original<typeof CoreAuth>()),
  authorize: vi.fn(),
}));
const signer = vi.mocked(authorize);

const deps = makeTestDeps();
const env = makeEnvironment(deps, {
  workspaceId: "ws",
  name: "E",
  variables: [
    { key: "baseUrl", value: "https://api.test", type: "default", enabled: true },
    { key: "secretKey", value: "s3cr3t", type: "secret", enabled: true },
  ],
});

function resolver(auth: Auth) {
  const collection = makeCollection(deps, { workspaceId: "ws", name: "C", auth });
  return makeCodeResolver({
    ancestors: async () => ({ collection, folders: [] }),
    deps,
    environment: () => env,
    globals: () => undefined,
  });
}
const request = makeRequest(deps, { collectionId: "c", name: "R", url: "{{baseUrl}}/items" });
const aws: Auth = {
  type: "awsv4",
  attributes: [
    { key: "accessKey", value: "AKID", type: "string" },
    { key: "secretKey", value: "{{secretKey}}", type: "string" },
  ],
};

beforeEach(() => signer.mockReset());

describe("makeCodeResolver and signed auth", () => {
  it("signs the built request with the inherited auth, its variables resolved", async () => {
    signer.mockImplementation(async (http) => ({
      ok: true,
      value: {
        http: { ...http, headers: [["Authorization", "AWS4-HMAC-SHA256 …"]] },
        warnings: [],
      },
    }));
    const out = await resolver(aws)(request, true);
    expect(out).toEqual({
      ok: true,
      http: {
        method: "GET",
        url: "https://api.test/items",
        headers: [["Authorization", "AWS4-HMAC-SHA256 …"]],
      },
    });
    const [http, auth, ctx] = signer.mock.calls[0] ?? [];
    expect(http?.url).toBe("https://api.test/items");
    expect(auth?.attributes).toContainEqual({ key: "secretKey", value: "s3cr3t", type: "string" });
    expect(ctx?.deps).toBe(deps);
  });

  it("passes the signer's warnings on as notes", async () => {
    signer.mockImplementation(async (http) => ({
      ok: true,
      value: { http, warnings: ["Digest needs the server's challenge"] },
    }));
    const out = await resolver({ type: "digest", attributes: [] })(request, true);
    expect(out).toMatchObject({ ok: true, notes: ["Digest needs the server's challenge"] });
  });

  it("still generates when signing fails, and says why", async () => {
    signer.mockResolvedValue({
      ok: false,
      error: { code: "AUTH_FAILED", message: "awsv4 auth failed: no region" },
    });
    const out = await resolver(aws)(request, true);
    expect(out).toEqual({
      ok: true,
      http: { method: "GET", url: "https://api.test/items", headers: [] },
      notes: ["The code has no AWS Signature auth: awsv4 auth failed: no region"],
    });
  });

  it("names a type Satchel cannot sign without calling the signer", async () => {
    const out = await resolver({ type: "asap", attributes: [] })(request, true);
    expect(out).toMatchObject({ ok: true, notes: [expect.stringContaining("cannot sign")] });
    expect(signer).not.toHaveBeenCalled();
  });

  it("leaves simple auth to the build and notes signed auth in template code", async () => {
    const bearer: Auth = { type: "bearer", attributes: [{ key: "token", value: "t" }] };
    expect(await resolver(bearer)(request, true)).not.toHaveProperty("notes");
    const out = await resolver(aws)(request, false);
    expect(out).toMatchObject({
      ok: true,
      http: { url: "{{baseUrl}}/items" },
      notes: [expect.stringContaining('turn on "Resolve variables"')],
    });
    expect(signer).not.toHaveBeenCalled();
  });
});
