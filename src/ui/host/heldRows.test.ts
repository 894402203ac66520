// A Send's ancestors come from the rows the app holds: no storage read per level once the live
// queries have the rows, this host's own writes at once, and storage only for rows not held yet.
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFolder } from "../../core/factory";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture } from "../testing/fixtures";
import { onceQuery, resetOnceQueries } from "../testing/onceQuery";
import { createHeldRows } from "./heldRows";
import type { Deps } from "../../core/factory";
import { makeSeededRandom } from "../../core/clock";

afterEach(() => resetOnceQueries());

/** A clock that moves on by 1 ms per read, like a real one between writes. */
const tickingDeps = (): Deps => {
  let now = 1_000;
  return { clock: { now: () => now++ }, random: makeSeededRandom(7) };
};

async function setup() {
  const deps = tickingDeps();
  const fx = makeFixture(deps);
  const inner = makeFixture(deps);
  const nested = makeFolder(deps, {
    collectionId: fx.collection.id,
    parentId: fx.folder.id,
    name: "Nested",
  });
  const fake = makeFakeRepos(deps, { ...fx.seed, folders: [fx.folder, nested] });
  const reads = {
    folder: vi.spyOn(fake.repos.folders, "get"),
    collection: vi.spyOn(fake.repos.collections, "get"),
  };
  const held = createRoot(() => createHeldRows(fake.repos, deps, onceQuery));
  // The live queries have read the rows once.
  await vi.waitFor(() => expect(held.folders()).toHaveLength(2));
  await vi.waitFor(() => expect(held.collections()).toHaveLength(2));
  const request = { ...fx.getUsers, parentId: nested.id };
  return { deps, fx, inner, nested, fake, reads, held, request };
}

describe("held rows", () => {
  it("finds a nested request's collection and folders without reading storage", async () => {
    const { fx, nested, reads, held, request } = await setup();
    const chain = await held.ancestors(request);
    expect(chain.collection.id).toBe(fx.collection.id);
    expect(chain.folders.map((f) => f.name)).toEqual([fx.folder.name, nested.name]);
    expect(reads.folder).not.toHaveBeenCalled();
    expect(reads.collection).not.toHaveBeenCalled();
  });

  it("uses a row this host wrote at once, before the live query reads it back", async () => {
    const { fx, nested, held, request } = await setup();
    await held.repos.folders.put({ ...nested, scripts: { prerequest: "new script", test: "" } });
    await held.repos.collections.put({ ...fx.collection, name: "Renamed" });
    const chain = await held.ancestors(request);
    expect(chain.folders.at(-1)?.scripts.prerequest).toBe("new script");
    expect(chain.collection.name).toBe("Renamed");
  });

  it("reads storage only for a row the live queries have not read yet", async () => {
    const { deps, fx, fake, reads, held } = await setup();
    const fresh = makeFolder(deps, { collectionId: fx.collection.id, name: "Just made" });
    await fake.repos.folders.put(fresh); // written elsewhere: not held, live query not re-run
    const chain = await held.ancestors({ ...fx.getUsers, parentId: fresh.id });
    expect(chain.folders.map((f) => f.name)).toEqual(["Just made"]);
    expect(reads.folder).toHaveBeenCalledWith(fresh.id);
  });

  it("gives a request outside any collection a blank collection and no folders", async () => {
    const { fx, held } = await setup();
    const chain = await held.ancestors({ ...fx.getUsers, collectionId: "", parentId: null });
    expect(chain.collection.name).toBe("");
    expect(chain.folders).toEqual([]);
  });
});

describe("a failed write", () => {
  it("is not held: the stored row stays what ancestors see", async () => {
    const { nested, fake, held, request } = await setup();
    vi.spyOn(fake.repos.folders, "put").mockRejectedValueOnce(new Error("QuotaExceededError"));
    const put = held.repos.folders.put({ ...nested, name: "Never stored" });
    await expect(put).rejects.toThrow("QuotaExceededError");
    expect((await held.ancestors(request)).folders.at(-1)?.name).toBe("Nested");
  });
});
