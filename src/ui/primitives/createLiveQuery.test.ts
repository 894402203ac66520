// liveQuery only runs where a global indexedDB exists: install the fake one first.
import "fake-indexeddb/auto";
import { createEffect, createRoot } from "solid-js";
import { describe, expect, it, vi } from "vitest";
import { makeRequest } from "../../core/factory";
import { makeRepos } from "../../db/repos/index";
import { freshDb, makeTickingDeps } from "../../db/test/helpers";
import { createLiveQuery } from "./createLiveQuery";

/** Waits (by polling the accessor, no fixed sleep) until `ok` holds, then returns the value. */
async function until<T>(read: () => T, ok: (v: T) => boolean): Promise<T> {
  await vi.waitFor(() => expect(ok(read())).toBe(true));
  return read();
}

function setup() {
  const db = freshDb();
  const deps = makeTickingDeps();
  return { db, deps, repos: makeRepos(db, deps) };
}

describe("createLiveQuery", () => {
  it("follows writes without flickering back to the initial value", async () => {
    const { deps, repos } = setup();
    const names = async () => (await repos.tree.listNodes()).map((n) => n.name);
    const seen: string[][] = [];
    const live = createRoot((dispose) => {
      const value = createLiveQuery(names, ["initial"]);
      createEffect(() => seen.push(value()));
      return { value, dispose };
    });
    expect(live.value()).toEqual(["initial"]);
    await until(live.value, (v) => v.length === 0);

    const request = makeRequest(deps, { collectionId: "c", name: "A" });
    await repos.requests.put(request);
    await until(live.value, (v) => v.includes("A"));
    await repos.tree.rename("request", request.id, "B");
    expect(await until(live.value, (v) => v.includes("B"))).toEqual(["B"]);
    expect(seen.slice(1).some((v) => v.includes("initial"))).toBe(false);

    // Once disposed, the accessor stops following; a second live query proves the write landed.
    live.dispose();
    const other = createRoot((dispose) => ({ value: createLiveQuery(names, []), dispose }));
    await repos.tree.rename("request", request.id, "C");
    await until(other.value, (v) => v.includes("C"));
    expect(live.value()).toEqual(["B"]);
    other.dispose();
  });

  it("logs a failing run, keeps the last value and recovers", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { db, repos } = setup();
    const live = createRoot((dispose) => ({
      value: createLiveQuery(async () => {
        const theme = await repos.settings.get("theme", "light");
        if (theme === "broken") throw new Error("boom");
        return theme;
      }, "initial"),
      dispose,
    }));
    await until(live.value, (v) => v === "light");
    await repos.settings.set("theme", "dark");
    await until(live.value, (v) => v === "dark");
    await repos.settings.set("theme", "broken");
    await vi.waitFor(() => expect(log).toHaveBeenCalled());
    expect(live.value()).toBe("dark");
    // It keeps following after a failure.
    await repos.settings.set("theme", "blue");
    await until(live.value, (v) => v === "blue");
    expect(await db.settings.count()).toBe(1);
    live.dispose();
    log.mockRestore();
  });
});
