// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetOnceQueries } from "../../testing/onceQuery";
import { renderWithApp } from "../../app/testing/renderApp";
import { clearToasts } from "../../stores/toasts";
import { Sidebar } from "../sidebar/Sidebar";
import { readText } from "../../files/readText";

// The app loads these lazily; load them first so the tests time the UI, not the import.
beforeAll(() => Promise.all([import("./ExportDialog"), import("./exportDocuments")]));

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
  vi.restoreAllMocks();
});

/** Opens "Export collection" for Demo API, picks `format` (if given) and downloads. */
async function exportDemo(format?: string) {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), "blob:x"));
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  renderWithApp(() => <Sidebar />);
  await screen.findByRole("treeitem", { name: "Demo API" });
  fireEvent.click(screen.getByRole("button", { name: "Actions for Demo API" }));
  fireEvent.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: "Export" }));
  const dialog = await screen.findByRole("dialog", { name: "Export collection" });
  if (format) fireEvent.click(within(dialog).getByRole("radio", { name: format }));
  fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
  await waitFor(() => expect(click).toHaveBeenCalled());
  const anchor = click.mock.contexts[0] as HTMLAnchorElement;
  return { fileName: anchor.download, text: await readText(blobs[0] as Blob) };
}

describe("Export collection from the sidebar", () => {
  it("downloads a Postman v2.1 file by default", async () => {
    const { fileName, text } = await exportDemo();
    expect(fileName).toBe("Demo_API.postman_collection.json");
    const json = JSON.parse(text) as { info: { schema: string }; item: { name: string }[] };
    expect(json.info.schema).toContain("v2.1.0");
    expect(json.item.map((i) => i.name)).toEqual(["Users", "Health"]);
  });

  it("downloads OpenAPI 3.1 JSON when chosen", async () => {
    const { fileName, text } = await exportDemo("OpenAPI 3.1 (JSON)");
    expect(fileName).toBe("Demo_API.openapi.json");
    const json = JSON.parse(text) as { openapi: string; tags: { name: string }[] };
    expect(json.openapi).toMatch(/^3\.1/);
    expect(json.tags.map((t) => t.name)).toEqual(["Users"]);
  });
});
