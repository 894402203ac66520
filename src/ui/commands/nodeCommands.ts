/**
 * What can be done to one row of the collections tree, as commands in a registry: the row's
 * actions menu lists them, the focused row's shortcuts (F2, Delete, Ctrl/Cmd+D, Alt+↑/↓) run
 * them, and the "?" sheet shows those keys, so each action is declared once (see ./registry.ts).
 */
import type { TreeNode } from "../../core/tree";
import type { Command } from "./registry";
import { isEnabled, makeRegistry } from "./registry";
import type { TreeCommands } from "./treeCommands";

/** The row a node command acts on, and what the tree lets it do there. */
export interface NodeContext {
  node: TreeNode;
  commands: TreeCommands;
  /** Starts renaming the row in place. */
  rename(): void;
  /** Creates a request or folder inside the row (expanding it), then renames the new row. */
  create(kind: "newRequest" | "newFolder"): void;
  onSettings?: ((node: TreeNode) => void) | undefined;
  onRun?: ((node: TreeNode) => void) | undefined;
  onExport?: ((node: TreeNode) => void) | undefined;
  onDocs?: ((node: TreeNode) => void) | undefined;
}

type NodeCommand = Command<NodeContext>;

const container = (c: NodeContext) => c.node.kind !== "request";
const collection = (c: NodeContext) => c.node.kind === "collection";

/** Every node command, in the order the actions menu lists them. */
export const NODE_COMMANDS: readonly NodeCommand[] = [
  { id: "node.rename", title: "Rename", shortcuts: [{ key: "F2" }], run: (c) => c.rename() },
  {
    id: "node.duplicate",
    title: "Duplicate",
    shortcuts: [{ key: "d", mod: true }],
    run: (c) => void c.commands.duplicate(c.node),
  },
  {
    id: "node.delete",
    title: "Delete",
    shortcuts: [{ key: "Delete" }],
    run: (c) => void c.commands.remove(c.node),
  },
  {
    id: "node.newRequest",
    title: "New request",
    enabled: container,
    run: (c) => c.create("newRequest"),
  },
  {
    id: "node.newFolder",
    title: "New folder",
    enabled: container,
    run: (c) => c.create("newFolder"),
  },
  {
    id: "node.settings",
    title: "Settings",
    enabled: (c) => container(c) && !!c.onSettings,
    run: (c) => c.onSettings?.(c.node),
  },
  {
    id: "node.run",
    title: "Run",
    enabled: (c) => container(c) && !!c.onRun,
    run: (c) => c.onRun?.(c.node),
  },
  {
    id: "node.export",
    title: "Export",
    enabled: (c) => collection(c) && !!c.onExport,
    run: (c) => c.onExport?.(c.node),
  },
  {
    id: "node.docs",
    title: "View documentation",
    enabled: (c) => collection(c) && !!c.onDocs,
    run: (c) => c.onDocs?.(c.node),
  },
  {
    id: "node.moveUp",
    title: "Move up",
    shortcuts: [{ key: "ArrowUp", alt: true }],
    run: (c) => void c.commands.step(c.node, -1),
  },
  {
    id: "node.moveDown",
    title: "Move down",
    shortcuts: [{ key: "ArrowDown", alt: true }],
    run: (c) => void c.commands.step(c.node, 1),
  },
];

/** The tree's registry (menus, the row's shortcuts and the "?" sheet read it). */
export const nodeRegistry = makeRegistry(NODE_COMMANDS);

/** The enabled commands for a row, as its actions menu shows them. */
export function nodeMenu(ctx: NodeContext): { label: string; run: () => void }[] {
  return nodeRegistry
    .all(ctx)
    .filter((c) => isEnabled(c, ctx))
    .map((c) => ({ label: c.title, run: () => void c.run(ctx) }));
}
