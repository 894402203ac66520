/** The default workspace and its globals row. */
import { SCHEMA_VERSION } from "../../core/model";
import type { Globals, Workspace } from "../../core/model";
import type { Repos } from "./types";
import type { RepoContext } from "./context";
import { touched } from "./stamp";

/** Name of the workspace created on first start. */
export const DEFAULT_WORKSPACE_NAME = "My workspace";

/**
 * `ensureDefault` runs in one read-write transaction over every seeded table, so two tabs
 * starting at once are serialised by IndexedDB: the second finds the first's workspace.
 */
export function makeWorkspaceRepo(ctx: RepoContext): Repos["workspace"] {
  const { db, deps } = ctx;
  const tables = [db.workspaces, db.collections, db.folders, db.requests, db.environments];
  const oldest = async () =>
    (await db.workspaces.toArray()).sort((a, b) => a.createdAt - b.createdAt)[0];
  return {
    current: () => ctx.read(oldest),
    ensureDefault: (seed) =>
      ctx.write(() =>
        db.transaction("rw", tables, async () => {
          const first = await oldest();
          if (first) return first;
          const now = deps.clock.now();
          const workspace: Workspace = {
            id: deps.random.uuid(),
            schemaVersion: SCHEMA_VERSION,
            createdAt: now,
            updatedAt: now,
            name: DEFAULT_WORKSPACE_NAME,
          };
          await db.workspaces.add(workspace);
          if (seed) {
            const bundle = seed(workspace.id);
            await db.collections.bulkAdd(bundle.collections);
            await db.folders.bulkAdd(bundle.folders);
            await db.requests.bulkAdd(bundle.requests);
            await db.environments.bulkAdd(bundle.environments);
          }
          return workspace;
        }),
      ),
  };
}

/** Globals: one row per workspace, created empty on first read. */
export function makeGlobalsRepo(ctx: RepoContext): Repos["globals"] {
  const { db, deps } = ctx;
  return {
    get: (workspaceId) =>
      ctx.write(() =>
        db.transaction("rw", db.globals, async () => {
          const found = await db.globals.where("workspaceId").equals(workspaceId).first();
          if (found) return found;
          const now = deps.clock.now();
          const globals: Globals = {
            id: deps.random.uuid(),
            schemaVersion: SCHEMA_VERSION,
            createdAt: now,
            updatedAt: now,
            workspaceId,
            variables: [],
          };
          await db.globals.add(globals);
          return globals;
        }),
      ),
    put: (globals) => ctx.write(async () => void (await db.globals.put(touched(globals, deps)))),
  };
}
