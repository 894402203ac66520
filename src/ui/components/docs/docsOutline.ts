/**
 * A collection's documentation in reading order: its folders and requests depth-first, each
 * level ordered as the sidebar orders it (by `sort`, then name), with a depth for headings.
 */
import type { Collection, Folder, Id, Request } from "../../../core/model";
import type { TreeNode } from "../../../core/tree";
import { childrenIndex } from "../../../core/tree";

/** A collection with all its folders and requests, as the host reads it. */
export interface CollectionDocs {
  collection: Collection;
  folders: readonly Folder[];
  requests: readonly Request[];
}

/** One section of the documentation. */
export type DocsEntry =
  | { kind: "folder"; folder: Folder; depth: number; path: string[] }
  | { kind: "request"; request: Request; depth: number; path: string[] };

/** The entries of `docs` in reading order; depth 1 is directly under the collection. */
export function docsOutline(docs: CollectionDocs): DocsEntry[] {
  const folders = new Map<Id, Folder>(docs.folders.map((f) => [f.id, f]));
  const requests = new Map<Id, Request>(docs.requests.map((r) => [r.id, r]));
  const nodes: TreeNode[] = [
    ...docs.folders.map((f) => ({ kind: "folder" as const, ...pick(f) })),
    ...docs.requests.map((r) => ({ kind: "request" as const, ...pick(r) })),
  ];
  const index = childrenIndex(nodes);
  const out: DocsEntry[] = [];
  const walk = (parent: Id, depth: number, path: string[]) => {
    for (const node of index.get(parent) ?? []) {
      const folder = node.kind === "folder" ? folders.get(node.id) : undefined;
      const request = node.kind === "request" ? requests.get(node.id) : undefined;
      if (folder) {
        out.push({ kind: "folder", folder, depth, path });
        walk(folder.id, depth + 1, [...path, folder.name]);
      } else if (request) {
        out.push({ kind: "request", request, depth, path });
      }
    }
  };
  walk(docs.collection.id, 1, []);
  return out;
}

function pick(row: Folder | Request) {
  return {
    id: row.id,
    collectionId: row.collectionId,
    parentId: row.parentId,
    name: row.name,
    sort: row.sort,
  };
}
