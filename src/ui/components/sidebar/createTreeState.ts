/**
 * The sidebar tree's view state: which nodes are open, focused, selected, being renamed or
 * dragged, and the visible rows derived from them. Collections start open, folders closed.
 */
import type { Accessor } from "solid-js";
import { createMemo, createSignal } from "solid-js";
import type { Id } from "../../../core/model";
import type { DropPosition, TreeNode, TreeRow } from "../../../core/tree";
import { flattenTree } from "../../../core/tree";

/** The tree's reactive state (see `createTreeState`). */
export type TreeState = ReturnType<typeof createTreeState>;

/** Creates the view state over reactive `nodes` and `filter`. */
export function createTreeState(nodes: Accessor<readonly TreeNode[]>, filter: Accessor<string>) {
  // A collection is open unless toggled; a folder is open only when toggled.
  const [toggled, setToggled] = createSignal<ReadonlySet<Id>>(new Set());
  const [focusedId, setFocusedId] = createSignal<Id | null>(null);
  const [selectedId, setSelectedId] = createSignal<Id | null>(null);
  const [renamingId, setRenamingId] = createSignal<Id | null>(null);
  const [dragId, setDragId] = createSignal<Id | null>(null);
  const [dropHint, setDropHint] = createSignal<{ id: Id; position: DropPosition } | null>(null, {
    // dragover fires many times a second; only a different row or position is a change.
    equals: (a, b) => a?.id === b?.id && a?.position === b?.position,
  });

  const isExpanded = (node: TreeNode) => (node.kind === "collection") !== toggled().has(node.id);
  const rows = createMemo<TreeRow[]>(() => flattenTree(nodes(), isExpanded, filter()));
  const indexOf = (id: Id | null) => (id ? rows().findIndex((r) => r.node.id === id) : -1);
  /** The row holding the roving tab stop: the focused one, else the selected, else the first. */
  const tabStopIndex = createMemo(() => {
    const focused = indexOf(focusedId());
    if (focused >= 0) return focused;
    const selected = indexOf(selectedId());
    return selected >= 0 ? selected : 0;
  });

  const setExpanded = (node: TreeNode, open: boolean) => {
    if (isExpanded(node) === open) return;
    setToggled((prev) => {
      const next = new Set(prev);
      if (next.has(node.id)) next.delete(node.id);
      else next.add(node.id);
      return next;
    });
  };

  return {
    rows,
    tabStopIndex,
    isExpanded,
    setExpanded,
    focusedId,
    setFocusedId,
    selectedId,
    setSelectedId,
    renamingId,
    setRenamingId,
    dragId,
    setDragId,
    dropHint,
    setDropHint,
  };
}
