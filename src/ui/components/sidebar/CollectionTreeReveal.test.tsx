// @vitest-environment jsdom
// The tree follows the active tab: selected, aria-current, folders opened, scrolled to.
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Id } from "../../../core/model";
import type { TreeNode } from "../../../core/tree";
import type { TreeCommands } from "../../commands/treeCommands";
import { CollectionTree } from "./CollectionTree";
import { pathTo } from "./createReveal";
import { requestName } from "../../testing/requestName";

afterEach(cleanup);

const node = (n: Partial<TreeNode> & Pick<TreeNode, "id" | "kind" | "name">): TreeNode => ({
  collectionId: "C1",
  parentId: null,
  sort: 0,
  ...n,
});
const nodes: TreeNode[] = [
  node({ kind: "collection", id: "C1", name: "Demo API", sort: 1 }),
  node({ kind: "folder", id: "F1", name: "Users", sort: 1 }),
  node({ kind: "folder", id: "F2", parentId: "F1", name: "Admins", sort: 1 }),
  node({ kind: "request", id: "R1", parentId: "F2", name: "Get admins", method: "GET" }),
  node({ kind: "request", id: "R2", name: "Health", method: "GET", sort: 2 }),
];

const commands = new Proxy({} as TreeCommands, { get: () => vi.fn(async () => undefined) });
const item = (name: string) => screen.getByRole("treeitem", { name: requestName(name) });

function setup(initial: TreeNode[] = nodes) {
  const [active, setActive] = createSignal<Id | null>(null);
  const [list, setList] = createSignal(initial);
  render(() => (
    <CollectionTree
      nodes={list()}
      filter=""
      commands={commands}
      onOpen={() => {}}
      activeId={active()}
    />
  ));
  return { setActive, setList };
}

describe("CollectionTree and the active tab", () => {
  it("finds the containers above a node, outermost first", () => {
    expect(pathTo(nodes, "R1").map((n) => n.id)).toEqual(["C1", "F1", "F2"]);
    expect(pathTo(nodes, "R2").map((n) => n.id)).toEqual(["C1"]);
    expect(pathTo(nodes, "nope")).toEqual([]);
  });

  it("selects and marks the active request, opening the folders above it", () => {
    const { setActive } = setup();
    expect(screen.queryByRole("treeitem", { name: requestName("Get admins") })).toBeNull();
    setActive("R1");
    expect(item("Users").getAttribute("aria-expanded")).toBe("true");
    expect(item("Admins").getAttribute("aria-expanded")).toBe("true");
    expect(item("Get admins").getAttribute("aria-selected")).toBe("true");
    expect(item("Get admins").getAttribute("aria-current")).toBe("true");
    setActive("R2");
    expect(item("Health").getAttribute("aria-current")).toBe("true");
    expect(item("Get admins").getAttribute("aria-current")).toBeNull();
    expect(item("Get admins").getAttribute("aria-selected")).toBe("false");
    const tree = screen.getByRole("tree", { name: "Collections" });
    const current = within(tree)
      .getAllByRole("treeitem")
      .filter((el) => el.getAttribute("aria-current"));
    expect(current).toHaveLength(1);
  });

  it("reveals the active request once the tree's nodes arrive", () => {
    const { setActive, setList } = setup([]);
    setActive("R1");
    setList(nodes);
    expect(item("Get admins").getAttribute("aria-current")).toBe("true");
  });
});
