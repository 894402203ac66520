import { describe, expect, it } from "vitest";
import { makeEnvironment } from "../../core/factory";
import { setup, storeTree } from "../test/helpers";

describe("collections, folders, requests", () => {
  it("lists in sort order and per collection", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    expect((await repos.collections.list()).map((c) => c.name)).toEqual(["API", "Other"]);
    expect((await repos.folders.listByCollection(fx.api.id)).map((f) => f.name)).toEqual([
      "Admins",
      "Users",
    ]);
    expect((await repos.requests.listByCollection(fx.api.id)).map((r) => r.name)).toEqual([
      "List admins",
      "Get user",
      "Health",
    ]);
    expect(await repos.requests.listByCollection(fx.other.id)).toEqual([]);
    expect((await repos.folders.list()).map((f) => f.name).sort()).toEqual(["Admins", "Users"]);
  });

  it("put stamps updatedAt and the schema version", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    await repos.requests.put({ ...fx.health, url: "https://x.test", schemaVersion: 0 });
    const stored = await repos.requests.get(fx.health.id);
    expect(stored?.url).toBe("https://x.test");
    expect(stored?.schemaVersion).toBe(1);
    expect(stored!.updatedAt).toBeGreaterThan(fx.health.updatedAt);
    await repos.collections.put({ ...fx.other, name: "Renamed" });
    expect((await repos.collections.get(fx.other.id))?.name).toBe("Renamed");
    await repos.folders.put({ ...fx.users, name: "People" });
    expect((await repos.folders.get(fx.users.id))?.name).toBe("People");
  });
});

describe("environments", () => {
  it("puts, lists by name, gets and removes", async () => {
    const { deps, repos } = setup();
    const b = makeEnvironment(deps, { workspaceId: "ws", name: "Beta" });
    const a = makeEnvironment(deps, { workspaceId: "ws", name: "Alpha" });
    await repos.environments.put(b);
    await repos.environments.put(a);
    expect((await repos.environments.list()).map((e) => e.name)).toEqual(["Alpha", "Beta"]);
    expect((await repos.environments.get(a.id))?.name).toBe("Alpha");
    await repos.environments.remove(a.id);
    expect(await repos.environments.get(a.id)).toBeUndefined();
  });
});

describe("settings and files", () => {
  it("returns the fallback until a value is set", async () => {
    const { repos } = setup();
    expect(await repos.settings.get("theme", "light")).toBe("light");
    await repos.settings.set("theme", { mode: "dark" });
    expect(await repos.settings.get("theme", "light")).toEqual({ mode: "dark" });
  });

  it("stores a blob under a new id", async () => {
    const { repos } = setup();
    const id = await repos.files.put({ name: "a.txt", type: "text/plain", blob: new Blob(["hi"]) });
    const stored = await repos.files.get(id);
    expect(stored).toMatchObject({ id, name: "a.txt", type: "text/plain" });
    expect(await stored?.blob.text()).toBe("hi");
  });
});
