/** One row of the collections tree: a `treeitem` with chevron, method badge, name and actions. */
import { Show } from "solid-js";
import type { TreeRow } from "../../../core/tree";
import type { DropPosition } from "../../../core/tree";
import type { MenuItem } from "../common/Menu";
import { Menu } from "../common/Menu";
import { requestLabel } from "../common/requestLabel";
import { MethodBadge } from "./MethodBadge";
import { RenameInput } from "./RenameInput";
import { dropPositionAt } from "./dropPosition";
import "../../styles/sidebar.css";

/** Props of {@link TreeItem}. */
export interface TreeItemProps {
  row: TreeRow;
  /** Pixel offset from the top of the scroll content (virtualized). */
  top: number;
  tabStop: boolean;
  selected: boolean;
  /** The row is the active tab's request (`aria-current`). */
  current?: boolean;
  renaming: boolean;
  dropHint: DropPosition | undefined;
  menu: MenuItem[];
  onActivate: () => void;
  onFocus: () => void;
  onRename: (name: string | undefined) => void;
  onDragStart: (e: DragEvent) => void;
  onDragOver: (position: DropPosition) => void;
  onDrop: (position: DropPosition) => void;
  onDragEnd: () => void;
}

/** Renders a tree row. Keyboard handling lives on the tree, not here. */
export function TreeItem(props: TreeItemProps) {
  const node = () => props.row.node;
  const positionOf = (e: DragEvent) => {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return dropPositionAt(node(), rect.height ? (e.clientY - rect.top) / rect.height : 0.5);
  };
  return (
    <div
      role="treeitem"
      class="tree-row"
      classList={{
        "tree-row-selected": props.selected,
        "tree-row-current": props.current,
        [`tree-drop-${props.dropHint}`]: props.dropHint !== undefined,
      }}
      data-id={node().id}
      data-kind={node().kind}
      aria-label={
        node().kind === "request" ? requestLabel(node().method ?? "GET", node().name) : node().name
      }
      aria-level={props.row.level}
      aria-posinset={props.row.posInSet}
      aria-setsize={props.row.setSize}
      aria-expanded={props.row.hasChildren ? props.row.expanded : undefined}
      aria-selected={props.selected}
      aria-current={props.current ? "true" : undefined}
      tabIndex={props.tabStop ? 0 : -1}
      style={{
        transform: `translateY(${props.top}px)`,
        "padding-left": `${(props.row.level - 1) * 16 + 4}px`,
      }}
      draggable={!props.renaming}
      onClick={() => props.onActivate()}
      onFocus={(e) => e.target === e.currentTarget && props.onFocus()}
      onDragStart={(e) => props.onDragStart(e)}
      onDragOver={(e) => {
        e.preventDefault();
        props.onDragOver(positionOf(e));
      }}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop(positionOf(e));
      }}
      onDragEnd={() => props.onDragEnd()}
    >
      <span class="tree-chevron" aria-hidden="true">
        {props.row.hasChildren ? (props.row.expanded ? "▾" : "▸") : ""}
      </span>
      <Show when={node().kind === "request"}>
        <MethodBadge method={node().method ?? "GET"} />
      </Show>
      <Show when={node().kind !== "request"}>
        <span class="tree-icon" aria-hidden="true">
          {node().kind === "collection" ? "▤" : "▢"}
        </span>
      </Show>
      {/* A space, so the row's visible text reads "GET Get users" as its name does. */}{" "}
      <Show when={props.renaming} fallback={<span class="tree-name">{node().name}</span>}>
        <RenameInput
          initial={node().name}
          onCommit={(name) => props.onRename(name)}
          onCancel={() => props.onRename(undefined)}
        />
      </Show>
      <Menu
        label={`Actions for ${node().name}`}
        items={props.menu}
        triggerClass="icon-button tree-actions"
        triggerTabIndex={-1}
      />
    </div>
  );
}
