// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Collection, Folder } from "../../../core/model";
import { resetOnceQueries } from "../../testing/onceQuery";
import { renderWithApp } from "../../app/testing/renderApp";
import { clearToasts } from "../../stores/toasts";
import { Sidebar } from "../sidebar/Sidebar";

// The app loads this dialog lazily; load it before the tests so they time the UI, not the import.
beforeAll(() => import("./ContainerSettingsDialog"));

// CodeMirror never arrives: the editors stay the labelled textarea fallback.
vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

const setup = () => renderWithApp(() => <Sidebar />);

async function openSettings(name: string) {
  await screen.findByRole("treeitem", { name });
  fireEvent.click(screen.getByRole("button", { name: `Actions for ${name}` }));
  fireEvent.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: "Settings" }));
}

const tab = (dialog: HTMLElement, name: string) =>
  fireEvent.click(within(dialog).getByRole("tab", { name }));

describe("ContainerSettingsDialog", () => {
  it("opens from the tree menu of collections and folders, not requests", async () => {
    const { fx } = setup();
    await openSettings("Demo API");
    const dialog = await screen.findByRole("dialog", { name: "Collection settings: Demo API" });
    const tabs = await within(dialog).findAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("aria-label"))).toEqual([
      "Overview",
      "Variables",
      "Auth",
      "Pre-request",
      "Tests",
      "Settings",
    ]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    await openSettings(fx.folder.name);
    const folderDialog = await screen.findByRole("dialog", { name: "Folder settings: Users" });
    const folderTabs = await within(folderDialog).findAllByRole("tab");
    expect(folderTabs.map((t) => t.getAttribute("aria-label"))).toEqual([
      "Overview",
      "Auth",
      "Pre-request",
      "Tests",
    ]);
    fireEvent.keyDown(folderDialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    fireEvent.click(screen.getByRole("button", { name: "Actions for Health" }));
    const items = within(screen.getByRole("menu")).getAllByRole("menuitem");
    expect(items.map((i) => i.textContent)).not.toContain("Settings");
  });

  it("saves a collection test script, keeping a rename made meanwhile", async () => {
    const { fx, fake } = setup();
    await openSettings("Demo API");
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findAllByRole("tab");
    tab(dialog, "Tests");
    const editor = within(dialog).getByRole("textbox", { name: "Collection test script" });
    fireEvent.input(editor, { target: { value: "pm.test('ok', () => {});" } });
    await fake.repos.tree.rename("collection", fx.collection.id, "Renamed API");
    const stored = () => fake.rows.collection.get(fx.collection.id) as Collection;
    await waitFor(() => expect(stored().scripts.test).toBe("pm.test('ok', () => {});"));
    expect(stored().name).toBe("Renamed API");
    expect(stored().scripts.prerequest).toBe("");
  });

  it("writes a pending folder pre-request script and description when closed", async () => {
    const { fx, fake } = setup();
    await openSettings("Users");
    const dialog = await screen.findByRole("dialog");
    const description = await within(dialog).findByRole("textbox", { name: "Description" });
    fireEvent.input(description, { target: { value: "All user endpoints" } });
    tab(dialog, "Pre-request");
    const editor = within(dialog).getByRole("textbox", { name: "Folder pre-request script" });
    fireEvent.input(editor, { target: { value: "console.log(1);" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    const stored = () => fake.rows.folder.get(fx.folder.id) as Folder;
    await waitFor(() => expect(stored().scripts.prerequest).toBe("console.log(1);"));
    expect(stored().description).toBe("All user endpoints");
  });

  it("edits collection variables with secret masking", async () => {
    const { fx, fake } = setup();
    await openSettings("Demo API");
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findAllByRole("tab");
    tab(dialog, "Variables");
    const table = within(dialog).getByRole("table", { name: "Variables of Demo API" });
    fireEvent.input(within(table).getByRole("textbox", { name: "Variable" }), {
      target: { value: "apiKey" },
    });
    const value = within(table).getAllByLabelText("Value")[0] as HTMLInputElement;
    fireEvent.input(value, { target: { value: "s3cret" } });
    fireEvent.click(within(table).getByRole("checkbox", { name: "Secret apiKey" }));
    expect((within(table).getAllByLabelText("Value")[0] as HTMLInputElement).type).toBe("password");
    const stored = () => fake.rows.collection.get(fx.collection.id) as Collection;
    await waitFor(() =>
      expect(stored().variables).toEqual([
        expect.objectContaining({ key: "apiKey", value: "s3cret", type: "secret" }),
      ]),
    );
  });

  it("changes collection auth without offering inherit; folders may inherit", async () => {
    const { fx, fake } = setup();
    await openSettings("Demo API");
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findAllByRole("tab");
    tab(dialog, "Auth");
    const select = (await within(dialog).findByRole("combobox", {
      name: "Auth type",
    })) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).not.toContain("Inherit from parent");
    fireEvent.change(select, { target: { value: "bearer" } });
    fireEvent.input(within(dialog).getByRole("textbox", { name: "Token" }), {
      target: { value: "{{token}}" },
    });
    const stored = () => fake.rows.collection.get(fx.collection.id) as Collection;
    await waitFor(() =>
      expect(stored().auth).toEqual({
        type: "bearer",
        attributes: [{ key: "token", value: "{{token}}", type: "string" }],
      }),
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    await openSettings("Users");
    const folderDialog = await screen.findByRole("dialog");
    await within(folderDialog).findAllByRole("tab");
    tab(folderDialog, "Auth");
    const folderSelect = await within(folderDialog).findByRole("combobox", { name: "Auth type" });
    expect((folderSelect as HTMLSelectElement).value).toBe("inherit");
  });

  it("sets the script and request timeouts", async () => {
    const { fx, fake } = setup();
    await openSettings("Demo API");
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findAllByRole("tab");
    tab(dialog, "Settings");
    const script = within(dialog).getByRole("spinbutton", { name: "Script timeout (ms)" });
    expect(script.getAttribute("placeholder")).toContain("10000");
    fireEvent.input(script, { target: { value: "2500" } });
    fireEvent.input(within(dialog).getByRole("spinbutton", { name: "Request timeout (ms)" }), {
      target: { value: "30000" },
    });
    const stored = () => fake.rows.collection.get(fx.collection.id) as Collection;
    await waitFor(() =>
      expect(stored().settings).toEqual({ scriptTimeoutMs: 2500, requestTimeoutMs: 30000 }),
    );
    fireEvent.input(script, { target: { value: "" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(stored().settings).toEqual({ requestTimeoutMs: 30000 }));
  });
});
