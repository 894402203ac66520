// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyBody, noAuth } from "../../../core/factory";
import type { HistoryEntry } from "../../../core/model";
import type { ResponseState } from "../../stores/responseState";
import { onceQuery, resetOnceQueries } from "../../testing/onceQuery";
import { clearToasts } from "../../stores/toasts";
import { Toasts } from "../common/Toasts";
import { makeFakeStorage } from "../../testing/fakeStorage";
import { HistorySidePanel } from "./HistorySidePanel";
import type { SendService } from "../../host/createHost";
import { makeHistoryService } from "../../host/createHost";
import type { TabsStore } from "../../stores/tabs";
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
  const openNew = vi.fn(() => "tab-1");
  const show = vi.fn();
  const onClose = vi.fn();
  const parts = {
    history: makeHistoryService(storage.repos, onceQuery),
    tabs: { openNew } as unknown as TabsStore,
    send: { store: { sending: () => false, show }, sendActive: () => {} } as unknown as SendService,
  };
  render(() => (
    <>
      <PartialHost parts={parts}>
        <HistorySidePanel onClose={onClose} now={() => NOW} />
      </PartialHost>
      <Toasts />
    </>
  ));
  const dialog = screen.getByRole("complementary", { name: "History" });
  return { storage, openNew, show, onClose, dialog };
}

const seed = [
  entry("h1", "POST", "https://api.test/users", 201),
  entry("h2", "GET", "https://api.test/health", 503),
  entry("h3", "DELETE", "https://other.test/users/7"),
];

describe("HistorySidePanel", () => {
  it("lists entries with status, time and when, and filters by search", async () => {
    const { dialog } = setup(seed);
    const list = await within(dialog).findByRole("list", { name: "History entries" });
    const rows = within(list).getAllByRole("button");
    expect(rows.map((r) => r.getAttribute("aria-label"))).toEqual([
      "POST https://api.test/users, 201, 42 ms, 5 min ago",
      "GET https://api.test/health, 503, 42 ms, 5 min ago",
      "DELETE https://other.test/users/7, Error, 5 min ago",
    ]);
    // The visible text reads as the name does (label in name, WCAG 2.5.3).
    expect(rows.map((r) => r.textContent?.replace(/\s+/g, " "))).toEqual([
      "POST https://api.test/users 201 42 ms 5 min ago",
      "GET https://api.test/health 503 42 ms 5 min ago",
      "DELETE https://other.test/users/7 Error 5 min ago",
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

  it("focuses the search box when it opens, and closes from its button", async () => {
    const { dialog, onClose } = setup(seed);
    expect(document.activeElement).toBe(
      within(dialog).getByRole("searchbox", { name: "Search history" }),
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Close history" }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("reopens an entry in a new tab showing the response it got, body included", async () => {
    const kept = { ...seed[1]!, responseBody: '{"ok":false}' };
    const { dialog, openNew, show } = setup([seed[0]!, kept]);
    fireEvent.click(await within(dialog).findByRole("button", { name: /health/ }));
    expect(openNew).toHaveBeenCalledWith(
      expect.objectContaining({ method: "GET", url: kept.request.url, name: "From history" }),
    );
    await waitFor(() => expect(show).toHaveBeenCalledTimes(1));
    const [tabId, state] = show.mock.calls[0] as [string, ResponseState];
    expect(tabId).toBe("tab-1");
    expect(state.kind).toBe("done");
    if (state.kind !== "done") return;
    expect(state.response).toMatchObject({ status: 503, timeMs: 42.4, url: kept.resolvedUrl });
    expect(new TextDecoder().decode(state.response.body)).toBe('{"ok":false}');
    // The panel stays open beside the editor.
    expect(screen.getByRole("complementary", { name: "History" })).toBeTruthy();
  });

  it("reopens a failed send with its error", async () => {
    const { dialog, show } = setup(seed);
    fireEvent.click(await within(dialog).findByRole("button", { name: /other\.test/ }));
    await waitFor(() => expect(show).toHaveBeenCalledTimes(1));
    expect(show.mock.calls[0]?.[1]).toEqual({
      kind: "error",
      error: { code: "NETWORK", message: "Failed to fetch" },
    });
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

  it("virtualizes a long history: a few rows in the DOM, every entry reachable by position", async () => {
    const many = Array.from({ length: 900 }, (_, i) =>
      entry(`e${i}`, "GET", `https://x.test/${i}`, 200),
    );
    const { dialog } = setup(many);
    const list = await within(dialog).findByRole("list", { name: "History entries" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]!.getAttribute("aria-setsize")).toBe("900");
    expect(rows[0]!.getAttribute("aria-posinset")).toBe("1");
    // The sizer is as tall as every row, so the scrollbar reaches the oldest entry.
    expect(parseFloat(list.style.height)).toBeGreaterThan(900 * 20);
  });
});
