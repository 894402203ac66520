/**
 * The order a run visits requests: depth first through the folder tree, siblings by `sort`,
 * each request with its folders from outer to inner (their scripts run in that order).
 */
import type { Folder, Request } from "../model";

/** One request of a run with the folders around it, outermost first. */
export interface RunStep {
  request: Request;
  folders: Folder[];
}

type Node = { sort: number; folder?: Folder; request?: Request };

/** Every request under `rootId` (null: the whole collection) in run order. */
export function runSteps(
  folders: readonly Folder[],
  requests: readonly Request[],
  rootId: string | null = null,
  rootFolders: Folder[] = [],
): RunStep[] {
  const children = new Map<string | null, Node[]>();
  const add = (parentId: string | null, node: Node) => {
    const list = children.get(parentId) ?? [];
    list.push(node);
    children.set(parentId, list);
  };
  for (const f of folders) add(f.parentId, { sort: f.sort, folder: f });
  for (const r of requests) add(r.parentId, { sort: r.sort, request: r });
  const out: RunStep[] = [];
  const walk = (parentId: string | null, path: Folder[]) => {
    const nodes = [...(children.get(parentId) ?? [])].sort((a, b) => a.sort - b.sort);
    for (const node of nodes) {
      if (node.request) out.push({ request: node.request, folders: path });
      if (node.folder) walk(node.folder.id, [...path, node.folder]);
    }
  };
  walk(rootId, rootFolders);
  return out;
}

const postmanIdOf = (x: { extra?: Record<string, unknown> }): unknown => x.extra?.postmanId;

/** The folders from the top down to `folder`, inclusive. */
function pathTo(folder: Folder, byId: Map<string, Folder>): Folder[] {
  const path: Folder[] = [];
  for (let f: Folder | undefined = folder; f; f = f.parentId ? byId.get(f.parentId) : undefined)
    path.unshift(f);
  return path;
}

/**
 * The steps of a run limited to `selector` (a folder's id, Postman id or name, else a request's),
 * as Newman's `--folder`. Undefined when nothing matches.
 */
export function selectSteps(
  folders: readonly Folder[],
  requests: readonly Request[],
  selector?: string,
): RunStep[] | undefined {
  if (selector === undefined) return runSteps(folders, requests);
  const byId = new Map(folders.map((f) => [f.id, f]));
  const folder =
    folders.find((f) => f.id === selector || postmanIdOf(f) === selector) ??
    folders.find((f) => f.name === selector);
  if (folder) {
    const path = pathTo(folder, byId);
    return runSteps(folders, requests, folder.id, path);
  }
  const request =
    requests.find((r) => r.id === selector || postmanIdOf(r) === selector) ??
    requests.find((r) => r.name === selector);
  if (!request) return undefined;
  const parent = request.parentId ? byId.get(request.parentId) : undefined;
  return [{ request, folders: parent ? pathTo(parent, byId) : [] }];
}

/**
 * Where `setNextRequest(target)` jumps: by id first (ours or Postman's), then by name (the last
 * request with that name). -1 when nothing matches (which ends the iteration).
 */
export function findNext(steps: readonly RunStep[], target: string): number {
  const byId = steps.findIndex((s) => s.request.id === target || postmanIdOf(s.request) === target);
  if (byId >= 0) return byId;
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]?.request.name === target) return i;
  return -1;
}
