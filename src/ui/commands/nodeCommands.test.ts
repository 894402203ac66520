import { describe, expect, it, vi } from "vitest";
import type { TreeNode } from "../../core/tree";
import type { NodeContext } from "./nodeCommands";
import { nodeMenu, nodeRegistry } from "./nodeCommands";
import type { TreeCommands } from "./treeCommands";

const node = (kind: TreeNode["kind"]): TreeNode =>
  ({ id: `${kind}-1`, kind, name: kind, parentId: null, sort: 1 }) as unknown as TreeNode;

function context(kind: TreeNode["kind"], over: Partial<NodeContext> = {}) {
  const commands = {
    duplicate: vi.fn(async () => undefined),
    remove: vi.fn(async () => undefined),
    step: vi.fn(async () => undefined),
  } as unknown as TreeCommands;
  return { node: node(kind), commands, rename: vi.fn(), create: vi.fn(), ...over };
}

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  ({
    key: k,
    code: "",
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  }) as KeyboardEvent;

describe("node commands: one registry for the row menu, its keys and the ? sheet", () => {
  it("lists what a request, a folder and a collection offer, in menu order", () => {
    const all = { onSettings: vi.fn(), onRun: vi.fn(), onExport: vi.fn(), onDocs: vi.fn() };
    const labels = (kind: TreeNode["kind"]) => nodeMenu(context(kind, all)).map((i) => i.label);
    expect(labels("request")).toEqual(["Rename", "Duplicate", "Delete", "Move up", "Move down"]);
    expect(labels("folder")).toEqual([
      "Rename",
      "Duplicate",
      "Delete",
      "New request",
      "New folder",
      "Settings",
      "Run",
      "Move up",
      "Move down",
    ]);
    expect(labels("collection")).toContain("View documentation");
    expect(labels("collection")).toContain("Export");
    // An action the host did not provide is not offered.
    expect(nodeMenu(context("collection")).map((i) => i.label)).not.toContain("Run");
  });

  it("runs the same command from the menu and from its key", () => {
    const ctx = context("folder");
    nodeMenu(ctx)
      .find((i) => i.label === "Duplicate")!
      .run();
    expect(ctx.commands.duplicate).toHaveBeenCalledWith(ctx.node);
    const byKey = nodeRegistry.forEvent(key("d", { ctrlKey: true }), false);
    expect(byKey?.id).toBe("node.duplicate");
    expect(nodeRegistry.forEvent(key("d", { metaKey: true }), true)?.id).toBe("node.duplicate");
    expect(nodeRegistry.forEvent(key("F2"), false)?.id).toBe("node.rename");
    expect(nodeRegistry.forEvent(key("ArrowUp", { altKey: true }), false)?.id).toBe("node.moveUp");
    expect(nodeRegistry.forEvent(key("ArrowUp"), false)).toBeUndefined(); // plain arrows move focus
  });

  it("gives the ? sheet every key it binds", () => {
    expect(nodeRegistry.withShortcuts().map((c) => c.title)).toEqual([
      "Rename",
      "Duplicate",
      "Delete",
      "Move up",
      "Move down",
    ]);
  });
});
