/**
 * Sidebar actions as plain async functions over the repositories: create, rename, duplicate,
 * delete (with an Undo toast), reorder and move. Failures become error toasts, never throws.
 */
import type { Id } from "../../core/model";
import type { Deps } from "../../core/factory";
import { makeCollection, makeFolder, makeRequest } from "../../core/factory";
import type { Repos } from "../../db/repos/index";
import type { Notify } from "../stores/toasts";
import type { DropPosition, Placement, TreeNode } from "../../core/tree";
import { placementForDrop, sortAfterLastChild, sortBetween, sortForStep } from "../../core/tree";
import { errorText } from "./errorText";

/** What the tree commands need. */
export interface TreeCommandDeps {
  repos: Repos;
  deps: Deps;
  notify: Notify;
  /** The current nodes (for sibling sort values). */
  nodes: () => readonly TreeNode[];
  /** Opens a request in a tab (after "New request"). */
  openRequest?: (id: Id) => void;
  /**
   * The host's own (seeded) workspace: "New collection" on a first start waits for it rather
   * than creating an unseeded one first. Absent: the default workspace, created if need be.
   */
  workspaceId?: () => Promise<Id>;
}

/** The sidebar's commands. Each resolves once storage is written (or the failure was shown). */
export interface TreeCommands {
  newCollection(): Promise<Id | undefined>;
  newFolder(parent: TreeNode): Promise<Id | undefined>;
  newRequest(parent: TreeNode): Promise<Id | undefined>;
  rename(node: TreeNode, name: string): Promise<void>;
  duplicate(node: TreeNode): Promise<Id | undefined>;
  remove(node: TreeNode): Promise<void>;
  move(node: TreeNode, to: Placement): Promise<void>;
  step(node: TreeNode, direction: -1 | 1): Promise<void>;
  drop(dragged: TreeNode, target: TreeNode, position: DropPosition): Promise<void>;
}

/** Builds the tree commands over the given repositories. */
export function makeTreeCommands(ctx: TreeCommandDeps): TreeCommands {
  const { repos, deps, notify } = ctx;
  const attempt = async <T>(action: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      notify({ kind: "error", message: errorText(action, error) });
      return undefined;
    }
  };
  const placeUnder = (parent: TreeNode) => ({
    collectionId: parent.kind === "collection" ? parent.id : parent.collectionId,
    parentId: parent.kind === "collection" ? null : parent.id,
    sort: sortAfterLastChild(ctx.nodes(), parent.id),
  });

  const move = (node: TreeNode, to: Placement) =>
    attempt("move the item", async () => {
      if (node.kind !== "collection") return repos.tree.move(node.kind, node.id, to);
      const collection = await repos.collections.get(node.id);
      if (collection) await repos.collections.put({ ...collection, sort: to.sort });
    });

  return {
    newCollection: () =>
      attempt("create the collection", async () => {
        const workspaceId = ctx.workspaceId
          ? await ctx.workspaceId()
          : (await repos.workspace.ensureDefault()).id;
        const top = ctx.nodes().filter((n) => n.kind === "collection");
        const sort = sortBetween(
          top.length ? Math.max(...top.map((n) => n.sort)) : undefined,
          undefined,
        );
        const collection = makeCollection(deps, {
          workspaceId,
          name: "New collection",
          sort,
        });
        await repos.collections.put(collection);
        return collection.id;
      }),
    newFolder: (parent) =>
      attempt("create the folder", async () => {
        const folder = makeFolder(deps, { ...placeUnder(parent), name: "New folder" });
        await repos.folders.put(folder);
        return folder.id;
      }),
    newRequest: (parent) =>
      attempt("create the request", async () => {
        const request = makeRequest(deps, { ...placeUnder(parent), name: "New request" });
        await repos.requests.put(request);
        ctx.openRequest?.(request.id);
        return request.id;
      }),
    rename: async (node, name) => {
      const trimmed = name.trim();
      if (!trimmed || trimmed === node.name) return;
      await attempt("rename the item", () => repos.tree.rename(node.kind, node.id, trimmed));
    },
    duplicate: (node) =>
      attempt("duplicate the item", () => repos.tree.duplicate(node.kind, node.id)),
    remove: async (node) => {
      const trash = await attempt("delete the item", () => repos.tree.remove(node.kind, node.id));
      if (trash === undefined) return;
      notify({
        message: `Deleted “${node.name}”`,
        action: {
          label: "Undo",
          run: () => attempt("restore the item", () => repos.tree.restore(trash)).then(() => {}),
        },
      });
    },
    move,
    step: async (node, direction) => {
      const sort = sortForStep(ctx.nodes(), node, direction);
      if (sort === undefined) return;
      await move(node, {
        collectionId: node.collectionId,
        parentId: node.kind === "collection" ? null : node.parentId,
        sort,
      });
    },
    drop: async (dragged, target, position) => {
      const to = placementForDrop(ctx.nodes(), dragged, target, position);
      if (to) await move(dragged, to);
    },
  };
}
