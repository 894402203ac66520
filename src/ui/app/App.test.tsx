// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { clearToasts } from "../stores/toasts";
import { App } from "./App";
import { refreshOnceQueries, resetOnceQueries } from "../testing/onceQuery";
import { renderWithApp } from "./testing/renderApp";
import { requestName } from "../testing/requestName";

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

const setup = () => renderWithApp((host) => <App host={host} />, false);

describe("App shell", () => {
  it("shows the layout landmarks and the collections tree", async () => {
    setup();
    screen.getByRole("banner");
    screen.getByRole("main");
    screen.getByRole("button", { name: "Collections" });
    screen.getByRole("button", { name: "New collection" });
    screen.getByRole("textbox", { name: "Filter requests" });
    const tree = screen.getByRole("tree", { name: "Collections" });
    await within(tree).findByRole("treeitem", { name: requestName("Demo API") });
  });

  it("a new collection opens its name for editing", async () => {
    const { fake } = setup();
    const tree = screen.getByRole("tree", { name: "Collections" });
    await within(tree).findByRole("treeitem", { name: requestName("Demo API") });
    fireEvent.click(screen.getByRole("button", { name: "New collection" }));
    await waitFor(() =>
      expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("New collection"),
    );
    refreshOnceQueries();
    const box = await within(tree).findByRole("textbox", { name: "Name" });
    expect(box).toHaveProperty("value", "New collection");
    fireEvent.input(box, { target: { value: "Payments" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await waitFor(() =>
      expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("Payments"),
    );
  });

  it("filters the tree as you type", async () => {
    setup();
    await screen.findByRole("treeitem", { name: requestName("Health") });
    fireEvent.input(screen.getByRole("textbox", { name: "Filter requests" }), {
      target: { value: "create" },
    });
    const names = screen.getAllByRole("treeitem").map((el) => el.getAttribute("aria-label"));
    expect(names).toEqual(["Demo API", "Users", "POST Create user"]);
  });

  it("opens and closes the narrow-screen drawer from the Collections button", async () => {
    setup();
    const toggle = screen.getByRole("button", { name: "Collections" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await screen.findByRole("treeitem", { name: requestName("Demo API") });
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(
      screen.getByRole("treeitem", { name: requestName("Demo API") }),
    );
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
  });

  it("opens a request from the tree in a tab and saves it with Ctrl+S", async () => {
    const { fake, fx, host } = setup();
    fireEvent.click(await screen.findByRole("treeitem", { name: requestName("Health") }));
    await screen.findByRole("tab", { name: requestName("Health") });
    expect(screen.getByRole<HTMLSelectElement>("combobox", { name: "Method" }).value).toBe("GET");
    host.tabs.setDraft(fx.health.id, { ...host.tabs.active()!.draft, url: "https://x" });
    await screen.findByRole("tab", { name: requestName("Health (unsaved)") });
    fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    await screen.findByRole("tab", { name: requestName("Health") });
    expect(fake.rows.request.get(fx.health.id)).toMatchObject({ url: "https://x" });
  });

  it("a clean tab follows a newer stored version (e.g. saved in another browser tab)", async () => {
    const { fake, fx, host } = setup();
    await host.tabs.open(fx.health.id);
    await screen.findByRole("tab", { name: requestName("Health") });
    fake.rows.request.set(fx.health.id, { ...fx.health, url: "https://elsewhere.test" });
    refreshOnceQueries();
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>("textbox", { name: "URL" }).value).toBe(
        "https://elsewhere.test",
      ),
    );
    expect(host.tabs.isDirty(host.tabs.active()!)).toBe(false);
  });

  it("saving an untitled request asks which collection", async () => {
    const { fake, fx, host } = setup();
    await screen.findByRole("treeitem", { name: requestName("Other") });
    fireEvent.click(screen.getByRole("button", { name: "New request tab" }));
    fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    const dialog = await screen.findByRole("dialog", { name: "Save request" });
    const select = within(dialog).getByRole("combobox", { name: "Collection" });
    fireEvent.change(select, { target: { value: fx.other.id } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const id = host.tabs.active()!.id;
    expect(fake.rows.request.get(id)).toMatchObject({
      name: "Untitled request",
      collectionId: fx.other.id,
    });
  });

  it("deletes from the actions menu and undoes from the toast", async () => {
    const { fake, fx } = setup();
    fireEvent.click(await screen.findByRole("button", { name: "Actions for Health" }));
    fireEvent.click(screen.getByRole("menuitem", { name: "Delete" }));
    await waitFor(() => expect(fake.rows.request.has(fx.health.id)).toBe(false));
    refreshOnceQueries();
    await waitFor(() =>
      expect(screen.queryByRole("treeitem", { name: requestName("Health") })).toBeNull(),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() => expect(fake.rows.request.has(fx.health.id)).toBe(true));
    refreshOnceQueries();
    await screen.findByRole("treeitem", { name: requestName("Health") });
  });
});
