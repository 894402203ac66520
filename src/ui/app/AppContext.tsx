/**
 * The app's services (repositories, stores, commands) behind a context, so components read them
 * with `useApp()` and tests can provide fakes.
 */
import type { Accessor, JSX } from "solid-js";
import { createContext, createEffect, createMemo, on, useContext } from "solid-js";
import type { Deps } from "../../core/factory";
import type { Request } from "../../core/model";
import type { Repos, TreeNode } from "../../db/repos/index";
import type { TreeCommands } from "../commands/treeCommands";
import { makeTreeCommands } from "../commands/treeCommands";
import type { TabsStore } from "../stores/tabs";
import { createTabsStore } from "../stores/tabs";
import { notify } from "../stores/toasts";

/** A live query primitive (`createLiveQuery` in the app; a plain one-shot in tests). */
export type LiveQuery = <T>(query: () => Promise<T>, initial: T) => Accessor<T>;

/** Everything the shell's components need. */
export interface AppServices {
  repos: Repos;
  deps: Deps;
  /** Every collection, folder and request, kept current. */
  nodes: Accessor<readonly TreeNode[]>;
  tabs: TabsStore;
  treeCommands: TreeCommands;
}

const AppContext = createContext<AppServices>();

/** Creates the services; the live sync keeps clean tabs on the stored version. */
export function createAppServices(repos: Repos, deps: Deps, live: LiveQuery): AppServices {
  const nodes = live<readonly TreeNode[]>(() => repos.tree.listNodes(), []);
  const tabs = createTabsStore({ repos, deps, notify });
  const treeCommands = makeTreeCommands({
    repos,
    deps,
    notify,
    nodes,
    openRequest: (id) => void tabs.open(id),
  });
  // One live query per set of open stored tabs, replaced when that set changes.
  const storedKey = createMemo(() => tabs.storedIds().join("\n"));
  createEffect(
    on(storedKey, (key) => {
      const ids = key ? key.split("\n") : [];
      if (!ids.length) return;
      const saved = live<(Request | undefined)[]>(
        () => Promise.all(ids.map((id) => repos.requests.get(id))),
        [],
      );
      createEffect(() => tabs.syncSaved(saved()));
    }),
  );
  return { repos, deps, nodes, tabs, treeCommands };
}

/** Provides the services to the component tree. */
export function AppProvider(props: { services: AppServices; children: JSX.Element }) {
  // The services object is created once per app; the provider reads it once on purpose.
  // eslint-disable-next-line solid/reactivity
  return <AppContext.Provider value={props.services}>{props.children}</AppContext.Provider>;
}

/** Reads the app services; throws outside `<AppProvider>`. */
export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error("useApp() must be called inside <AppProvider>.");
  return services;
}
