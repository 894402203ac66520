import { describe, expect, it } from "vitest";
import { makeDemoBundle } from "./demo";
import { makeFixedClock, makeSeededRandom } from "./clock";
import { restoreBundle } from "./import/restore/index";
import { buildHttpRequest } from "./http/buildRequest";
import { makeScopes } from "./variables/scopes";

const deps = () => ({ clock: makeFixedClock(1_700_000_000_000), random: makeSeededRandom(2) });

describe("makeDemoBundle", () => {
  const bundle = makeDemoBundle(deps(), "ws1", "http://localhost:4173/");
  const [collection] = bundle.collections;
  const [environment] = bundle.environments;

  it("creates the demo collection, environment and folder with consistent ids", () => {
    expect(collection?.name).toBe("Satchel demo");
    expect(collection?.workspaceId).toBe("ws1");
    expect(environment?.name).toBe("Demo");
    expect(environment?.variables).toContainEqual(
      expect.objectContaining({ key: "baseUrl", value: "http://localhost:4173/echo" }),
    );
    expect(collection?.variables).toContainEqual(
      expect.objectContaining({ key: "baseUrl", value: "http://localhost:4173/echo" }),
    );
    expect(bundle.folders.map((f) => f.name)).toEqual(["Auth examples"]);
    const ids = new Set([
      collection?.id,
      ...bundle.folders.map((f) => f.id),
      ...bundle.requests.map((r) => r.id),
    ]);
    expect(ids.size).toBe(1 + bundle.folders.length + bundle.requests.length);
    for (const r of bundle.requests) expect(r.collectionId).toBe(collection?.id);
  });

  it("has passed through restoreBundle: restoring it again changes nothing", () => {
    expect(restoreBundle(bundle, deps())).toEqual({ ok: true, value: { bundle, warnings: [] } });
  });

  it("builds every request against the echo endpoint", () => {
    if (!collection || !environment) throw new Error("missing demo parts");
    const scopes = makeScopes({
      environment: environment.variables,
      collection: collection.variables,
    });
    const built = bundle.requests.map((request) => {
      const folders = bundle.folders.filter((f) => f.id === request.parentId);
      const result = buildHttpRequest(request, { collection, folders }, scopes, deps());
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.unresolved).toEqual([]);
      return result.value.http;
    });
    for (const http of built) expect(http.url.startsWith("http://localhost:4173/echo/")).toBe(true);
    const byUrl = (suffix: string) => built.find((h) => h.url.endsWith(suffix));
    expect(byUrl("/get?page=1&search=satchel")?.method).toBe("GET");
    const post = byUrl("/post");
    expect(post?.body?.kind === "text" && JSON.parse(post.body.text).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(byUrl("/form")?.body).toEqual({
      kind: "urlencoded",
      fields: [
        ["name", "ada"],
        ["language", "en"],
      ],
    });
    expect(byUrl("/headers")?.headers).toContainEqual(["X-User", "ada"]);
    expect(byUrl("/bearer")?.headers).toContainEqual(["Authorization", "Bearer demo-token-123"]);
  });
});
