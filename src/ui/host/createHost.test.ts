// @vitest-environment jsdom
// The app's wiring over real repositories (fake-indexeddb, a fresh database per test): Send from
// the active tab takes the draft with the stored row's place, so a move a moment ago decides the
// folders whose scripts run.
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeSandbox, fakeTransport } from "../../core/pipeline/test/fakes";
import { makeRepos } from "../../db/repos/index";
import { freshDb, makeTickingDeps, storeTree } from "../../db/test/helpers";
import { onceQuery, resetOnceQueries } from "../testing/onceQuery";
import { createHost } from "./createHost";

const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  resetOnceQueries();
});

describe("a move while a draft is unsaved", () => {
  it("merges: the draft keeps its edits, the stored place wins, Send runs the new folder's scripts", async () => {
    const db = freshDb();
    const deps = makeTickingDeps();
    const repos = makeRepos(db, deps);
    const fx = await storeTree(db, deps);
    await repos.folders.put({ ...fx.admins, scripts: { prerequest: "admins script", test: "" } });
    const sandbox = fakeSandbox({});
    const app = createRoot((dispose) => {
      disposers.push(dispose);
      return createHost(repos, deps, onceQuery, {
        transport: fakeTransport(),
        sandbox: () => sandbox,
      });
    });
    await app.tabs.open(fx.health.id);
    app.tabs.setDraft(fx.health.id, { ...app.tabs.active()!.draft, url: "https://edited.test" });
    // Dragged into "Admins"; Send follows at once, before any live query has run again.
    await repos.tree.move("request", fx.health.id, {
      collectionId: fx.api.id,
      parentId: fx.admins.id,
      sort: 5,
    });
    app.send.sendActive();
    await vi.waitFor(() => expect(app.send.store.run(fx.health.id).state.kind).toBe("done"));
    const prerequest = sandbox.calls.find((c) => c.kind === "prerequest");
    expect(prerequest?.locations.some((l) => l.includes("Admins"))).toBe(true);

    expect(await app.tabs.save(fx.health.id)).toBe("saved");
    expect(await repos.requests.get(fx.health.id)).toMatchObject({
      url: "https://edited.test",
      parentId: fx.admins.id,
      sort: 5,
    });
  });
});
