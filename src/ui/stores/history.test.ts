import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyBody, noAuth } from "../../core/factory";
import type { HistoryEntry } from "../../core/model";
import { onceQuery, resetOnceQueries } from "../testing/onceQuery";
import { makeFakeStorage } from "../testing/fakeStorage";
import { createHistoryStore, matchesQuery } from "./history";
import { KEEP_CREDENTIALS_KEY } from "./historyCredentials";

afterEach(resetOnceQueries);

const entry = (id: string, method: string, url: string, name = ""): HistoryEntry => ({
  id,
  schemaVersion: 1,
  createdAt: 0,
  updatedAt: 0,
  workspaceId: "ws",
  request: { method, url, name, params: [], headers: [], body: emptyBody(), auth: noAuth() },
  resolvedUrl: url.replace("{{host}}", "api.test"),
  sentAt: 0,
});

describe("matchesQuery", () => {
  it("matches every word against method, typed and resolved URL and name", () => {
    const e = entry("1", "GET", "https://{{host}}/users", "List users");
    expect(matchesQuery(e, "")).toBe(true);
    expect(matchesQuery(e, "get API.test")).toBe(true);
    expect(matchesQuery(e, "{{host}} list")).toBe(true);
    expect(matchesQuery(e, "get post")).toBe(false);
  });
});

describe("createHistoryStore", () => {
  it("filters loaded entries and clears them, toasting a failure", async () => {
    const storage = makeFakeStorage({
      history: [entry("1", "GET", "https://a.test/x"), entry("2", "POST", "https://b.test/y")],
    });
    const notify = vi.fn(() => 1);
    const store = createRoot(() =>
      createHistoryStore({ repos: storage.repos, live: onceQuery, notify }),
    );
    await vi.waitFor(() => expect(store.entries()).toHaveLength(2));
    store.setQuery("post");
    expect(store.filtered().map((e) => e.id)).toEqual(["2"]);
    storage.failNext = { error: new Error("disk") };
    expect(await store.clear()).toBe(false);
    expect(notify).toHaveBeenCalledWith({
      kind: "error",
      message: "Couldn't clear the history. disk",
    });
    expect(await store.clear()).toBe(true);
    await vi.waitFor(() => expect(store.entries()).toHaveLength(0));
  });

  it("remembers whether new entries keep their credentials", async () => {
    const storage = makeFakeStorage({ history: [] });
    const store = createRoot(() =>
      createHistoryStore({ repos: storage.repos, live: onceQuery, notify: () => 1 }),
    );
    expect(store.keepCredentials()).toBe(true);
    await store.setKeepCredentials(false);
    expect(store.keepCredentials()).toBe(false);
    expect(await storage.repos.settings.get(KEEP_CREDENTIALS_KEY, true)).toBe(false);
    const again = createRoot(() =>
      createHistoryStore({ repos: storage.repos, live: onceQuery, notify: () => 1 }),
    );
    await vi.waitFor(() => expect(again.keepCredentials()).toBe(false));
  });
});
