// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyBody, noAuth } from "../../../core/factory";
import type { HistoryEntry } from "../../../core/model";
import { onceQuery, resetOnceQueries } from "../../testing/onceQuery";
import { clearToasts } from "../../stores/toasts";
import { Toasts } from "../common/Toasts";
import { makeFakeStorage } from "../../testing/fakeStorage";
import { HistoryButton } from "./HistoryButton";
import { makeHistoryService } from "../../host/createHost";
import { PartialHost } from "../../testing/partialHost";

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

const NOW = 10_000_000;

function entry(id: string, method: string, url: string, status?: number): HistoryEntry {
  return {
    id,
    schemaVersion: 1,
    createdAt: 0,
    updatedAt: 0,
    workspaceId: "ws",
    request: { method, url, name: "", params: [], headers: [], body: emptyBody(), auth: noAuth() },
    resolvedUrl: url,
    sentAt: NOW - 5 * 60_000,
    ...(status === undefined
      ? { error: { code: "NETWORK", message: "Failed to fetch" } }
      : {
          response: {
            status,
            statusText: "",
            headers: [],
            timeMs: 42.4,
            sizeBytes: 2,
            url,
            redirected: false,
          },
        }),
  };
}

function setup(history: HistoryEntry[]) {
  const storage = makeFakeStorage({ history });
  const onOpen = vi.fn();
  render(() => (
    <>
      <PartialHost parts={{ history: makeHistoryService(storage.repos, onceQuery) }}>
        <HistoryButton onOpen={onOpen} now={() => NOW} />
      </PartialHost>
      <Toasts />
    </>
  ));
  fireEvent.click(screen.getByRole("button", { name: "History" }));
  const dialog = screen.getByRole("dialog", { name: "History" });
  return { storage, onOpen, dialog };
}

const seed = [
  entry("h1", "POST", "https://api.test/users", 201),
  entry("h2", "GET", "https://api.test/health", 503),
  entry("h3", "DELETE", "https://other.test/users/7"),
];

describe("HistoryButton", () => {
  it("lists entries with status, time and when, and filters by search", async () => {
    const { dialog } = setup(seed);
    const list = await within(dialog).findByRole("list", { name: "History entries" });
    const rows = within(list).getAllByRole("button");
    expect(rows.map((r) => r.getAttribute("aria-label"))).toEqual([
      "POST https://api.test/users, status 201, 42 ms, 5 min ago",
      "GET https://api.test/health, status 503, 42 ms, 5 min ago",
      "DELETE https://other.test/users/7, error, 5 min ago",
    ]);
    expect(rows.map((r) => r.textContent)).toEqual([
      "POSThttps://api.test/users20142 ms5 min ago",
      "GEThttps://api.test/health50342 ms5 min ago",
      "DELETEhttps://other.test/users/7Error5 min ago",
    ]);
    expect(within(rows[1]!).getByText("503").className).toContain("status-5xx");
    const search = within(dialog).getByRole("searchbox", { name: "Search history" });
    fireEvent.input(search, { target: { value: "USERS post" } });
    expect(within(list).getAllByRole("button")).toHaveLength(1);
    fireEvent.input(search, { target: { value: "nothing-like-this" } });
    expect(within(dialog).getByText("No requests match.")).toBeTruthy();
  });

  it("turns keeping credentials in history off and on", async () => {
    const { dialog, storage } = setup(seed);
    const keep = within(dialog).getByRole("checkbox", { name: "Keep credentials in history" });
    expect((keep as HTMLInputElement).checked).toBe(true);
    fireEvent.click(keep);
    await waitFor(async () =>
      expect(await storage.repos.settings.get("history.keepCredentials", true)).toBe(false),
    );
    fireEvent.click(keep);
    await waitFor(async () =>
      expect(await storage.repos.settings.get("history.keepCredentials", true)).toBe(true),
    );
  });

  it("reopens an entry and closes the dialog", async () => {
    const { dialog, onOpen } = setup(seed);
    fireEvent.click(await within(dialog).findByRole("button", { name: /health/ }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]?.[0]).toMatchObject({
      id: "h2",
      resolvedUrl: seed[1]!.resolvedUrl,
    });
    expect(screen.queryByRole("dialog", { name: "History" })).toBeNull();
  });

  it("clears the history only after confirming", async () => {
    const { dialog, storage } = setup(seed);
    await within(dialog).findByRole("list", { name: "History entries" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Clear history" }));
    const confirm = screen.getByRole("alertdialog", { name: "Clear history?" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(storage.history).toHaveLength(3);
    fireEvent.click(within(dialog).getByRole("button", { name: "Clear history" }));
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    await waitFor(() => expect(storage.history).toHaveLength(0));
    expect(await within(dialog).findByText("No requests sent yet.")).toBeTruthy();
  });

  it("renders at most 200 rows and says how many matched", async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      entry(`e${i}`, "GET", `https://x.test/${i}`, 200),
    );
    const { dialog } = setup(many);
    const list = await within(dialog).findByRole("list", { name: "History entries" });
    expect(within(list).getAllByRole("button")).toHaveLength(200);
    expect(within(dialog).getByText(/Showing 200 of 250/)).toBeTruthy();
  });
});
