/**
 * Maps a key press on a focused tree row to a tree action (WAI-ARIA tree pattern plus Satchel's
 * extras). Pure: the component performs the returned action.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/treeview/
 */
import type { TreeRow } from "../../../core/tree";

/** What a key press asks the tree to do. */
export type TreeKeyAction =
  | { type: "focus"; index: number }
  | { type: "expand"; expand: boolean }
  | { type: "open" }
  | { type: "rename" }
  | { type: "delete" }
  | { type: "duplicate" }
  | { type: "menu" }
  | { type: "step"; direction: -1 | 1 };

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
  if (key.altKey && (key.key === "ArrowUp" || key.key === "ArrowDown")) {
    return { type: "step", direction: key.key === "ArrowUp" ? -1 : 1 };
  }
  if (mod && (key.key === "d" || key.key === "D")) return { type: "duplicate" };
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
    case "F2":
      return { type: "rename" };
    case "Delete":
      return { type: "delete" };
    default:
      return undefined;
  }
}
