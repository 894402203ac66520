/**
 * Maps a key press on a focused tree row to a tree movement (the WAI-ARIA tree pattern) or its
 * actions menu. Pure: the component performs the returned action. What a key does *to* the row
 * (F2, Delete, Ctrl/Cmd+D, Alt+↑/↓) is a node command (commands/nodeCommands.ts).
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/treeview/
 */
import type { TreeRow } from "../../../core/tree";

/** What a key press asks the tree to do. */
export type TreeKeyAction =
  | { type: "focus"; index: number }
  | { type: "expand"; expand: boolean }
  | { type: "open" }
  | { type: "menu" };

/** Key facts the mapping needs (a KeyboardEvent satisfies it). */
export interface KeyInput {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The action for `key` on row `index` of `rows`, or undefined when the key is not ours. */
export function treeKeyAction(
  rows: readonly TreeRow[],
  index: number,
  key: KeyInput,
): TreeKeyAction | undefined {
  const row = rows[index];
  if (!row) return undefined;
  const mod = key.ctrlKey || key.metaKey;
  if (key.key === "ContextMenu" || (key.shiftKey && key.key === "F10")) return { type: "menu" };
  if (mod || key.altKey) return undefined;
  switch (key.key) {
    case "ArrowDown":
      return { type: "focus", index: Math.min(index + 1, rows.length - 1) };
    case "ArrowUp":
      return { type: "focus", index: Math.max(index - 1, 0) };
    case "Home":
      return { type: "focus", index: 0 };
    case "End":
      return { type: "focus", index: rows.length - 1 };
    case "ArrowRight":
      if (!row.hasChildren) return undefined;
      return row.expanded ? { type: "focus", index: index + 1 } : { type: "expand", expand: true };
    case "ArrowLeft": {
      if (row.expanded) return { type: "expand", expand: false };
      const parent = rows.findIndex((r) => r.node.id === row.parentId);
      return parent >= 0 ? { type: "focus", index: parent } : undefined;
    }
    case "Enter":
      return row.node.kind === "request"
        ? { type: "open" }
        : { type: "expand", expand: !row.expanded };
    default:
      return undefined;
  }
}
