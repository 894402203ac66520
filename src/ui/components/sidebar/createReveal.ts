/**
 * The tree follows the active tab: its request becomes the selected row and is revealed (every
 * collapsed collection and folder above it opens, and the row scrolls into view) each time the
 * active tab changes, or as soon as the request's node arrives when the tree loads after the tabs.
 */
import type { Accessor } from "solid-js";
import { createEffect, createSignal, on } from "solid-js";
import type { Id } from "../../../core/model";
import type { TreeNode } from "../../../core/tree";
import { parentOf } from "../../../core/tree";
import type { TreeState } from "./createTreeState";

/** How far up a chain is followed at most (a cycle in hostile data ends there). */
const MAX_DEPTH = 64;

/** The collection and folders above node `id`, outermost first; empty when `id` is not there. */
export function pathTo(nodes: readonly TreeNode[], id: Id): TreeNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: TreeNode[] = [];
  let node = byId.get(id);
  while (node && path.length < MAX_DEPTH) {
    const parentId = parentOf(node);
    node = parentId === null ? undefined : byId.get(parentId);
    if (node) path.unshift(node);
  }
  return path;
}

/** Wires the reveal; `scrollTo` scrolls row `index` into view. */
export function createReveal(
  tree: TreeState,
  nodes: Accessor<readonly TreeNode[]>,
  activeId: Accessor<Id | null | undefined>,
  scrollTo: (index: number) => void,
): void {
  const [pending, setPending] = createSignal<Id | null>(null);
  createEffect(
    on(activeId, (id) => {
      tree.setSelectedId(id ?? null);
      setPending(id ?? null);
    }),
  );
  createEffect(() => {
    const id = pending();
    if (!id || !nodes().some((n) => n.id === id)) return;
    setPending(null);
    for (const node of pathTo(nodes(), id)) tree.setExpanded(node, true);
    const index = tree.rows().findIndex((r) => r.node.id === id);
    if (index >= 0) scrollTo(index);
  });
}
