/**
 * What the palette lists: the enabled commands (environments among them) and every collection,
 * folder and request, each as a plain item with a `run`; and the fuzzy search over them
 * (fuzzysort), with recent choices first while the query is empty.
 */
import fuzzysort from "fuzzysort";
import type { TreeNode } from "../../../core/tree";
import type { Command } from "../../commands/registry";
import { formatShortcut, isEnabled } from "../../commands/registry";
import type { ContainerRef } from "../../commands/shellDialogs";

/** What an item stands for; the palette shows it beside the title. */
export type PaletteKind = "command" | "environment" | "collection" | "folder" | "request";

/** One line of the palette. */
export interface PaletteItem {
  /** Stable across openings ("request:<id>", "command:tab.new"), for recents. */
  key: string;
  kind: PaletteKind;
  title: string;
  /** Where it lives ("Satchel demo / Auth examples"), or the command's group. */
  detail: string;
  /** Searched but not shown: a command's keywords, a request's method. */
  keywords: string;
  /** A command's shortcut ("Ctrl+Enter"), or a request's method. */
  hint?: string;
  run(): void;
}

/** What choosing a tree node does. */
export interface NodeActions {
  openRequest(id: string): void;
  openContainer(target: ContainerRef): void;
}

/** The "Collection / Folder" path above `node`. */
function pathOf(node: TreeNode, byId: ReadonlyMap<string, TreeNode>): string {
  const names: string[] = [];
  let parent = node.parentId ? byId.get(node.parentId) : undefined;
  for (let depth = 0; parent && depth < 64; depth++) {
    names.unshift(parent.name);
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  const collection = node.kind === "collection" ? undefined : byId.get(node.collectionId);
  if (collection) names.unshift(collection.name);
  return names.join(" / ");
}

/** Items for the tree's nodes: collections, then folders, then requests. */
export function nodeItems(nodes: readonly TreeNode[], actions: NodeActions): PaletteItem[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const order: Record<TreeNode["kind"], number> = { collection: 0, folder: 1, request: 2 };
  const runFor = (node: TreeNode) => {
    const { kind, id } = node;
    return kind === "request"
      ? () => actions.openRequest(id)
      : () => actions.openContainer({ kind, id });
  };
  return [...nodes]
    .sort((a, b) => order[a.kind] - order[b.kind])
    .map((node) => ({
      key: `${node.kind}:${node.id}`,
      kind: node.kind,
      title: node.name,
      detail: pathOf(node, byId),
      keywords: node.method ?? "",
      ...(node.method ? { hint: node.method } : {}),
      run: runFor(node),
    }));
}

/** Items for the enabled commands (the palette's own "open" command left out). */
export function commandItems<C>(commands: readonly Command<C>[], ctx: C, apple: boolean) {
  return commands
    .filter((c) => c.id !== "palette.open" && isEnabled(c, ctx))
    .map((c): PaletteItem => ({
      key: `command:${c.id}`,
      kind: c.group === "Environment" ? "environment" : "command",
      title: c.title,
      detail: c.group ?? "",
      keywords: c.keywords?.join(" ") ?? "",
      ...(c.shortcuts?.[0] ? { hint: formatShortcut(c.shortcuts[0], apple) } : {}),
      run: () => void c.run(ctx),
    }));
}

/** How many items an empty query lists, and a search returns, at most. */
export const RESULT_LIMIT = 60;

/** The items matching `query`, best first; recents first while the query is empty. */
export function searchItems(
  items: readonly PaletteItem[],
  query: string,
  recent: readonly string[],
): PaletteItem[] {
  const q = query.trim();
  if (!q) {
    const byKey = new Map(items.map((i) => [i.key, i]));
    const first = recent.flatMap((k) => byKey.get(k) ?? []);
    const rest = items.filter((i) => !recent.includes(i.key));
    return [...first, ...rest].slice(0, RESULT_LIMIT);
  }
  const rank = new Map(recent.map((k, i) => [k, i]));
  const found = fuzzysort.go(q, items, {
    keys: ["title", "keywords", "detail"],
    threshold: 0,
    limit: RESULT_LIMIT,
    // A recent choice wins a near tie.
    scoreFn: (r) => (rank.has(r.obj.key) && r.score > 0 ? Math.min(1, r.score + 0.05) : r.score),
  });
  return found.map((r) => r.obj);
}
