/** Where over a row the pointer is, as a drop position: edges reorder, the middle moves into. */
import type { DropPosition, TreeNode } from "../../../core/tree";

/**
 * `fraction` is the pointer's height within the row (0 top … 1 bottom). Requests have no inside;
 * folders and collections take the middle half as "inside".
 */
export function dropPositionAt(target: TreeNode, fraction: number): DropPosition {
  if (target.kind === "request") return fraction < 0.5 ? "before" : "after";
  if (fraction < 0.25) return "before";
  if (fraction > 0.75) return "after";
  return "inside";
}
