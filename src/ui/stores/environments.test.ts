import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeEnvironment } from "../../core/factory";
import { makeTestDeps } from "../testing/fixtures";
import { onceQuery, resetOnceQueries } from "../testing/onceQuery";
import { makeFakeStorage } from "../testing/fakeStorage";
import { createEnvironmentsStore, uniqueName } from "./environments";

afterEach(resetOnceQueries);

function setup() {
  const deps = makeTestDeps(5_000);
  const dev = makeEnvironment(deps, { workspaceId: "ws", name: "Dev" });
  const storage = makeFakeStorage({ environments: [dev] });
  const notify = vi.fn(() => 1);
  const store = createRoot(() =>
    createEnvironmentsStore({
      repos: storage.repos,
      deps,
      live: onceQuery,
      workspaceId: async () => "ws",
      notify,
    }),
  );
  return { storage, store, notify, dev };
}

describe("uniqueName", () => {
  it("numbers a taken name from 2", () => {
    expect(uniqueName("A", [])).toBe("A");
    expect(uniqueName("A", ["A", "A 2"])).toBe("A 3");
  });
});

describe("createEnvironmentsStore", () => {
  it("creates, renames and duplicates environments with unique names", async () => {
    const { storage, store } = setup();
    await vi.waitFor(() => expect(store.list()).toHaveLength(1));
    const id = await store.create();
    await vi.waitFor(() => expect(store.list()).toHaveLength(2));
    expect(await store.create()).toBeDefined();
    await vi.waitFor(() =>
      expect(store.list().map((e) => e.name)).toEqual([
        "Dev",
        "New environment",
        "New environment 2",
      ]),
    );
    await store.rename(id!, "  Staging ");
    expect(storage.environments.get(id!)?.name).toBe("Staging");
    await store.rename(id!, "   ");
    expect(storage.environments.get(id!)?.name).toBe("Staging");
    await store.putVariables(id!, [{ key: "k", value: "v", type: "secret", enabled: true }]);
    const copyId = await store.duplicate(id!);
    const copy = storage.environments.get(copyId!);
    expect(copy).toMatchObject({ name: "Staging copy", workspaceId: "ws", createdAt: 5_000 });
    expect(copy?.variables).toEqual([{ key: "k", value: "v", type: "secret", enabled: true }]);
  });

  it("reports a failed write as an error toast and keeps going", async () => {
    const { storage, store, notify, dev } = setup();
    storage.failNext = { error: { code: "QUOTA_EXCEEDED" } };
    await store.putVariables(dev.id, []);
    expect(notify).toHaveBeenCalledWith({
      kind: "error",
      message: expect.stringMatching(/^Couldn't save the variables\. Storage is full/),
    });
    await store.rename("missing", "x");
    expect(notify).toHaveBeenLastCalledWith({
      kind: "error",
      message: "Couldn't rename the environment. That item no longer exists.",
    });
  });

  it("exposes the active environment and the globals", async () => {
    const { store, dev } = setup();
    expect(store.active()).toBeUndefined();
    await store.setActive(dev.id);
    await vi.waitFor(() => expect(store.active()?.name).toBe("Dev"));
    await vi.waitFor(() => expect(store.globals()?.workspaceId).toBe("ws"));
    await store.putGlobals([{ key: "g", value: 1, type: "number", enabled: true }]);
    await vi.waitFor(() => expect(store.globals()?.variables[0]?.key).toBe("g"));
  });
});
