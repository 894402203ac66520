import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { makeCollection, makeEnvironment, makeFolder, makeRequest } from "../factory";
import type { Variable } from "../model";
import { exportPostmanCollection } from "./postman";
import {
  authWithoutSecrets,
  environmentWithoutSecrets,
  globalsWithoutSecrets,
  withoutSecrets,
} from "./secrets";

const deps: Deps = { clock: makeFixedClock(1), random: makeSeededRandom(3) };
const v = (key: string, value: string, type: Variable["type"]): Variable => ({
  key,
  value,
  type,
  enabled: true,
});

function tree() {
  const collection = makeCollection(deps, {
    workspaceId: "ws",
    name: "C",
    variables: [v("host", "example.com", "default"), v("apiKey", "k-123", "secret")],
    auth: {
      type: "apikey",
      attributes: [
        { key: "key", value: "X-Api-Key" },
        { key: "value", value: "s3cret" },
        { key: "in", value: "header" },
      ],
    },
  });
  const folder = makeFolder(deps, {
    collectionId: collection.id,
    name: "F",
    auth: { type: "oauth2", attributes: [{ key: "accessToken", value: "at" }] },
  });
  const request = makeRequest(deps, {
    collectionId: collection.id,
    parentId: folder.id,
    name: "R",
    auth: {
      type: "basic",
      attributes: [
        { key: "username", value: "ann" },
        { key: "password", value: "pw" },
      ],
    },
  });
  return { collection, folders: [folder], requests: [request] };
}

describe("withoutSecrets", () => {
  it("blanks secret variables and credential auth values at every level", () => {
    const input = tree();
    const out = withoutSecrets(input);
    expect(out.collection.variables.map((x) => x.value)).toEqual(["example.com", ""]);
    expect(out.collection.auth.attributes.map((a) => a.value)).toEqual(["X-Api-Key", "", "header"]);
    expect(out.folders[0]?.auth.attributes[0]?.value).toBe("");
    // Every auth attribute is blanked, not only the ones named like a credential.
    expect(out.requests[0]?.auth.attributes).toEqual([
      { key: "username", value: "" },
      { key: "password", value: "" },
    ]);
    // the input is left alone
    expect(input.requests[0]?.auth.attributes[1]?.value).toBe("pw");
  });

  it("leaves no secret in the exported Postman JSON", () => {
    const json = JSON.stringify(exportPostmanCollection(withoutSecrets(tree())));
    for (const secret of ["k-123", "s3cret", '"at"', '"pw"', "ann"]) {
      expect(json).not.toContain(secret);
    }
    expect(json).toContain("example.com");
    // apikey auth keeps where its key goes (a name, like a header's), not the key itself.
    expect(json).toContain("X-Api-Key");
  });

  it("keeps bearer token keys but not their values", () => {
    const auth = authWithoutSecrets({ type: "bearer", attributes: [{ key: "token", value: "t" }] });
    expect(auth.attributes).toEqual([{ key: "token", value: "" }]);
  });

  it("blanks secret variables of environments and globals", () => {
    const env = makeEnvironment(deps, {
      workspaceId: "ws",
      name: "E",
      variables: [v("a", "1", "default"), v("b", "2", "secret")],
    });
    expect(environmentWithoutSecrets(env).variables.map((x) => x.value)).toEqual(["1", ""]);
    const globals = { ...env, variables: [v("g", "x", "secret")] };
    expect(globalsWithoutSecrets(globals).variables[0]?.value).toBe("");
  });
});
