// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeShareFragment } from "../../core/share/fragment";
import { renderSidebarWithImport, resetImportTest } from "../components/import/testing";
import { toasts } from "../stores/toasts";
import { openSharedLink, SHARED_FILE_NAME } from "./openSharedLink";
import { watchShareHash } from "./watchShareHash";

vi.mock("../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

const shared = {
  info: {
    name: "Shared Echo",
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  },
  item: [{ name: "Ping", request: { method: "GET", url: "https://x.test/ping" } }],
};

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  resetImportTest();
  history.replaceState(null, "", "/");
});

describe("shared links in the app", () => {
  it("opens the Import preview for #import=, clears the URL, and stores only on Import", async () => {
    history.replaceState(null, "", `/?x=1#import=${await encodeShareFragment(shared)}`);
    const { fake } = renderSidebarWithImport();
    stop = watchShareHash();
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 1 request.");
    expect(within(status).getByText("Collection “Shared Echo”")).toBeTruthy();
    expect(dialog.textContent).toContain(SHARED_FILE_NAME);
    expect(location.hash).toBe("");
    expect(location.search).toBe("?x=1");
    expect(fake.calls.some((c) => c.startsWith("imports."))).toBe(false);
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull());
    expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("Shared Echo");
  });

  it("opens a link shared while the app is open (hashchange)", async () => {
    renderSidebarWithImport();
    stop = watchShareHash();
    expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull();
    const item = { name: "Lone", request: "https://x.test/lone" };
    history.replaceState(null, "", `/#import=${await encodeShareFragment(item)}`);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    expect((await within(dialog).findByRole("status")).textContent).toContain("Collection “Lone”");
  });

  it("reports a broken link, naming the problem, and opens nothing", async () => {
    const open = vi.fn();
    const notify = vi.fn();
    const clearHash = vi.fn();
    await openSharedLink("#import=v1.ab*cd", { open, notify, clearHash });
    expect(open).not.toHaveBeenCalled();
    expect(clearHash).toHaveBeenCalled();
    expect(notify).toHaveBeenCalledWith({
      kind: "error",
      message: expect.stringMatching(/damaged at character 5: character "\*" is not base64url/),
    });
  });

  it("shows the error as a toast in the app", async () => {
    history.replaceState(null, "", "/#import=v2.zzz");
    renderSidebarWithImport();
    stop = watchShareHash();
    await waitFor(() => expect(toasts().map((t) => t.kind)).toContain("error"));
    expect(toasts()[0]?.message).toContain('format "v2"');
    expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull();
  });

  it("ignores other fragments", async () => {
    const effects = { open: vi.fn(), notify: vi.fn(), clearHash: vi.fn() };
    await openSharedLink("#pair=1&agent=x", effects);
    expect(effects.clearHash).not.toHaveBeenCalled();
  });
});
