import { describe, expect, it, vi } from "vitest";
import type { TreeNode } from "../../../core/tree";
import type { Command } from "../../commands/registry";
import { commandItems, nodeItems, searchItems } from "./paletteItems";

const nodes: TreeNode[] = [
  {
    kind: "request",
    id: "R1",
    collectionId: "C1",
    parentId: "F1",
    name: "Post JSON",
    sort: 1,
    method: "POST",
  },
  {
    kind: "request",
    id: "R2",
    collectionId: "C1",
    parentId: null,
    name: "Get with query params",
    sort: 2,
    method: "GET",
  },
  { kind: "folder", id: "F1", collectionId: "C1", parentId: null, name: "Bodies", sort: 1 },
  {
    kind: "collection",
    id: "C1",
    collectionId: "C1",
    parentId: null,
    name: "Satchel demo",
    sort: 1,
  },
];

function items() {
  const actions = { openRequest: vi.fn(), openContainer: vi.fn() };
  return { actions, list: nodeItems(nodes, actions) };
}

describe("nodeItems", () => {
  it("lists collections, folders, then requests, each with its path", () => {
    const { list } = items();
    expect(list.map((i) => [i.kind, i.title, i.detail])).toEqual([
      ["collection", "Satchel demo", ""],
      ["folder", "Bodies", "Satchel demo"],
      ["request", "Post JSON", "Satchel demo / Bodies"],
      ["request", "Get with query params", "Satchel demo"],
    ]);
  });

  it("opens a request, and a folder's or collection's settings", () => {
    const { list, actions } = items();
    list.find((i) => i.key === "request:R1")?.run();
    expect(actions.openRequest).toHaveBeenCalledWith("R1");
    list.find((i) => i.key === "folder:F1")?.run();
    expect(actions.openContainer).toHaveBeenCalledWith({ kind: "folder", id: "F1" });
  });
});

describe("commandItems", () => {
  it("lists enabled commands with their first shortcut, leaving out the palette itself", () => {
    const run = vi.fn();
    const commands: Command<null>[] = [
      { id: "palette.open", title: "Command palette", run },
      { id: "save", title: "Save", shortcuts: [{ key: "s", mod: true }], run },
      { id: "off", title: "Off", enabled: () => false, run },
      { id: "environment.E1", title: "Switch environment: Dev", group: "Environment", run },
    ];
    const list = commandItems(commands, null, false);
    expect(list.map((i) => [i.key, i.kind, i.hint])).toEqual([
      ["command:save", "command", "Ctrl+S"],
      ["command:environment.E1", "environment", undefined],
    ]);
    list[0]?.run();
    expect(run).toHaveBeenCalledWith(null);
  });
});

describe("searchItems", () => {
  it("finds a request by an abbreviated, fuzzy name", () => {
    const { list } = items();
    expect(searchItems(list, "pojs", [])[0]?.title).toBe("Post JSON");
    expect(searchItems(list, "gqp", [])[0]?.title).toBe("Get with query params");
    expect(searchItems(list, "zzzz", [])).toEqual([]);
  });

  it("matches the path and the method too", () => {
    const { list } = items();
    expect(searchItems(list, "bodies", []).map((i) => i.title)).toContain("Post JSON");
    expect(searchItems(list, "POST", [])[0]?.title).toBe("Post JSON");
  });

  it("puts recent choices first while the query is empty, skipping gone ones", () => {
    const { list } = items();
    const recent = ["request:R2", "request:gone", "folder:F1"];
    expect(searchItems(list, "  ", recent).map((i) => i.key)).toEqual([
      "request:R2",
      "folder:F1",
      "collection:C1",
      "request:R1",
    ]);
  });
});
