// @vitest-environment jsdom
// Lost-work regressions of the tabs store over real repositories (fake-indexeddb, a fresh
// database per test): drafts survive a reload, "Save as example" stores at once, and a save
// never silently undoes another browser tab's change.
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Example } from "../../core/model";
import { makeRepos } from "../../db/repos/index";
import { freshDb, makeTickingDeps, storeTree } from "../../db/test/helpers";
import { createTabsStore } from "./tabs";

const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/** One database, shared by every "page" (store) a test opens on it, like two browser tabs. */
async function setup() {
  const db = freshDb();
  const deps = makeTickingDeps();
  const repos = makeRepos(db, deps);
  const fx = await storeTree(db, deps);
  const notify = vi.fn(() => 0);
  /** A fresh tabs store, as a new page load (or another browser tab) would create it. */
  const page = (draftDelayMs?: number) =>
    createRoot((dispose) => {
      disposers.push(dispose);
      return createTabsStore({
        repos,
        deps,
        notify,
        ...(draftDelayMs === undefined ? {} : { draftDelayMs }),
      });
    });
  return { db, deps, repos, fx, notify, page };
}

const example: Example = {
  id: "ex-new",
  name: "200 OK",
  status: 200,
  statusText: "OK",
  headers: [],
  body: '{"ok":true}',
};

describe("drafts survive a reload", () => {
  it("restores an edited URL as a dirty draft; Save stores it and forgets the draft", async () => {
    const { db, repos, fx, page } = await setup();
    const before = page();
    await before.open(fx.getUser.id);
    before.setDraft(fx.getUser.id, { ...before.active()!.draft, url: "https://draft.test/u" });
    await before.flushDrafts(); // what `pagehide` does

    const after = page();
    await after.restore();
    const tab = after.active()!;
    expect(tab.id).toBe(fx.getUser.id);
    expect(tab.draft.url).toBe("https://draft.test/u");
    expect(tab.saved.url).toBe(fx.getUser.url);
    expect(after.isDirty(tab)).toBe(true);

    expect(await after.save(tab.id)).toBe("saved");
    expect((await repos.requests.get(tab.id))?.url).toBe("https://draft.test/u");
    expect(after.isDirty(after.active()!)).toBe(false);
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(0));
  });

  it("writes a draft by itself after a pause (a crash keeps it), and Discard forgets it", async () => {
    const { db, fx, page } = await setup();
    const tabs = page(20);
    await tabs.open(fx.health.id);
    tabs.setDraft(fx.health.id, { ...tabs.active()!.draft, method: "POST" });
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));
    expect((await db.drafts.get(fx.health.id))?.draft.method).toBe("POST");

    tabs.requestClose(fx.health.id);
    await tabs.resolveClose("discard");
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(0));
    const next = page();
    await next.restore();
    expect(next.tabs()).toEqual([]);
  });

  it("brings back an untitled tab's draft as untitled", async () => {
    const { page } = await setup();
    const before = page();
    const id = before.openNew();
    before.setDraft(id, { ...before.active()!.draft, url: "https://typed.test" });
    await before.flushDrafts();

    const after = page();
    await after.restore();
    const tab = after.tabs().find((t) => t.id === id)!;
    expect(tab.isNew).toBe(true);
    expect(tab.draft.url).toBe("https://typed.test");
    expect(after.isDirty(tab)).toBe(true);
    expect(await after.save(id)).toBe("needs-collection");
  });
});

describe("Save as example", () => {
  it("stores the example at once; a dirty draft keeps its other edits and Discard keeps it", async () => {
    const { repos, fx, page } = await setup();
    const tabs = page();
    await tabs.open(fx.getUser.id);
    tabs.setDraft(fx.getUser.id, { ...tabs.active()!.draft, url: "https://unsaved.test" });
    expect(await tabs.addExample(fx.getUser.id, example)).toBe("stored");

    const stored = await repos.requests.get(fx.getUser.id);
    expect(stored?.examples.map((e) => e.id)).toEqual(["ex1", "ex-new"]);
    expect(stored?.url).toBe(fx.getUser.url);
    const tab = tabs.active()!;
    expect(tab.draft.url).toBe("https://unsaved.test");
    expect(tab.draft.examples.map((e) => e.id)).toEqual(["ex1", "ex-new"]);

    tabs.requestClose(fx.getUser.id);
    await tabs.resolveClose("discard");
    expect((await repos.requests.get(fx.getUser.id))?.examples).toHaveLength(2);
  });

  it("leaves a clean tab clean, and a later save of the tab is no conflict", async () => {
    const { fx, page } = await setup();
    const tabs = page();
    await tabs.open(fx.health.id);
    await tabs.addExample(fx.health.id, example);
    expect(tabs.isDirty(tabs.active()!)).toBe(false);
    tabs.setDraft(fx.health.id, { ...tabs.active()!.draft, url: "https://later.test" });
    expect(await tabs.save(fx.health.id)).toBe("saved");
  });

  it("keeps the example when Save follows before the example's write is done", async () => {
    const { repos, fx, page } = await setup();
    const tabs = page();
    await tabs.open(fx.getUser.id);
    tabs.setDraft(fx.getUser.id, { ...tabs.active()!.draft, url: "https://edited.test" });
    // "Save as example", then Ctrl+S at once: neither awaited before the other starts.
    const [added, saved] = await Promise.all([
      tabs.addExample(fx.getUser.id, example),
      tabs.save(fx.getUser.id),
    ]);
    expect([added, saved]).toEqual(["stored", "saved"]);
    const stored = await repos.requests.get(fx.getUser.id);
    expect(stored?.examples.map((e) => e.id)).toEqual(["ex1", "ex-new"]);
    expect(stored?.url).toBe("https://edited.test");
    expect(tabs.isDirty(tabs.active()!)).toBe(false);
  });
});

describe("two browser tabs editing one request", () => {
  async function twoPages() {
    const env = await setup();
    const mine = env.page();
    const theirs = env.page();
    await mine.open(env.fx.health.id);
    await theirs.open(env.fx.health.id);
    mine.setDraft(env.fx.health.id, { ...mine.active()!.draft, url: "https://mine.test" });
    theirs.setDraft(env.fx.health.id, { ...theirs.active()!.draft, url: "https://theirs.test" });
    expect(await theirs.save(env.fx.health.id)).toBe("saved");
    return { ...env, mine, id: env.fx.health.id };
  }

  it("says so on save instead of overwriting, and Compare lists both sides", async () => {
    const { repos, mine, id } = await twoPages();
    expect(await mine.save(id)).toBe("conflict");
    expect(mine.state.conflict).toMatchObject({ id, fields: ["url"] });
    expect((await repos.requests.get(id))?.url).toBe("https://theirs.test");
    expect(mine.conflictRows()).toEqual([
      { field: "url", label: "URL", mine: "https://mine.test", theirs: "https://theirs.test" },
    ]);
  });

  it("Keep mine overwrites theirs", async () => {
    const { repos, mine, id } = await twoPages();
    await mine.save(id);
    await mine.resolveConflict("keep-mine");
    expect(mine.state.conflict).toBeNull();
    expect((await repos.requests.get(id))?.url).toBe("https://mine.test");
    expect(mine.isDirty(mine.active()!)).toBe(false);
  });

  it("Reload takes theirs and drops the draft", async () => {
    const { db, repos, mine, id } = await twoPages();
    await mine.flushDrafts();
    await mine.save(id);
    await mine.resolveConflict("reload");
    expect(mine.active()!.draft.url).toBe("https://theirs.test");
    expect(mine.isDirty(mine.active()!)).toBe(false);
    expect((await repos.requests.get(id))?.url).toBe("https://theirs.test");
    await vi.waitFor(async () => expect(await db.drafts.get(id)).toBeUndefined());
  });

  it("a conflict met while closing closes the tab once answered", async () => {
    const { mine, id } = await twoPages();
    mine.requestClose(id);
    await mine.resolveClose("save");
    expect(mine.tabs()).toHaveLength(1);
    expect(mine.state.conflict?.closeAfter).toBe(true);
    await mine.resolveConflict("keep-mine");
    expect(mine.tabs()).toHaveLength(0);
  });
});
