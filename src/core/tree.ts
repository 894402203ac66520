/**
 * Pure tree maths for the sidebar: flattening stored nodes into visible rows (with filtering),
 * fractional `sort` values for reordering and moves, and a request's ancestors from held rows.
 * No Solid, no storage.
 */
import type { Collection, Folder, Id, Request } from "./model";

export type TreeKind = "collection" | "folder" | "request";

/** One sidebar node: just what the tree needs, read without loading request bodies. */
export interface TreeNode {
  kind: TreeKind;
  id: Id;
  /** The collection it belongs to (its own id for a collection). */
  collectionId: Id;
  /** Parent folder id; null when directly under the collection, and for collections. */
  parentId: Id | null;
  name: string;
  sort: number;
  /** Requests only. */
  method?: string;
}

/** One visible line of the sidebar tree. */
export interface TreeRow {
  node: TreeNode;
  /** 1-based depth, as aria-level wants it. */
  level: number;
  hasChildren: boolean;
  expanded: boolean;
  /** 1-based position among its visible siblings, and their count (aria-posinset/setsize). */
  posInSet: number;
  setSize: number;
  /** Id of the parent node, or null for collections. */
  parentId: Id | null;
}

/** Where a dragged or moved node goes. */
export interface Placement {
  collectionId: Id;
  parentId: Id | null;
  sort: number;
}

/** Where a drop lands relative to the row under the pointer. */
export type DropPosition = "before" | "inside" | "after";

const ROOT = "";

/** Id of the node's parent in the tree (collection id for top-level items), null for collections. */
export function parentOf(node: TreeNode): Id | null {
  if (node.kind === "collection") return null;
  return node.parentId ?? node.collectionId;
}

/** Orders siblings by `sort`, then by name. */
export function compareNodes(a: TreeNode, b: TreeNode): number {
  return a.sort - b.sort || a.name.localeCompare(b.name);
}

/** Groups nodes by parent id ("" for the root), each group sorted. */
export function childrenIndex(nodes: readonly TreeNode[]): Map<Id, TreeNode[]> {
  const index = new Map<Id, TreeNode[]>();
  for (const node of nodes) {
    const key = parentOf(node) ?? ROOT;
    const list = index.get(key);
    if (list) list.push(node);
    else index.set(key, [node]);
  }
  for (const list of index.values()) list.sort(compareNodes);
  return index;
}

/** The ids of nodes whose name contains `filter` (case-insensitive), plus all their ancestors. */
function visibleForFilter(nodes: readonly TreeNode[], filter: string): Set<Id> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const needle = filter.toLowerCase();
  const visible = new Set<Id>();
  for (const node of nodes) {
    if (!node.name.toLowerCase().includes(needle)) continue;
    let current: TreeNode | undefined = node;
    while (current && !visible.has(current.id)) {
      visible.add(current.id);
      const parent = parentOf(current);
      current = parent === null ? undefined : byId.get(parent);
    }
  }
  return visible;
}

/**
 * Flattens the tree into the rows to show: children only under expanded parents. With a
 * non-empty filter, only matches and their ancestors show, and those ancestors are expanded.
 */
export function flattenTree(
  nodes: readonly TreeNode[],
  expanded: ReadonlySet<Id> | ((node: TreeNode) => boolean),
  filter = "",
): TreeRow[] {
  const isExpanded =
    typeof expanded === "function" ? expanded : (n: TreeNode) => expanded.has(n.id);
  const index = childrenIndex(nodes);
  const trimmed = filter.trim();
  const visible = trimmed ? visibleForFilter(nodes, trimmed) : undefined;
  const rows: TreeRow[] = [];
  const walk = (parentKey: Id, parentId: Id | null, level: number) => {
    const all = index.get(parentKey) ?? [];
    const shown = visible ? all.filter((n) => visible.has(n.id)) : all;
    shown.forEach((node, i) => {
      const kids = index.get(node.id) ?? [];
      const shownKids = visible ? kids.filter((n) => visible.has(n.id)) : kids;
      const isOpen = visible ? shownKids.length > 0 : isExpanded(node);
      rows.push({
        node,
        level,
        hasChildren: kids.length > 0,
        expanded: isOpen && kids.length > 0,
        posInSet: i + 1,
        setSize: shown.length,
        parentId,
      });
      if (isOpen) walk(node.id, node.id, level + 1);
    });
  };
  walk(ROOT, null, 1);
  return rows;
}

/** A sort value strictly between two neighbours (either may be missing). */
export function sortBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The node's siblings (itself included), sorted. */
export function siblingsOf(nodes: readonly TreeNode[], node: TreeNode): TreeNode[] {
  const parent = parentOf(node);
  return nodes.filter((n) => parentOf(n) === parent).sort(compareNodes);
}

/** A sort value after every child of `parentId` (collection or folder id). */
export function sortAfterLastChild(nodes: readonly TreeNode[], parentId: Id): number {
  let max: number | undefined;
  for (const n of nodes)
    if (parentOf(n) === parentId && (max === undefined || n.sort > max)) max = n.sort;
  return sortBetween(max, undefined);
}

/** The new sort value that moves a node one place up (-1) or down (+1) among its siblings. */
export function sortForStep(
  nodes: readonly TreeNode[],
  node: TreeNode,
  direction: -1 | 1,
): number | undefined {
  const siblings = siblingsOf(nodes, node);
  const i = siblings.findIndex((n) => n.id === node.id);
  const j = i + direction;
  const neighbour = siblings[j];
  if (i < 0 || !neighbour) return undefined;
  const beyond = siblings[j + direction]?.sort;
  return direction < 0 ? sortBetween(beyond, neighbour.sort) : sortBetween(neighbour.sort, beyond);
}

/** True when `candidate` is `ancestorId` or lies inside its subtree. */
export function isInSubtree(
  nodes: readonly TreeNode[],
  candidate: TreeNode,
  ancestorId: Id,
): boolean {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let current: TreeNode | undefined = candidate;
  while (current) {
    if (current.id === ancestorId) return true;
    const parent = parentOf(current);
    current = parent === null ? undefined : byId.get(parent);
  }
  return false;
}

const collectionIdOf = (n: TreeNode): Id => (n.kind === "collection" ? n.id : n.collectionId);

/**
 * Where `dragged` lands when dropped `position` relative to `target`, or undefined when the drop
 * is not allowed (into itself or its own subtree, a collection into something, an item beside a
 * collection is treated as into it).
 */
export function placementForDrop(
  nodes: readonly TreeNode[],
  dragged: TreeNode,
  target: TreeNode,
  position: DropPosition,
): Placement | undefined {
  if (dragged.id === target.id || isInSubtree(nodes, target, dragged.id)) return undefined;
  if (dragged.kind === "collection") {
    if (target.kind !== "collection" || position === "inside") return undefined;
  } else if (target.kind === "collection") {
    position = "inside";
  }
  if (position === "inside") {
    if (target.kind === "request") return undefined;
    return {
      collectionId: collectionIdOf(target),
      parentId: target.kind === "collection" ? null : target.id,
      sort: sortAfterLastChild(nodes, target.id),
    };
  }
  const siblings = siblingsOf(nodes, target).filter((n) => n.id !== dragged.id);
  const i = siblings.findIndex((n) => n.id === target.id);
  const sort =
    position === "before"
      ? sortBetween(siblings[i - 1]?.sort, target.sort)
      : sortBetween(target.sort, siblings[i + 1]?.sort);
  return {
    collectionId: collectionIdOf(target),
    parentId: target.kind === "collection" ? null : target.parentId,
    sort,
  };
}

/** Finds stored collections and folders by id (rows the host holds). */
export interface RowLookup {
  collection(id: Id): Collection | undefined;
  folder(id: Id): Folder | undefined;
}

/** How deep a folder chain is followed at most (a cycle in hostile data ends there). */
const MAX_DEPTH = 64;

/** A request's collection and folders, and whether every row they name was found. */
export interface FoundAncestors {
  collection: Collection | undefined;
  /** Outermost first; up to the first folder not found. */
  folders: Folder[];
  /** False when a row the chain names was not found (not read yet, or deleted). */
  complete: boolean;
}

/**
 * The collection and folder chain of a request placed at `place`, from rows found by `find`. A
 * request outside any collection (a new tab) has no collection and no folders.
 */
export function ancestorsOf(
  place: Pick<Request, "collectionId" | "parentId">,
  find: RowLookup,
): FoundAncestors {
  const collection = place.collectionId ? find.collection(place.collectionId) : undefined;
  let complete = !place.collectionId || collection !== undefined;
  const folders: Folder[] = [];
  for (let id = place.parentId; id && folders.length < MAX_DEPTH;) {
    const folder = find.folder(id);
    if (!folder) {
      complete = false;
      break;
    }
    folders.unshift(folder);
    id = folder.parentId;
  }
  return { collection, folders, complete };
}
