import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeCollection, makeEnvironment, makeRequest } from "../../../core/factory";
import type { Auth } from "../../../core/model";
import { makeTestDeps } from "../../testing/fixtures";
import { setAttribute, switchAuthType } from "../request/auth/authValues";
import { makeCodeResolver } from "./resolveForCode";

const deps = makeTestDeps();
const env = makeEnvironment(deps, {
  workspaceId: "ws",
  name: "E",
  variables: [{ key: "jwtSecret", value: "s3cr3t", type: "secret", enabled: true }],
});

/** Auth as the Auth tab writes it: pick the type, then fill its fields. */
function edited(type: Auth["type"], values: Record<string, string | boolean>): Auth {
  let auth = switchAuthType({ type: "noauth", attributes: [] }, type);
  for (const [key, value] of Object.entries(values)) auth = setAttribute(auth, key, value);
  return auth;
}

function resolve(auth: Auth) {
  const collection = makeCollection(deps, { workspaceId: "ws", name: "C" });
  const request = makeRequest(deps, {
    collectionId: collection.id,
    name: "R",
    url: "https://api.test/items",
    auth,
  });
  const resolver = makeCodeResolver({
    ancestors: async () => ({ collection, folders: [] }),
    deps,
    environment: () => env,
    globals: () => undefined,
  });
  return resolver(request, true);
}

const b64url = (text: string) => Buffer.from(text).toString("base64url");

describe("code for auth the Auth tab edited, signed by the real scheme", () => {
  it("JWT bearer: the token signed with the resolved secret, in the header", async () => {
    const out = await resolve(edited("jwt", { secret: "{{jwtSecret}}", payload: '{"sub":"1"}' }));
    if (!out.ok) throw new Error(out.message);
    const header = out.http.headers.find(([k]) => k === "Authorization")?.[1] ?? "";
    const token = header.replace(/^Bearer /, "");
    const [head, body, signature] = token.split(".");
    expect(JSON.parse(Buffer.from(head ?? "", "base64url").toString())).toMatchObject({
      alg: "HS256",
    });
    expect(body).toBe(b64url('{"sub":"1"}'));
    const expected = createHmac("sha256", "s3cr3t").update(`${head}.${body}`).digest("base64url");
    expect(signature).toBe(expected);
    expect(out.notes).toBeUndefined();
  });

  it("JWT bearer in the query param the tab names", async () => {
    const auth = edited("jwt", {
      secret: "k",
      addTokenTo: "queryParam",
      queryParamKey: "access",
    });
    const out = await resolve(auth);
    expect(out.ok && out.http.url).toMatch(
      /^https:\/\/api\.test\/items\?access=[\w-]+\.[\w-]+\.[\w-]+$/,
    );
  });

  it("a signer's refusal still gives code, with a note", async () => {
    const out = await resolve(edited("edgegrid", { accessToken: "a" }));
    expect(out.ok).toBe(true);
    expect(out.ok && out.http.headers).toEqual([]);
    expect(out.ok && out.notes?.[0]).toMatch(/^The code has no Akamai EdgeGrid auth: /);
  });
});
