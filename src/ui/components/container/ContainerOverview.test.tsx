// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Collection } from "../../../core/model";
import { renderWithApp } from "../../app/testing/renderApp";
import { resetOnceQueries } from "../../testing/onceQuery";
import { clearToasts } from "../../stores/toasts";
import { Sidebar } from "../sidebar/Sidebar";

// The app loads these lazily; load them first so the tests time the UI, not the imports.
beforeAll(() =>
  Promise.all([
    import("./ContainerSettingsDialog"),
    import("../docs/DocsDialog"),
    import("../docs/MarkdownView"),
  ]),
);
vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

async function openSettings(name: string) {
  await screen.findByRole("treeitem", { name });
  fireEvent.click(screen.getByRole("button", { name: `Actions for ${name}` }));
  fireEvent.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: "Settings" }));
  return screen.findByRole("dialog", { name: new RegExp(`settings: ${name}$`) });
}

describe("ContainerOverview", () => {
  it("edits the description as Markdown with a preview, and saves it", async () => {
    const { fx, fake } = renderWithApp(() => <Sidebar />);
    const dialog = await openSettings("Demo API");
    const text = await within(dialog).findByRole("textbox", { name: "Description" });
    fireEvent.input(text, { target: { value: "## Demo\n\nSee [site](https://example.test)." } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Preview description" }));
    const preview = within(dialog).getByRole("region", { name: "Description" });
    expect(await within(preview).findByRole("heading", { name: "Demo", level: 2 })).toBeTruthy();
    expect(within(preview).getByRole("link", { name: "site" }).getAttribute("target")).toBe(
      "_blank",
    );
    const stored = () => fake.rows.collection.get(fx.collection.id) as Collection;
    await waitFor(() => expect(stored().description).toContain("## Demo"));
  });

  it("opens the collection's documentation over its settings; folders have no such button", async () => {
    renderWithApp(() => <Sidebar />);
    const dialog = await openSettings("Demo API");
    fireEvent.click(await within(dialog).findByRole("button", { name: "View documentation" }));
    const docs = await screen.findByRole("dialog", { name: "Documentation: Demo API" });
    const view = await within(docs).findByRole("article", { name: "Documentation of Demo API" });
    expect(within(view).getByRole("heading", { name: "Users", level: 3 })).toBeTruthy();
    const requests = within(view)
      .getAllByRole("region")
      .map((r) => within(r).getAllByRole("heading")[0]?.textContent);
    expect(requests).toEqual(["GET Get users", "POST Create user", "GET Health"]);
    expect(within(docs).getByRole("button", { name: "Print" })).toBeTruthy();

    fireEvent.keyDown(docs, { key: "Escape" });
    await waitFor(() =>
      expect(screen.queryByRole("dialog", { name: "Documentation: Demo API" })).toBeNull(),
    );
    expect(screen.getByRole("dialog", { name: "Collection settings: Demo API" })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    const folder = await openSettings("Users");
    await within(folder).findByRole("textbox", { name: "Description" });
    expect(within(folder).queryByRole("button", { name: "View documentation" })).toBeNull();
  });
});
