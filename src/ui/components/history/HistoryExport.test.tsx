// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyBody, noAuth } from "../../../core/factory";
import type { HistoryEntry } from "../../../core/model";
import type { Repos } from "../../../db/repos/types";
import { onceQuery, resetOnceQueries } from "../../testing/onceQuery";
import { makeFakeStorage } from "../../testing/fakeStorage";
import { HistorySidePanel } from "./HistorySidePanel";
import { readText } from "../../files/readText";
import { makeHistoryService } from "../../host/createHost";
import { PartialHost } from "../../testing/partialHost";

// The panel loads these lazily; load them first so the tests time the UI, not the import.
beforeAll(() => Promise.all([import("../export/ExportDialog"), import("../export/historyExport")]));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  vi.restoreAllMocks();
});

function entry(id: string, url: string, sentHeaders?: [string, string][]): HistoryEntry {
  const headers = [
    { key: "Authorization", value: "Bearer tok-123", enabled: true },
    { key: "Cookie", value: "sid=cookie-456", enabled: true },
    { key: "Accept", value: "application/json", enabled: true },
  ];
  return {
    id,
    schemaVersion: 1,
    createdAt: 0,
    updatedAt: 0,
    workspaceId: "ws",
    request: {
      method: "GET",
      url,
      name: "",
      params: [],
      headers,
      body: emptyBody(),
      auth: noAuth(),
    },
    resolvedUrl: url,
    ...(sentHeaders ? { sentHeaders } : {}),
    sentAt: 5_000,
    response: {
      status: 200,
      statusText: "OK",
      headers: [["Set-Cookie", "sid=set-789"]],
      timeMs: 12,
      sizeBytes: 9,
      url,
      redirected: false,
    },
    responseBody: `body of ${id}`,
  };
}

interface Har {
  log: {
    entries: {
      request: { url: string; headers: { name: string; value: string }[] };
      response: { headers: { name: string; value: string }[]; content: { text: string } };
    }[];
  };
}

/** Renders the history over fake storage whose list (like the real one) leaves bodies out. */
function setup() {
  const storage = makeFakeStorage({
    history: [
      entry("h1", "https://api.test/users"),
      entry("h2", "https://api.test/health"),
      // Sent with auth from the Auth tab: the headers as sent carry it, the rows do not.
      entry("h3", "https://api.test/users/7?api_key=k-123&page=2", [
        ["Accept", "application/json"],
        ["Authorization", "Bearer from-auth-tab"],
        ["X-API-Key", "key-from-auth-tab"],
      ]),
    ],
  });
  const history = storage.repos.history;
  const repos = {
    ...storage.repos,
    history: {
      ...history,
      list: async (opts?: { limit?: number }) =>
        (await history.list(opts)).map(({ responseBody: _, ...e }) => e),
    },
  } as Repos;
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), "blob:x"));
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  render(() => (
    <PartialHost parts={{ history: makeHistoryService(repos, onceQuery) }}>
      <HistorySidePanel onClose={() => {}} now={() => 0} />
    </PartialHost>
  ));
  const panel = screen.getByRole("complementary", { name: "History" });
  /** Exports HAR (ticking "Include secrets" when asked) and returns the parsed file. */
  const exportHar = async (includeSecrets = false) => {
    fireEvent.click(within(panel).getByRole("button", { name: "Export HAR" }));
    const dialog = await screen.findByRole("dialog", { name: "Export history" });
    expect(within(dialog).getByText(/Authorization.*left blank/)).toBeTruthy();
    // What will be blanked is listed before the download.
    const status = await within(dialog).findByRole("status", { name: "Values blanked" });
    await waitFor(() => expect(status.textContent).toMatch(/values blanked: Authorization header/));
    if (includeSecrets) {
      fireEvent.click(within(dialog).getByRole("checkbox", { name: "Include secrets" }));
    }
    const before = click.mock.calls.length;
    fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
    await waitFor(() => expect(click.mock.calls.length).toBe(before + 1));
    const anchor = click.mock.contexts[before] as HTMLAnchorElement;
    expect(anchor.download).toBe("satchel-history.har");
    return JSON.parse(await readText(blobs[before] as Blob)) as Har;
  };
  return { panel, exportHar };
}

describe("Export HAR", () => {
  it("exports the listed entries with bodies and credential headers blanked", async () => {
    const { panel, exportHar } = setup();
    await within(panel).findByRole("list", { name: "History entries" });
    fireEvent.input(within(panel).getByRole("searchbox", { name: "Search history" }), {
      target: { value: "users" },
    });
    const har = await exportHar();
    expect(har.log.entries.map((e) => e.request.url)).toEqual([
      "https://api.test/users",
      "https://api.test/users/7?api_key=&page=2",
    ]);
    const first = har.log.entries[0]!;
    expect(first.response.content.text).toBe("body of h1");
    expect(first.request.headers).toEqual([
      { name: "Authorization", value: "" },
      { name: "Cookie", value: "" },
      { name: "Accept", value: "application/json" },
    ]);
    expect(first.response.headers).toEqual([{ name: "Set-Cookie", value: "" }]);
    expect(har.log.entries[1]!.request.headers).toEqual([
      { name: "Accept", value: "application/json" },
      { name: "Authorization", value: "" },
      { name: "X-API-Key", value: "" },
    ]);
  });

  it("keeps credential headers when secrets are included", async () => {
    const { panel, exportHar } = setup();
    await within(panel).findByRole("list", { name: "History entries" });
    const har = await exportHar(true);
    expect(har.log.entries).toHaveLength(3);
    const text = JSON.stringify(har);
    expect(text).toContain("Bearer tok-123");
    expect(text).toContain("sid=cookie-456");
    expect(text).toContain("sid=set-789");
    expect(text).toContain("Bearer from-auth-tab");
    expect(text).toContain("key-from-auth-tab");
    expect(text).toContain("api_key=k-123");
  });

  it("is disabled while nothing is listed", async () => {
    const { panel } = setup();
    await within(panel).findByRole("list", { name: "History entries" });
    fireEvent.input(within(panel).getByRole("searchbox", { name: "Search history" }), {
      target: { value: "no-such-request" },
    });
    expect(within(panel).getByRole("button", { name: "Export HAR" })).toHaveProperty(
      "disabled",
      true,
    );
  });
});
