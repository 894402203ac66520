// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../app/testing/renderApp";
import { resetOnceQueries } from "../../testing/onceQuery";
import { SaveToCollectionDialog, folderChoices } from "./SaveToCollectionDialog";

afterEach(() => {
  cleanup();
  resetOnceQueries();
});

describe("SaveToCollectionDialog", () => {
  it("asks for the name, the collection and the folder, and saves there", async () => {
    const { host, fx, fake } = renderWithApp(() => <SaveToCollectionDialog />);
    const id = host.tabs.openNew();
    void host.tabs.save(id);
    const dialog = await screen.findByRole("dialog", { name: "Save request" });
    const name = within(dialog).getByRole("textbox", { name: "Name" }) as HTMLInputElement;
    expect(name.value).toBe("Untitled request");
    expect(document.activeElement).toBe(name);
    const collection = within(dialog).getByRole("combobox", { name: "Collection" });
    fireEvent.change(collection, { target: { value: fx.collection.id } });
    const folder = within(dialog).getByRole("combobox", { name: "Folder" }) as HTMLSelectElement;
    await waitFor(() =>
      expect([...folder.options].map((o) => o.text)).toEqual([
        "Top level of the collection",
        "Users",
      ]),
    );
    expect(folder.value).toBe("");
    fireEvent.change(folder, { target: { value: fx.folder.id } });
    fireEvent.input(name, { target: { value: "  List admins " } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(fake.rows.request.get(id)).toMatchObject({
        name: "List admins",
        collectionId: fx.collection.id,
        parentId: fx.folder.id,
      }),
    );
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("will not save without a name", async () => {
    const { host } = renderWithApp(() => <SaveToCollectionDialog />);
    void host.tabs.save(host.tabs.openNew());
    const dialog = await screen.findByRole("dialog", { name: "Save request" });
    fireEvent.input(within(dialog).getByRole("textbox", { name: "Name" }), {
      target: { value: "  " },
    });
    expect(within(dialog).getByRole("button", { name: "Save" }).hasAttribute("disabled")).toBe(
      true,
    );
  });
});

describe("folderChoices", () => {
  it("lists the top level, then nested folders by path in tree order", () => {
    const node = (id: string, parentId: string | null, sort: number, collectionId = "c") => ({
      kind: "folder" as const,
      id,
      name: id.toUpperCase(),
      parentId,
      collectionId,
      sort,
    });
    const nodes = [
      node("b", null, 2),
      node("a", null, 1),
      node("a1", "a", 1),
      node("x", null, 0, "d"),
    ];
    expect(folderChoices(nodes, "c").map((c) => [c.id, c.label])).toEqual([
      ["", "Top level of the collection"],
      ["a", "A"],
      ["a1", "A / A1"],
      ["b", "B"],
    ]);
  });
});
