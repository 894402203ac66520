/**
 * The virtualized collections tree (`role="tree"`, named "Collections"). Only the rows in view
 * are in the DOM; focus is roving (one row has tabindex 0) and follows the keyboard. The active
 * tab's request is selected, marked `aria-current` and revealed (createReveal.ts).
 */
import { createVirtualizer } from "@tanstack/solid-virtual";
import { observeRect } from "../../primitives/observeRect";
import { For, Show, createEffect, createSignal, on } from "solid-js";
import type { Id } from "../../../core/model";
import type { NodeContext } from "../../commands/nodeCommands";
import { nodeMenu, nodeRegistry } from "../../commands/nodeCommands";
import { isApplePlatform, isEnabled } from "../../commands/registry";
import type { TreeCommands } from "../../commands/treeCommands";
import type { DropPosition, TreeNode } from "../../../core/tree";
import type { MenuItem } from "../common/Menu";
import { createReveal } from "./createReveal";
import { createTreeState } from "./createTreeState";
import { treeKeyAction } from "./treeKeys";
import { TreeItem } from "./TreeItem";
import "../../styles/sidebar.css";

/** Props of {@link CollectionTree}. */
export interface CollectionTreeProps {
  nodes: readonly TreeNode[];
  filter: string;
  commands: TreeCommands;
  /** Opens a request in a tab. */
  onOpen: (id: Id) => void;
  /** Opens a collection's or folder's settings; adds "Settings" to their menus when given. */
  onSettings?: (node: TreeNode) => void;
  /** Opens the collection runner on a collection or folder; adds "Run" to their menus when given. */
  onRun?: (node: TreeNode) => void;
  /** A collection's "View documentation". */
  onDocs?: (node: TreeNode) => void;
  /** Exports a collection; adds "Export" to collections' menus when given. */
  onExport?: (node: TreeNode) => void;
  /** A node just created elsewhere (e.g. "New collection"): its name opens for editing. */
  renameId?: Id | null;
  /**
   * The active tab's request: its row is selected and marked `aria-current`, and it is revealed
   * (folders opened, scrolled into view) whenever this changes.
   */
  activeId?: Id | null;
}

const ROW_HEIGHT = 28;

/** Renders the tree over `nodes`, filtered by `filter`. */
export function CollectionTree(props: CollectionTreeProps) {
  let scroller!: HTMLDivElement;
  const tree = createTreeState(
    () => props.nodes,
    () => props.filter,
  );
  const virtualizer = createVirtualizer({
    get count() {
      return tree.rows().length;
    },
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    observeElementRect: observeRect,
    getItemKey: (i) => tree.rows()[i]?.node.id ?? i,
  });

  createReveal(
    tree,
    () => props.nodes,
    () => props.activeId,
    (index) => virtualizer.scrollToIndex(index, { align: "auto" }),
  );

  const rowElement = (id: Id | null) =>
    [...scroller.querySelectorAll<HTMLElement>("[data-id]")].find((el) => el.dataset.id === id);
  const focusRow = (index: number) => {
    const row = tree.rows()[index];
    if (!row) return;
    tree.setFocusedId(row.node.id);
    virtualizer.scrollToIndex(index, { align: "auto" });
    const el = rowElement(row.node.id);
    if (el) el.focus();
    else requestAnimationFrame(() => rowElement(row.node.id)?.focus());
  };
  // When rows shift under the focused node (a move, another tab's write), keep DOM focus on it.
  createEffect(
    on(
      tree.tabStopIndex,
      () => {
        const active = document.activeElement;
        if (!scroller.contains(active) || active instanceof HTMLInputElement) return;
        const el = rowElement(tree.focusedId());
        if (el && el !== active) el.focus();
      },
      { defer: true },
    ),
  );

  // A new node's name opens for editing as soon as its row exists.
  const [pendingRename, setPendingRename] = createSignal<Id | null>(null);
  createEffect(
    on(
      () => props.renameId,
      (id) => id && setPendingRename(id),
    ),
  );
  createEffect(() => {
    const id = pendingRename();
    if (!id) return;
    const index = tree.rows().findIndex((r) => r.node.id === id);
    if (index < 0) return;
    setPendingRename(null);
    virtualizer.scrollToIndex(index, { align: "auto" });
    tree.setFocusedId(id);
    tree.setRenamingId(id);
  });

  const activate = (node: TreeNode) => {
    tree.setSelectedId(node.id);
    tree.setFocusedId(node.id);
    if (node.kind === "request") props.onOpen(node.id);
    else tree.setExpanded(node, !tree.isExpanded(node));
  };
  const nodeContext = (node: TreeNode): NodeContext => ({
    node,
    commands: props.commands,
    rename: () => tree.setRenamingId(node.id),
    create: (kind) => {
      tree.setExpanded(node, true);
      void props.commands[kind](node).then((id) => id && setPendingRename(id));
    },
    onSettings: props.onSettings,
    onRun: props.onRun,
    onExport: props.onExport,
    onDocs: props.onDocs,
  });
  const menuFor = (node: TreeNode): MenuItem[] => nodeMenu(nodeContext(node));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement) return;
    const index = tree.tabStopIndex();
    const row = tree.rows()[index];
    const command = row && nodeRegistry.forEvent(e, isApplePlatform());
    if (row && command) {
      e.preventDefault();
      const ctx = nodeContext(row.node);
      if (isEnabled(command, ctx)) void command.run(ctx);
      return;
    }
    const action = treeKeyAction(tree.rows(), index, e);
    if (!row || !action) return;
    e.preventDefault();
    const node = row.node;
    switch (action.type) {
      case "focus":
        return focusRow(action.index);
      case "expand":
        return tree.setExpanded(node, action.expand);
      case "open":
        tree.setSelectedId(node.id);
        return props.onOpen(node.id);
      case "menu":
        return rowElement(node.id)?.querySelector<HTMLElement>(".tree-actions")?.click();
    }
  };

  const finishRename = (node: TreeNode, index: number, name: string | undefined) => {
    tree.setRenamingId(null);
    focusRow(index);
    if (name !== undefined) void props.commands.rename(node, name);
  };
  const hintFor = (id: Id) => {
    const hint = tree.dropHint();
    return hint?.id === id ? hint.position : undefined;
  };
  const startDrag = (node: TreeNode, e: DragEvent) => {
    tree.setDragId(node.id);
    e.dataTransfer?.setData("text/plain", node.name);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = "move";
  };
  const endDrag = () => {
    tree.setDragId(null);
    tree.setDropHint(null);
  };
  const drop = (target: TreeNode, position: DropPosition) => {
    const dragged = props.nodes.find((n) => n.id === tree.dragId());
    endDrag();
    if (dragged) void props.commands.drop(dragged, target, position);
  };

  return (
    <div ref={scroller} class="tree" role="tree" aria-label="Collections" onKeyDown={onKeyDown}>
      <div role="none" class="tree-sizer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        <For each={virtualizer.getVirtualItems()}>
          {(item) => (
            <Show when={tree.rows()[item.index]}>
              {(row) => (
                <TreeItem
                  row={row()}
                  top={item.start}
                  tabStop={tree.tabStopIndex() === item.index}
                  selected={tree.selectedId() === row().node.id}
                  current={props.activeId === row().node.id}
                  renaming={tree.renamingId() === row().node.id}
                  dropHint={hintFor(row().node.id)}
                  menu={menuFor(row().node)}
                  onActivate={() => activate(row().node)}
                  onFocus={() => tree.setFocusedId(row().node.id)}
                  onRename={(name) => finishRename(row().node, item.index, name)}
                  onDragStart={(e) => startDrag(row().node, e)}
                  onDragOver={(position) => tree.setDropHint({ id: row().node.id, position })}
                  onDrop={(position) => drop(row().node, position)}
                  onDragEnd={endDrag}
                />
              )}
            </Show>
          )}
        </For>
      </div>
    </div>
  );
}
