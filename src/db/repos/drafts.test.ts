import { describe, expect, it } from "vitest";
import { makeRequest } from "../../core/factory";
import { freshDb, makeTickingDeps } from "../test/helpers";
import { makeRepos } from "./index";
import type { JournalStorage } from "./draftJournal";
import { makeDraftJournal } from "./draftJournal";
import type { StoredDraft } from "./types";

/** An in-memory Web Storage. */
function memoryStorage(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

function setup(storage: JournalStorage = memoryStorage()) {
  const db = freshDb();
  const deps = makeTickingDeps();
  const repos = makeRepos(db, deps, { draftJournal: makeDraftJournal(storage) });
  const request = makeRequest(deps, { collectionId: "c", name: "Typed", url: "https://a.test/" });
  const row = (url: string) => ({
    id: request.id,
    draft: { ...request, url },
    base: request,
    isNew: false,
  });
  return { db, repos, row, storage };
}

describe("drafts: the journal of unload-time writes", () => {
  it("keeps a copy the moment putNow is called and forgets it once IndexedDB has committed", async () => {
    const storage = memoryStorage();
    const { db, repos, row } = setup(storage);
    await db.open();
    const written = repos.drafts.putNow([row("https://a.test/typed")]);
    // Synchronously, before any continuation: what survives a page torn down right now.
    const kept = JSON.parse(storage.map.get("satchel.draftJournal")!) as { rows: StoredDraft[] };
    expect(kept.rows.map((r) => r.draft.url)).toEqual(["https://a.test/typed"]);
    await written;
    expect(storage.map.has("satchel.draftJournal")).toBe(false);
    expect((await repos.drafts.list()).map((r) => r.draft.url)).toEqual(["https://a.test/typed"]);
  });

  it("recovers a copy whose transaction was dropped with the page, then forgets it", async () => {
    const storage = memoryStorage();
    const { repos, row } = setup(storage);
    await repos.drafts.put(row("https://a.test/older")); // what the debounced write had stored
    const [stored] = await repos.drafts.list();
    // The unload: the journal was written, the transaction never committed.
    makeDraftJournal(storage).write([{ ...row("https://a.test/newest"), updatedAt: 5_000 }]);
    expect(stored!.updatedAt).toBeLessThan(5_000);

    const [restored] = await repos.drafts.list();
    expect(restored?.draft.url).toBe("https://a.test/newest");
    expect(storage.map.has("satchel.draftJournal")).toBe(false);
  });

  it("never lets an older copy replace a newer stored draft", async () => {
    const storage = memoryStorage();
    const { repos, row } = setup(storage);
    makeDraftJournal(storage).write([{ ...row("https://a.test/stale"), updatedAt: 1 }]);
    await repos.drafts.put(row("https://a.test/current"));
    expect((await repos.drafts.list()).map((r) => r.draft.url)).toEqual(["https://a.test/current"]);
    expect(storage.map.has("satchel.draftJournal")).toBe(false);
  });

  it("reads a broken entry as nothing, and a full or disabled storage loses nothing else", async () => {
    const broken = memoryStorage();
    broken.map.set("satchel.draftJournal", "{not json");
    const first = setup(broken);
    await first.repos.drafts.putNow([first.row("https://a.test/1")]);
    expect((await first.repos.drafts.list()).map((r) => r.draft.url)).toEqual(["https://a.test/1"]);

    const full: JournalStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const second = setup(full);
    await second.db.open();
    await second.repos.drafts.putNow([second.row("https://a.test/2")]);
    expect((await second.repos.drafts.list()).map((r) => r.draft.url)).toEqual([
      "https://a.test/2",
    ]);
  });
});
