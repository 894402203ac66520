// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TreeCommands } from "../../commands/treeCommands";
import { CollectionTree } from "./CollectionTree";
import type { TreeNode } from "../../../core/tree";
import { requestName } from "../../testing/requestName";

afterEach(cleanup);

const node = (n: Partial<TreeNode> & Pick<TreeNode, "id" | "kind" | "name">): TreeNode => ({
  collectionId: "C1",
  parentId: null,
  sort: 0,
  ...n,
});
const nodes: TreeNode[] = [
  node({ kind: "collection", id: "C1", collectionId: "C1", name: "Demo API", sort: 1 }),
  node({ kind: "folder", id: "F1", name: "Users", sort: 1 }),
  node({ kind: "request", id: "R1", parentId: "F1", name: "Get users", method: "GET", sort: 1 }),
  node({ kind: "request", id: "R2", name: "Health", method: "DELETE", sort: 2 }),
];

function fakeCommands(): TreeCommands {
  return {
    newCollection: vi.fn(async () => undefined),
    newFolder: vi.fn(async () => undefined),
    newRequest: vi.fn(async () => undefined),
    rename: vi.fn(async () => {}),
    duplicate: vi.fn(async () => undefined),
    remove: vi.fn(async () => {}),
    move: vi.fn(async () => {}),
    step: vi.fn(async () => {}),
    drop: vi.fn(async () => {}),
  };
}

function setup(list: TreeNode[] = nodes, filter = "") {
  const commands = fakeCommands();
  const onOpen = vi.fn();
  render(() => <CollectionTree nodes={list} filter={filter} commands={commands} onOpen={onOpen} />);
  const tree = screen.getByRole("tree", { name: "Collections" });
  return { commands, onOpen, tree };
}

const item = (name: string) => screen.getByRole("treeitem", { name: requestName(name) });

describe("CollectionTree", () => {
  it("renders collections open and folders closed, with ARIA tree attributes", () => {
    const { tree } = setup();
    const names = within(tree)
      .getAllByRole("treeitem")
      .map((el) => el.getAttribute("aria-label"));
    expect(names).toEqual(["Demo API", "Users", "DELETE Health"]);
    expect(item("Demo API")).toHaveProperty("tabIndex", 0);
    expect(item("Demo API").getAttribute("aria-expanded")).toBe("true");
    expect(item("Users").getAttribute("aria-expanded")).toBe("false");
    expect(item("Users").getAttribute("aria-level")).toBe("2");
    expect(item("Health").getAttribute("aria-expanded")).toBeNull();
    expect(item("Health").textContent).toContain("DELETE");
  });

  it("moves focus with arrows, expands with Right, and opens a request with Enter", () => {
    const { onOpen } = setup();
    item("Demo API").focus();
    fireEvent.keyDown(item("Demo API"), { key: "ArrowDown" });
    expect(document.activeElement).toBe(item("Users"));
    expect(item("Users").tabIndex).toBe(0);
    expect(item("Demo API").tabIndex).toBe(-1);
    fireEvent.keyDown(item("Users"), { key: "ArrowRight" });
    expect(item("Users").getAttribute("aria-expanded")).toBe("true");
    fireEvent.keyDown(item("Users"), { key: "ArrowDown" });
    expect(document.activeElement).toBe(item("Get users"));
    expect(item("Get users").getAttribute("aria-level")).toBe("3");
    fireEvent.keyDown(item("Get users"), { key: "Enter" });
    expect(onOpen).toHaveBeenCalledWith("R1");
    expect(item("Get users").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(item("Get users"), { key: "ArrowLeft" });
    expect(document.activeElement).toBe(item("Users"));
    fireEvent.keyDown(item("Users"), { key: "ArrowLeft" });
    expect(screen.queryByRole("treeitem", { name: requestName("Get users") })).toBeNull();
  });

  it("renames inline with F2 and deletes, duplicates and moves by keyboard", async () => {
    const { commands } = setup();
    item("Health").focus();
    fireEvent.keyDown(item("Health"), { key: "F2" });
    const input = screen.getByRole("textbox", { name: "Name" });
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: "Status" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(commands.rename).toHaveBeenCalledWith(expect.objectContaining({ id: "R2" }), "Status");
    await waitFor(() => expect(screen.queryByRole("textbox", { name: "Name" })).toBeNull());

    fireEvent.keyDown(item("Health"), { key: "Delete" });
    expect(commands.remove).toHaveBeenCalledWith(expect.objectContaining({ id: "R2" }));
    fireEvent.keyDown(item("Health"), { key: "d", ctrlKey: true });
    expect(commands.duplicate).toHaveBeenCalledWith(expect.objectContaining({ id: "R2" }));
    fireEvent.keyDown(item("Health"), { key: "ArrowUp", altKey: true });
    expect(commands.step).toHaveBeenCalledWith(expect.objectContaining({ id: "R2" }), -1);
  });

  it("offers row actions in a menu", () => {
    const { commands } = setup();
    fireEvent.click(screen.getByRole("button", { name: "Actions for Users" }));
    const menu = screen.getByRole("menu");
    const labels = within(menu)
      .getAllByRole("menuitem")
      .map((el) => el.textContent);
    expect(labels).toEqual([
      "Rename",
      "Duplicate",
      "Delete",
      "New request",
      "New folder",
      "Move up",
      "Move down",
    ]);
    fireEvent.click(within(menu).getByRole("menuitem", { name: "New request" }));
    expect(commands.newRequest).toHaveBeenCalledWith(expect.objectContaining({ id: "F1" }));
    expect(screen.queryByRole("menu")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Actions for Health" }));
    expect(screen.getAllByRole("menuitem")).toHaveLength(5);
  });

  it("filters by name, showing ancestors of matches", () => {
    setup(nodes, "get");
    const names = screen.getAllByRole("treeitem").map((el) => el.getAttribute("aria-label"));
    expect(names).toEqual(["Demo API", "Users", "GET Get users"]);
  });

  it("drops a row onto a folder through native drag and drop", () => {
    const { commands } = setup();
    fireEvent.dragStart(item("Health"));
    fireEvent.dragOver(item("Users"), { clientY: 0 });
    fireEvent.drop(item("Users"), { clientY: 0 });
    expect(commands.drop).toHaveBeenCalledWith(
      expect.objectContaining({ id: "R2" }),
      expect.objectContaining({ id: "F1" }),
      "inside",
    );
  });

  it("keeps only the visible rows of 10,000 requests in the DOM", () => {
    const many: TreeNode[] = [nodes[0]!];
    for (let i = 0; i < 10_000; i++) {
      many.push(
        node({ kind: "request", id: `R${i}`, name: `Request ${i}`, method: "GET", sort: i }),
      );
    }
    const { tree } = setup(many);
    const rendered = within(tree).getAllByRole("treeitem");
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(100);
    const sizer = tree.firstElementChild as HTMLElement;
    expect(sizer.style.height).toBe(`${10_001 * 28}px`);
  });
});
