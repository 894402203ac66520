// @vitest-environment jsdom
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import type { Collection, Folder } from "../../../core/model";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../../testing/fixtures";
import { clearToasts, notify, toasts } from "../../stores/toasts";
import type { ContainerTarget } from "./createContainerDraft";
import { createContainerDraft } from "./createContainerDraft";
import { withTimeout } from "./ContainerTimeouts";

afterEach(clearToasts);

function setup(target: (fx: ReturnType<typeof makeFixture>) => ContainerTarget) {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  let dispose!: () => void;
  const draft = createRoot((d) => {
    dispose = d;
    return createContainerDraft(target(fx), { rows: fake.repos, deps, notify, debounceMs: 10 });
  });
  const loaded = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { fx, fake, draft, dispose, loaded };
}

describe("createContainerDraft", () => {
  it("loads the row and applies edits to it at once", async () => {
    const { draft, loaded } = setup((fx) => ({ kind: "folder", id: fx.folder.id }));
    expect(draft.row()).toBeUndefined();
    await loaded();
    expect(draft.row()?.name).toBe("Users");
    draft.edit({ description: "About users" });
    expect(draft.row()?.description).toBe("About users");
  });

  it("reports a row that does not exist", async () => {
    const { draft, loaded } = setup(() => ({ kind: "collection", id: "nope" }));
    await loaded();
    expect(draft.missing()).toBe(true);
    expect(draft.row()).toBeUndefined();
  });

  it("merges every edit since the last write into one write of the latest row", async () => {
    const { fx, fake, draft, loaded } = setup((fx) => ({
      kind: "collection",
      id: fx.collection.id,
    }));
    await loaded();
    draft.edit({ description: "d" });
    draft.edit({ settings: { scriptTimeoutMs: 500 } });
    await fake.repos.tree.rename("collection", fx.collection.id, "New name");
    await draft.flush();
    const stored = fake.rows.collection.get(fx.collection.id) as Collection;
    expect(stored).toMatchObject({
      name: "New name",
      description: "d",
      settings: { scriptTimeoutMs: 500 },
    });
  });

  it("never writes collection-only settings onto a folder", async () => {
    const { fx, fake, draft, loaded } = setup((fx) => ({ kind: "folder", id: fx.folder.id }));
    await loaded();
    draft.edit({ description: "x", settings: { scriptTimeoutMs: 1 } });
    await draft.flush();
    const stored = fake.rows.folder.get(fx.folder.id) as Folder;
    expect(stored.description).toBe("x");
    expect("settings" in stored).toBe(false);
  });

  it("shows an error toast when the row was deleted before the write, and flushes on dispose", async () => {
    const { fx, fake, draft, dispose, loaded } = setup((fx) => ({
      kind: "collection",
      id: fx.collection.id,
    }));
    await loaded();
    draft.edit({ description: "lost" });
    await fake.repos.tree.remove("collection", fx.collection.id);
    dispose();
    await draft.flush();
    expect(toasts().map((t) => t.message)).toEqual([
      "Couldn't save the collection settings. That item no longer exists.",
    ]);
  });
});

describe("withTimeout", () => {
  it("sets a parsed value and removes the key for empty or invalid text", () => {
    expect(withTimeout({}, "scriptTimeoutMs", "2500")).toEqual({ scriptTimeoutMs: 2500 });
    expect(withTimeout({ scriptTimeoutMs: 1, requestTimeoutMs: 2 }, "scriptTimeoutMs", "")).toEqual(
      { requestTimeoutMs: 2 },
    );
    expect(withTimeout({ requestTimeoutMs: 2 }, "requestTimeoutMs", "-3")).toEqual({});
  });
});
