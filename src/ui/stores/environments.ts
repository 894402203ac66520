/**
 * Environments and globals for the UI: the live list, the active environment (persisted in the
 * "activeEnvironmentId" setting) and the write commands. Failures become error toasts, never throws.
 */
import type { Accessor } from "solid-js";
import { createMemo, createSignal } from "solid-js";
import type { Deps } from "../../core/factory";
import { makeEnvironment } from "../../core/factory";
import type { Environment, Globals, Id, Variable } from "../../core/model";
import type { Repos } from "../../db/repos/types";
import type { LiveQuery } from "../primitives/liveQuery";
import { errorText } from "../commands/errorText";
import type { Notify } from "./toasts";
import { notify as defaultNotify } from "./toasts";

/** The settings key holding the active environment id (or null). */
export const ACTIVE_ENVIRONMENT_KEY = "activeEnvironmentId";

/** What the environments store needs. */
export interface EnvironmentsStoreDeps {
  repos: Repos;
  deps: Deps;
  live: LiveQuery;
  /**
   * The workspace id, once the workspace exists. Pass the app's seeded `ensureDefault(seed)`
   * result: calling `ensureDefault()` here first would create the workspace unseeded.
   */
  workspaceId: () => Promise<Id>;
  notify?: Notify;
}

/** The environments store (see {@link createEnvironmentsStore}). */
export interface EnvironmentsStore {
  /** Every environment, sorted by name, kept current. */
  list: Accessor<readonly Environment[]>;
  activeId: Accessor<Id | null>;
  /** The active environment, if it still exists. */
  active: Accessor<Environment | undefined>;
  /** The workspace globals row (undefined until loaded). */
  globals: Accessor<Globals | undefined>;
  setActive(id: Id | null): Promise<void>;
  /** Creates "New environment" (numbered when taken); resolves to its id. */
  create(name?: string): Promise<Id | undefined>;
  rename(id: Id, name: string): Promise<void>;
  duplicate(id: Id): Promise<Id | undefined>;
  /** Deletes with an "Undo" toast that puts it back (and re-activates it if it was active). */
  remove(id: Id): Promise<void>;
  putVariables(id: Id, variables: Variable[]): Promise<void>;
  putGlobals(variables: Variable[]): Promise<void>;
}

/** A name not yet used by any environment: `base`, then `base 2`, `base 3`… */
export function uniqueName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

/** Creates the environments store; live queries clean up with the owner. */
export function createEnvironmentsStore(ctx: EnvironmentsStoreDeps): EnvironmentsStore {
  const { repos, deps } = ctx;
  const notify = ctx.notify ?? defaultNotify;
  const raw = ctx.live<Environment[]>(() => repos.environments.list(), []);
  const list = createMemo(() => [...raw()].sort((a, b) => a.name.localeCompare(b.name)));
  const globals = ctx.live<Globals | undefined>(
    async () => repos.globals.get(await ctx.workspaceId()),
    undefined,
  );
  const [activeId, setActiveId] = createSignal<Id | null>(null);
  let chosen = false;
  void repos.settings
    .get<Id | null>(ACTIVE_ENVIRONMENT_KEY, null)
    .then((id) => !chosen && setActiveId(id))
    .catch(() => undefined);
  const active = createMemo(() => list().find((e) => e.id === activeId()));

  const attempt = async <T>(action: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      notify({ kind: "error", message: errorText(action, error) });
      return undefined;
    }
  };
  const load = async (id: Id) => {
    const env = await repos.environments.get(id);
    if (!env) throw Object.assign(new Error("Environment not found."), { code: "NOT_FOUND" });
    return env;
  };
  const takenNames = async () => (await repos.environments.list()).map((e) => e.name);
  const update = (action: string, id: Id, change: Partial<Environment>) =>
    attempt(action, async () => {
      const env = await load(id);
      await repos.environments.put({ ...env, ...change, updatedAt: deps.clock.now() });
    }).then(() => {});

  const setActive = async (id: Id | null) => {
    chosen = true;
    setActiveId(id);
    await attempt("remember the environment", () => repos.settings.set(ACTIVE_ENVIRONMENT_KEY, id));
  };

  return {
    list,
    activeId,
    active,
    globals,
    setActive,
    create: (name = "New environment") =>
      attempt("create the environment", async () => {
        const workspaceId = await ctx.workspaceId();
        const unique = uniqueName(name, await takenNames());
        const env = makeEnvironment(deps, { workspaceId, name: unique });
        await repos.environments.put(env);
        return env.id;
      }),
    rename: async (id, name) => {
      const trimmed = name.trim();
      if (!trimmed) return;
      await update("rename the environment", id, { name: trimmed });
    },
    duplicate: (id) =>
      attempt("duplicate the environment", async () => {
        const env = await load(id);
        const twin = makeEnvironment(deps, {
          workspaceId: env.workspaceId,
          name: uniqueName(`${env.name} copy`, await takenNames()),
          variables: structuredClone(env.variables),
        });
        await repos.environments.put(twin);
        return twin.id;
      }),
    remove: async (id) => {
      const removed = await attempt("delete the environment", async () => {
        const env = await load(id);
        await repos.environments.remove(id);
        return env;
      });
      if (!removed) return;
      const wasActive = activeId() === id;
      if (wasActive) await setActive(null);
      notify({
        message: `Deleted “${removed.name}”`,
        action: {
          label: "Undo",
          run: async () => {
            await attempt("restore the environment", () => repos.environments.put(removed));
            if (wasActive && activeId() === null) await setActive(removed.id);
          },
        },
      });
    },
    putVariables: (id, variables) => update("save the variables", id, { variables }),
    putGlobals: (variables) =>
      attempt("save the globals", async () => {
        const row = await repos.globals.get(await ctx.workspaceId());
        await repos.globals.put({ ...row, variables, updatedAt: deps.clock.now() });
      }).then(() => {}),
  };
}
