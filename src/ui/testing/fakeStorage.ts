/**
 * An in-memory slice of `Repos` for the environment, history and theme tests: environments,
 * globals, history and settings. Each write re-runs the test live queries (like liveQuery would).
 */
import type { Environment, Globals, HistoryEntry, Id } from "../../core/model";
import type { Repos } from "../../db/repos/types";
import { refreshOnceQueries } from "./onceQuery";

/** The fake repos plus its backing maps, for assertions. */
export interface FakeStorage {
  repos: Repos;
  environments: Map<Id, Environment>;
  globals: { row: Globals };
  history: HistoryEntry[];
  settings: Map<string, unknown>;
  /** When set, the next write rejects with this error. */
  failNext: { error: unknown } | null;
}

/** Builds the fake, seeded with environments and history entries (newest first). */
export function makeFakeStorage(
  seed: { environments?: Environment[]; history?: HistoryEntry[] } = {},
): FakeStorage {
  const copy = <T>(v: T): T => structuredClone(v);
  const store: FakeStorage = {
    repos: undefined as unknown as Repos,
    environments: new Map((seed.environments ?? []).map((e) => [e.id, copy(e)])),
    globals: {
      row: {
        id: "g",
        workspaceId: "ws",
        variables: [],
        schemaVersion: 1,
        createdAt: 0,
        updatedAt: 0,
      },
    },
    history: [...(seed.history ?? [])],
    settings: new Map(),
    failNext: null,
  };
  const write = async (run: () => void) => {
    const failure = store.failNext;
    store.failNext = null;
    if (failure) throw failure.error;
    run();
    refreshOnceQueries();
  };
  const workspace = { id: "ws", name: "Workspace", schemaVersion: 1, createdAt: 0, updatedAt: 0 };
  const repos = {
    workspace: {
      current: async () => ({ ...workspace }),
      ensureDefault: async () => ({ ...workspace }),
    },
    environments: {
      list: async () => [...store.environments.values()].map(copy),
      get: async (id: Id) => copy(store.environments.get(id)),
      put: (env: Environment) => write(() => store.environments.set(env.id, copy(env))),
      remove: (id: Id) => write(() => store.environments.delete(id)),
    },
    globals: {
      get: async () => copy(store.globals.row),
      put: (row: Globals) => write(() => (store.globals.row = copy(row))),
    },
    history: {
      add: (entry: HistoryEntry) => write(() => store.history.unshift(copy(entry))),
      list: async (opts: { limit?: number } = {}) =>
        store.history.slice(0, opts.limit ?? store.history.length).map(copy),
      get: async (id: Id) => copy(store.history.find((h) => h.id === id)),
      getMany: async (ids: readonly Id[]) =>
        ids.flatMap((id) => store.history.filter((h) => h.id === id).map(copy)),
      clear: () => write(() => store.history.splice(0)),
    },
    settings: {
      get: async <T>(key: string, fallback: T) =>
        (store.settings.has(key) ? copy(store.settings.get(key)) : fallback) as T,
      set: (key: string, value: unknown) => write(() => store.settings.set(key, copy(value))),
    },
  };
  store.repos = repos as unknown as Repos;
  return store;
}
