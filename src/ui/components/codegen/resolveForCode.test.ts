import { describe, expect, it } from "vitest";
import { makeCollection, makeEnvironment, makeRequest } from "../../../core/factory";
import { makeTestDeps } from "../../testing/fixtures";
import { makeCodeResolver } from "./resolveForCode";

const deps = makeTestDeps();
const collection = makeCollection(deps, {
  workspaceId: "ws",
  name: "C",
  variables: [{ key: "path", value: "users", type: "default", enabled: true }],
  auth: { type: "bearer", attributes: [{ key: "token", value: "{{token}}" }] },
});
const request = makeRequest(deps, {
  collectionId: collection.id,
  name: "R",
  url: "{{baseUrl}}/{{path}}",
});
const env = makeEnvironment(deps, {
  workspaceId: "ws",
  name: "E",
  variables: [
    { key: "baseUrl", value: "https://api.test", type: "default", enabled: true },
    { key: "token", value: "t1", type: "secret", enabled: true },
  ],
});

function resolver(environment = env) {
  return makeCodeResolver({
    ancestors: async () => ({ collection, folders: [] }),
    deps,
    environment: () => environment,
    globals: () => undefined,
  });
}

describe("makeCodeResolver", () => {
  it("resolves with the environment and the request's collection, auth inherited", async () => {
    const out = await resolver()(request, true);
    expect(out).toEqual({
      ok: true,
      http: {
        method: "GET",
        url: "https://api.test/users",
        headers: [["Authorization", "Bearer t1"]],
      },
    });
  });

  it("leaves variables as placeholders when not resolving", async () => {
    const out = await resolver()(request, false);
    expect(out.ok && out.http.url).toBe("{{baseUrl}}/{{path}}");
    expect(out.ok && out.http.headers).toEqual([["Authorization", "Bearer {{token}}"]]);
  });

  it("reports an unresolvable URL", async () => {
    const out = await resolver({ ...env, variables: [] })(request, true);
    expect(out.ok).toBe(false);
  });
});
