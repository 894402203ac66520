/**
 * An in-memory `Repos` for UI tests: collections, folders, requests and settings, with the tree
 * operations the shell uses. Not a full implementation; calls are recorded in `calls`.
 */
import type { Bundle, Collection, Folder, Id, Request, Workspace } from "../../core/model";
import type { Deps } from "../../core/factory";
import type { Repos, StoredDraft, Trash } from "../../db/repos/index";
import type { StoredRun } from "../../core/runner/types";
import type { TreeNode } from "../../core/tree";
import { loadCookieJar } from "../../core/cookies/index";
import type { CookieChange, CookieId, CookieRecord } from "../../core/cookies/types";

type Row = Collection | Folder | Request;
type Kind = TreeNode["kind"];

/** A fake repos object plus its backing maps, for assertions. */
export interface FakeRepos {
  repos: Repos;
  rows: Record<Kind, Map<Id, Row>>;
  settings: Map<string, unknown>;
  /** Stored collection runs by id. */
  runs: Map<Id, StoredRun>;
  /** Stored tab drafts by id. */
  drafts: Map<Id, StoredDraft>;
  calls: string[];
}

/** Builds fake repositories seeded with the given rows. */
export function makeFakeRepos(
  deps: Deps,
  seed: { collections?: Collection[]; folders?: Folder[]; requests?: Request[] } = {},
): FakeRepos {
  const rows: Record<Kind, Map<Id, Row>> = {
    collection: new Map((seed.collections ?? []).map((r) => [r.id, r])),
    folder: new Map((seed.folders ?? []).map((r) => [r.id, r])),
    request: new Map((seed.requests ?? []).map((r) => [r.id, r])),
  };
  const settings = new Map<string, unknown>();
  const runs = new Map<Id, StoredRun>();
  const drafts = new Map<Id, StoredDraft>();
  const calls: string[] = [];
  const copy = <T>(v: T): T => structuredClone(v);
  const nodeOf = (kind: Kind, r: Row): TreeNode => ({
    kind,
    id: r.id,
    collectionId: kind === "collection" ? r.id : (r as Folder).collectionId,
    parentId: kind === "collection" ? null : (r as Folder).parentId,
    name: r.name,
    sort: r.sort,
    ...(kind === "request" ? { method: (r as Request).method } : {}),
  });
  /** Keeps an import's collections, folders and requests; the tree nodes written. */
  const write = (chunks: readonly Bundle[]): TreeNode[] => {
    const nodes: TreeNode[] = [];
    for (const chunk of chunks) {
      for (const [kind, list] of [
        ["collection", chunk.collections],
        ["folder", chunk.folders],
        ["request", chunk.requests],
      ] as const) {
        for (const row of list) {
          rows[kind].set(row.id, copy(row));
          nodes.push(nodeOf(kind, row));
        }
      }
    }
    return nodes;
  };
  const subtree = (kind: Kind, id: Id): [Kind, Row][] => {
    const row = rows[kind].get(id);
    if (!row) return [];
    const out: [Kind, Row][] = [[kind, row]];
    for (const k of ["folder", "request"] as const) {
      for (const child of rows[k].values()) {
        const c = child as Folder;
        const isChild =
          kind === "collection" ? c.collectionId === id && c.parentId === null : c.parentId === id;
        if (isChild) out.push(...subtree(k, child.id));
      }
    }
    return out;
  };
  const workspace: Workspace = {
    id: "ws",
    name: "Workspace",
    schemaVersion: 1,
    createdAt: 0,
    updatedAt: 0,
  };
  const repos = {
    workspace: { current: async () => workspace, ensureDefault: async () => workspace },
    collections: {
      list: async () => [...rows.collection.values()].map(copy) as Collection[],
      get: async (id: Id) => copy(rows.collection.get(id)) as Collection | undefined,
      put: async (c: Collection) => void rows.collection.set(c.id, copy(c)),
    },
    folders: {
      get: async (id: Id) => copy(rows.folder.get(id)) as Folder | undefined,
      put: async (f: Folder) => void rows.folder.set(f.id, copy(f)),
      list: async () => ([...rows.folder.values()] as Folder[]).map(copy),
      listByCollection: async (collectionId: Id) =>
        ([...rows.folder.values()] as Folder[])
          .filter((f) => f.collectionId === collectionId)
          .map(copy),
    },
    requests: {
      get: async (id: Id) => copy(rows.request.get(id)) as Request | undefined,
      put: async (r: Request) => {
        calls.push(`requests.put ${r.id}`);
        rows.request.set(r.id, copy(r));
      },
      listByCollection: async (collectionId: Id) =>
        ([...rows.request.values()] as Request[])
          .filter((r) => r.collectionId === collectionId)
          .map(copy),
    },
    tree: {
      listNodes: async (only?: Kind) =>
        (["collection", "folder", "request"] as const)
          .filter((k) => !only || k === only)
          .flatMap((k) => [...rows[k].values()].map((r) => nodeOf(k, r))),
      rename: async (kind: Kind, id: Id, name: string) => {
        calls.push(`rename ${id} ${name}`);
        const row = rows[kind].get(id);
        if (row) row.name = name;
      },
      remove: async (kind: Kind, id: Id) => {
        calls.push(`remove ${id}`);
        const removed = subtree(kind, id);
        for (const [k, r] of removed) rows[k].delete(r.id);
        return { removed } as unknown as Trash;
      },
      restore: async (trash: Trash) => {
        calls.push("restore");
        for (const [k, r] of (trash as unknown as { removed: [Kind, Row][] }).removed) {
          rows[k].set(r.id, r);
        }
      },
      move: async (
        kind: "folder" | "request",
        id: Id,
        to: { collectionId: Id; parentId: Id | null; sort: number },
      ) => {
        calls.push(`move ${id} ${to.collectionId} ${to.parentId} ${to.sort}`);
        const row = rows[kind].get(id);
        if (row) Object.assign(row, to);
      },
      duplicate: async (kind: Kind, id: Id) => {
        calls.push(`duplicate ${id}`);
        const row = rows[kind].get(id);
        const twin = { ...copy(row!), id: deps.random.uuid(), name: `${row!.name} copy` };
        rows[kind].set(twin.id, twin);
        return twin.id;
      },
    },
    environments: {
      list: async () => [],
      get: async () => undefined,
      put: async () => undefined,
      remove: async () => undefined,
    },
    globals: {
      get: async (workspaceId: Id) => ({
        id: `globals-${workspaceId}`,
        workspaceId,
        variables: [],
        schemaVersion: 1,
        createdAt: 0,
        updatedAt: 0,
      }),
      put: async () => undefined,
    },
    history: {
      add: async () => void calls.push("history.add"),
      list: async () => [],
      get: async () => undefined,
      getMany: async () => [],
      clear: async () => undefined,
    },
    files: { put: async () => "file", get: async () => undefined },
    drafts: {
      list: async () => [...drafts.values()].map(copy),
      put: async (d: Omit<StoredDraft, "updatedAt">) =>
        void drafts.set(d.id, copy({ ...d, updatedAt: deps.clock.now() })),
      putNow: async (list: Omit<StoredDraft, "updatedAt">[]) => {
        for (const d of list) drafts.set(d.id, copy({ ...d, updatedAt: deps.clock.now() }));
      },
      remove: async (id: Id) => void drafts.delete(id),
    },
    cookies: fakeCookies(deps),
    runs: {
      add: async (run: StoredRun) => {
        calls.push("runs.add");
        runs.set(run.id, copy(run));
      },
      list: async (collectionId: Id) =>
        [...runs.values()]
          .filter((r) => r.collectionId === collectionId)
          .sort((a, b) => b.startedAt - a.startedAt)
          .map(copy),
      get: async (id: Id) => copy(runs.get(id)),
      remove: async (id: Id) => void runs.delete(id),
    },
    imports: {
      store: async (bundle: Bundle) => {
        calls.push("imports.store");
        return write([bundle]);
      },
      // All or nothing, as the real one: nothing is kept unless every chunk came.
      storeStreamed: async (next: () => Promise<Bundle | undefined>) => {
        calls.push("imports.storeStreamed");
        const chunks: Bundle[] = [];
        for (let chunk = await next(); chunk; chunk = await next()) chunks.push(chunk);
        return write(chunks);
      },
    },
    settings: {
      get: async <T>(key: string, fallback: T) =>
        (settings.has(key) ? copy(settings.get(key)) : fallback) as T,
      set: async (key: string, value: unknown) => void settings.set(key, copy(value)),
    },
  };
  return { repos: repos as unknown as Repos, rows, settings, runs, drafts, calls };
}

/** An in-memory `Repos["cookies"]`: one record per (workspace, domain, path, name). */
function fakeCookies(deps: Deps): Repos["cookies"] {
  const rows = new Map<string, { workspaceId: Id; cookie: CookieRecord }>();
  const keyOf = (workspaceId: Id, id: CookieId) =>
    JSON.stringify([workspaceId, id.domain, id.path, id.key]);
  const order = (a: CookieRecord, b: CookieRecord) =>
    a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path) || a.key.localeCompare(b.key);
  const list = async (workspaceId: Id, domain?: string) =>
    [...rows.values()]
      .filter(
        (r) =>
          r.workspaceId === workspaceId && (domain === undefined || r.cookie.domain === domain),
      )
      .map((r) => ({ ...r.cookie }))
      .sort(order);
  const apply = async (workspaceId: Id, changes: readonly CookieChange[]) => {
    for (const change of changes) {
      if (change.kind === "put")
        rows.set(keyOf(workspaceId, change.cookie), { workspaceId, cookie: { ...change.cookie } });
      else rows.delete(keyOf(workspaceId, change.id));
    }
  };
  const removeWhere = (keep: (r: { workspaceId: Id; cookie: CookieRecord }) => boolean) => {
    for (const [key, row] of rows) if (!keep(row)) rows.delete(key);
  };
  return {
    list,
    put: (workspaceId, cookie) => apply(workspaceId, [{ kind: "put", cookie }]),
    delete: (workspaceId, id) => apply(workspaceId, [{ kind: "delete", id }]),
    clearDomain: async (workspaceId, domain) =>
      removeWhere((r) => r.workspaceId !== workspaceId || r.cookie.domain !== domain),
    clear: async (workspaceId) => removeWhere((r) => r.workspaceId !== workspaceId),
    loadJar: async (workspaceId) =>
      loadCookieJar({ clock: deps.clock, cookies: await list(workspaceId) }),
    saveJar: (workspaceId, jar) => apply(workspaceId, jar.takeChanges()),
    apply,
  };
}
