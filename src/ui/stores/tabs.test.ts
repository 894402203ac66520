import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import { createTabsStore } from "./tabs";
import { OPEN_TABS_KEY } from "./tabTypes";

let dispose: () => void = () => {};
afterEach(() => dispose());

function setup(now = 5_000) {
  const deps = makeTestDeps(now);
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  const notify = vi.fn(() => 0);
  const tabs = createRoot((d) => {
    dispose = d;
    return createTabsStore({ repos: fake.repos, deps, notify });
  });
  return { deps, fx, fake, tabs, notify };
}

describe("tabs store", () => {
  it("opens a request once, activates it, and is clean until the draft changes", async () => {
    const { fx, tabs } = setup();
    await tabs.open(fx.getUsers.id);
    await tabs.open(fx.getUsers.id);
    expect(tabs.tabs()).toHaveLength(1);
    const tab = tabs.active()!;
    expect(tab.id).toBe(fx.getUsers.id);
    expect(tabs.isDirty(tab)).toBe(false);
    tabs.setDraft(tab.id, { ...tab.draft, headers: [{ key: "A", value: "1", enabled: true }] });
    expect(tabs.isDirty(tabs.active()!)).toBe(true);
    tabs.setDraft(tab.id, { ...tabs.active()!.draft, headers: [] });
    expect(tabs.isDirty(tabs.active()!)).toBe(false);
    // A key the editor drops must disappear from the draft (no store merge).
    tabs.setDraft(tab.id, { ...tabs.active()!.draft, extra: { x: 1 } });
    const { extra: _extra, ...withoutExtra } = tabs.active()!.draft;
    tabs.setDraft(tab.id, withoutExtra);
    expect("extra" in tabs.active()!.draft).toBe(false);
    expect(tabs.isDirty(tabs.active()!)).toBe(false);
  });

  it("closes a clean tab at once and activates its neighbour", async () => {
    const { fx, tabs } = setup();
    await tabs.open(fx.getUsers.id);
    await tabs.open(fx.health.id);
    expect(tabs.requestClose(fx.health.id)).toBe("closed");
    expect(tabs.tabs().map((t) => t.id)).toEqual([fx.getUsers.id]);
    expect(tabs.state.activeId).toBe(fx.getUsers.id);
  });

  it("asks before closing a dirty tab: cancel keeps, discard closes", async () => {
    const { fx, tabs } = setup();
    await tabs.open(fx.getUsers.id);
    const tab = tabs.active()!;
    tabs.setDraft(tab.id, { ...tab.draft, url: "https://changed.test" });
    expect(tabs.requestClose(tab.id)).toBe("pending");
    expect(tabs.state.pendingClose).toBe(tab.id);
    await tabs.resolveClose("cancel");
    expect(tabs.state.pendingClose).toBeNull();
    expect(tabs.tabs()).toHaveLength(1);
    tabs.requestClose(tab.id);
    await tabs.resolveClose("discard");
    expect(tabs.tabs()).toHaveLength(0);
    expect(tabs.state.activeId).toBeNull();
  });

  it("save in the prompt writes the draft with a new updatedAt, then closes", async () => {
    const { fx, fake, tabs } = setup(9_999);
    await tabs.open(fx.getUsers.id);
    tabs.setDraft(fx.getUsers.id, { ...tabs.active()!.draft, url: "https://saved.test" });
    tabs.requestClose(fx.getUsers.id);
    await tabs.resolveClose("save");
    expect(fake.rows.request.get(fx.getUsers.id)).toMatchObject({
      url: "https://saved.test",
      updatedAt: 9_999,
    });
    expect(tabs.tabs()).toHaveLength(0);
  });

  it("a failed save keeps the tab open and reports the error", async () => {
    const { fx, fake, tabs, notify } = setup();
    fake.repos.requests.put = () => Promise.reject(new Error("disk on fire"));
    await tabs.open(fx.getUsers.id);
    tabs.setDraft(fx.getUsers.id, { ...tabs.active()!.draft, url: "x" });
    tabs.requestClose(fx.getUsers.id);
    await tabs.resolveClose("save");
    expect(tabs.tabs()).toHaveLength(1);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ kind: "error" }));
  });

  it("persists open stored tabs to settings and restores them", async () => {
    const { fx, fake, tabs } = setup();
    await tabs.open(fx.getUsers.id);
    await tabs.open(fx.health.id);
    tabs.openNew(); // untitled tabs are not persisted
    tabs.activate(fx.getUsers.id);
    await Promise.resolve();
    expect(fake.settings.get(OPEN_TABS_KEY)).toEqual({
      ids: [fx.getUsers.id, fx.health.id],
      active: fx.getUsers.id,
    });

    const restored = createRoot(() =>
      createTabsStore({ repos: fake.repos, deps: makeTestDeps(), notify: vi.fn(() => 0) }),
    );
    fake.settings.set(OPEN_TABS_KEY, {
      ids: ["gone", fx.health.id, fx.getUsers.id],
      active: fx.getUsers.id,
    });
    await restored.restore();
    expect(restored.tabs().map((t) => t.id)).toEqual([fx.health.id, fx.getUsers.id]);
    expect(restored.state.activeId).toBe(fx.getUsers.id);

    const fromGarbage = createRoot(() =>
      createTabsStore({ repos: fake.repos, deps: makeTestDeps(), notify: vi.fn(() => 0) }),
    );
    fake.settings.set(OPEN_TABS_KEY, "not an object");
    await fromGarbage.restore();
    expect(fromGarbage.tabs()).toEqual([]);
  });

  it("an untitled tab needs a collection on first save, then is stored", async () => {
    const { fx, fake, tabs } = setup();
    const id = tabs.openNew();
    expect(tabs.active()!.draft.name).toBe("Untitled request");
    expect(tabs.isDirty(tabs.active()!)).toBe(false);
    expect(await tabs.save(id)).toBe("needs-collection");
    expect(tabs.state.pendingSave).toBe(id);
    expect(await tabs.save(id, fx.other.id)).toBe("saved");
    expect(tabs.state.pendingSave).toBeNull();
    expect(fake.rows.request.get(id)).toMatchObject({ collectionId: fx.other.id, parentId: null });
    expect(tabs.active()!.isNew).toBe(false);
  });

  it("follows newer stored versions when clean, keeps the draft when dirty", async () => {
    const { fx, tabs } = setup();
    await tabs.open(fx.getUsers.id);
    await tabs.open(fx.health.id);
    tabs.setDraft(fx.health.id, { ...tabs.active()!.draft, url: "mine" });
    tabs.syncSaved([
      { ...fx.getUsers, url: "theirs-1", updatedAt: 7 },
      { ...fx.health, url: "theirs-2", updatedAt: 7 },
      undefined,
    ]);
    const [users, health] = tabs.tabs();
    expect(users!.draft.url).toBe("theirs-1");
    expect(tabs.isDirty(users!)).toBe(false);
    expect(health!.draft.url).toBe("mine");
    expect(health!.saved.url).toBe("theirs-2");
    expect(tabs.isDirty(health!)).toBe(true);
  });
});
