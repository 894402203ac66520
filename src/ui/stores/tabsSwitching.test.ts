// The tabs store's keyboard-facing functions: close active, next / previous, reopen closed.
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import { CLOSED_TABS_LIMIT } from "./closedTabs";
import { insertAt, stepTab } from "./tabNavigation";
import { createTabsStore } from "./tabs";

let dispose: () => void = () => {};
afterEach(() => dispose());

function setup() {
  const deps = makeTestDeps(5_000);
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  const tabs = createRoot((d) => {
    dispose = d;
    return createTabsStore({ repos: fake.repos, deps, notify: vi.fn(() => 0), draftDelayMs: 0 });
  });
  return { fx, fake, tabs };
}

async function openThree() {
  const s = setup();
  for (const r of [s.fx.getUsers, s.fx.createUser, s.fx.health]) await s.tabs.open(r.id);
  return s;
}

const ids = (tabs: ReturnType<typeof setup>["tabs"]) => tabs.tabs().map((t) => t.id);

describe("stepTab and insertAt", () => {
  it("steps with wrapping, and from no active tab to the first or last", () => {
    expect(stepTab(["a", "b", "c"], "c", 1)).toBe("a");
    expect(stepTab(["a", "b", "c"], "a", -1)).toBe("c");
    expect(stepTab(["a", "b", "c"], "b", 1)).toBe("c");
    expect(stepTab(["a", "b", "c"], null, 1)).toBe("a");
    expect(stepTab(["a", "b", "c"], "gone", -1)).toBe("c");
    expect(stepTab([], null, 1)).toBeUndefined();
  });

  it("inserts at a clamped index or appends", () => {
    expect(insertAt(["a", "c"], "b", 1)).toEqual(["a", "b", "c"]);
    expect(insertAt(["a"], "b", 9)).toEqual(["a", "b"]);
    expect(insertAt(["a"], "b")).toEqual(["a", "b"]);
  });
});

describe("tabs store: switching", () => {
  it("activates the next and previous tab, wrapping at both ends", async () => {
    const { fx, tabs } = await openThree();
    expect(tabs.state.activeId).toBe(fx.health.id);
    tabs.activateNext();
    expect(tabs.state.activeId).toBe(fx.getUsers.id);
    tabs.activatePrevious();
    expect(tabs.state.activeId).toBe(fx.health.id);
    tabs.activatePrevious();
    expect(tabs.state.activeId).toBe(fx.createUser.id);
  });

  it("does nothing without tabs", () => {
    const { tabs } = setup();
    tabs.activateNext();
    tabs.activatePrevious();
    expect(tabs.closeActive()).toBe("none");
    expect(tabs.canReopen()).toBe(false);
  });

  it("closes the active tab, asking first when it has unsaved changes", async () => {
    const { fx, tabs } = await openThree();
    expect(tabs.closeActive()).toBe("closed");
    expect(ids(tabs)).toEqual([fx.getUsers.id, fx.createUser.id]);
    tabs.setDraft(fx.createUser.id, { ...tabs.active()!.draft, url: "https://edited.test" });
    expect(tabs.closeActive()).toBe("pending");
    expect(tabs.state.pendingClose).toBe(fx.createUser.id);
  });

  it("works as detached callbacks (a shortcut table holds them without the store)", async () => {
    const { fx, tabs } = await openThree();
    const { closeActive, activateNext, reopenClosed } = tabs;
    activateNext();
    expect(closeActive()).toBe("closed");
    expect(await reopenClosed()).toBe(fx.getUsers.id);
  });
});

describe("tabs store: reopen closed", () => {
  it("reopens closed tabs newest first, each where it stood, and activates them", async () => {
    const { fx, tabs } = await openThree();
    tabs.requestClose(fx.createUser.id);
    tabs.requestClose(fx.getUsers.id);
    expect(tabs.canReopen()).toBe(true);
    expect(await tabs.reopenClosed()).toBe(fx.getUsers.id);
    expect(ids(tabs)).toEqual([fx.getUsers.id, fx.health.id]);
    expect(await tabs.reopenClosed()).toBe(fx.createUser.id);
    expect(ids(tabs)).toEqual([fx.getUsers.id, fx.createUser.id, fx.health.id]);
    expect(tabs.state.activeId).toBe(fx.createUser.id);
    expect(tabs.canReopen()).toBe(false);
    expect(await tabs.reopenClosed()).toBeUndefined();
  });

  it("brings back discarded edits, still unsaved, on top of the request as stored now", async () => {
    const { fx, fake, tabs } = await openThree();
    tabs.setDraft(fx.health.id, { ...tabs.active()!.draft, url: "https://typed.test" });
    tabs.requestClose(fx.health.id);
    await tabs.resolveClose("discard");
    const stored = fake.rows.request.get(fx.health.id)!;
    fake.rows.request.set(fx.health.id, { ...stored, name: "Health (renamed)" });
    await tabs.reopenClosed();
    const tab = tabs.active()!;
    expect(tab.draft).toMatchObject({ url: "https://typed.test", name: "Health (renamed)" });
    expect(tabs.isDirty(tab)).toBe(true);
    await tabs.flushDrafts();
    expect(fake.drafts.get(fx.health.id)?.draft.url).toBe("https://typed.test");
  });

  it("reopens an untitled tab with its draft", async () => {
    const { tabs } = setup();
    const id = tabs.openNew({ url: "https://untitled.test" });
    tabs.requestClose(id);
    await tabs.resolveClose("discard");
    expect(await tabs.reopenClosed()).toBe(id);
    expect(tabs.active()).toMatchObject({ isNew: true, draft: { url: "https://untitled.test" } });
  });

  it("skips a request deleted meanwhile unless it had unsaved edits", async () => {
    const { fx, fake, tabs } = await openThree();
    tabs.setDraft(fx.createUser.id, { ...tabs.tabs()[1]!.draft, url: "https://keep.test" });
    tabs.requestClose(fx.createUser.id);
    await tabs.resolveClose("discard");
    tabs.requestClose(fx.health.id);
    fake.rows.request.delete(fx.health.id);
    fake.rows.request.delete(fx.createUser.id);
    expect(await tabs.reopenClosed()).toBe(fx.createUser.id);
    expect(tabs.active()).toMatchObject({ isNew: true, draft: { url: "https://keep.test" } });
    expect(tabs.canReopen()).toBe(false);
  });

  it("just activates a closed tab that was opened again meanwhile", async () => {
    const { fx, tabs } = await openThree();
    tabs.requestClose(fx.getUsers.id);
    await tabs.open(fx.getUsers.id);
    tabs.activate(fx.health.id);
    expect(await tabs.reopenClosed()).toBe(fx.getUsers.id);
    expect(tabs.tabs()).toHaveLength(3);
    expect(tabs.state.activeId).toBe(fx.getUsers.id);
  });

  it(`remembers the last ${CLOSED_TABS_LIMIT} closed tabs`, async () => {
    const { tabs } = setup();
    const opened = Array.from({ length: CLOSED_TABS_LIMIT + 2 }, () => tabs.openNew());
    for (const id of opened) tabs.requestClose(id);
    const reopened: (string | undefined)[] = [];
    while (tabs.canReopen()) reopened.push(await tabs.reopenClosed());
    expect(reopened).toEqual(opened.slice(2).reverse());
  });
});
