/**
 * The sidebar's nodes: one live query per kind (collections, folders, requests), so an edit
 * re-reads only its own table and a new collection's row is not held up by reading thousands of
 * requests; plus nodes a write has just committed, shown until the live queries read them back.
 * An import of 1,000 requests otherwise waits ~50 ms (Stripe's spec, 2.8 MB of rows) for a read
 * of what it has just written before the tree can paint.
 */
import type { Accessor } from "solid-js";
import { createEffect, createMemo, createSignal, on, onCleanup } from "solid-js";
import type { Repos } from "../../db/repos/index";
import type { LiveQuery } from "../primitives/liveQuery";
import type { TreeNode } from "../../core/tree";

/** How long a revealed node shows at most without being read back. */
const REVEAL_MS = 10_000;

/** The live nodes and a way to show committed ones early. */
export interface TreeNodes {
  nodes: Accessor<readonly TreeNode[]>;
  reveal: (nodes: readonly TreeNode[]) => void;
}

/** Creates the live tree nodes (cleaned up with the owner, like the live queries). */
export function createTreeNodes(repos: Repos, live: LiveQuery): TreeNodes {
  const byKind = (["collection", "folder", "request"] as const).map((kind) =>
    live<readonly TreeNode[]>(() => repos.tree.listNodes(kind), []),
  );
  const stored = createMemo(() => byKind.flatMap((kindNodes) => kindNodes()));
  const [revealed, setRevealed] = createSignal<readonly TreeNode[]>([]);
  const nodes = createMemo(() => {
    const extra = revealed();
    if (extra.length === 0) return stored();
    const have = new Set(stored().map((n) => n.id));
    const missing = extra.filter((n) => !have.has(n.id));
    return missing.length ? [...stored(), ...missing] : stored();
  });
  // A revealed node is dropped once read back, so the stored nodes alone are the truth again
  // (a node deleted later does not come back). One never read back (a failed read) expires.
  createEffect(
    on(stored, (list) => {
      const extra = revealed();
      if (extra.length === 0) return;
      const have = new Set(list.map((n) => n.id));
      const left = extra.filter((n) => !have.has(n.id));
      if (left.length < extra.length) setRevealed(left);
    }),
  );
  let expiry: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(expiry));
  const reveal = (list: readonly TreeNode[]) => {
    setRevealed((prev) => [...prev, ...list]);
    clearTimeout(expiry);
    expiry = setTimeout(() => setRevealed([]), REVEAL_MS);
  };
  return { nodes, reveal };
}
