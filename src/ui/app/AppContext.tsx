/**
 * The app's services (repositories, stores, commands) behind a context, so components read them
 * with `useApp()` and tests can provide fakes.
 */
import type { Accessor, JSX } from "solid-js";
import { createContext, createEffect, createMemo, on, useContext } from "solid-js";
import type { Deps } from "../../core/factory";
import type { Transport } from "../../core/http/transport";
import type { Collection, Id, Request, Workspace } from "../../core/model";
import type { Sandbox } from "../../core/sandbox/types";
import type { Repos } from "../../db/repos/index";
import type { TreeCommands } from "../commands/treeCommands";
import { makeTreeCommands } from "../commands/treeCommands";
import type { LiveQuery } from "../primitives/liveQuery";
import type { EnvironmentsStore } from "../stores/environments";
import { createEnvironmentsStore } from "../stores/environments";
import type { SendStore } from "../stores/send";
import { createSendStore } from "../stores/send";
import type { TabsStore } from "../stores/tabs";
import { createTabsStore } from "../stores/tabs";
import type { ThemeStore } from "../stores/theme";
import { createThemeStore } from "../stores/theme";
import { createTreeNodes } from "../stores/treeNodes";
import { notify } from "../stores/toasts";
import type { VariablesView } from "../stores/variables";
import { createVariablesView } from "../stores/variables";
import { makeFetchTransport } from "../transport/fetchTransport";
import { makeSandboxClient } from "../workerClients/sandboxClient";
import type { TreeNode } from "../../core/tree";

/** Everything the shell's components need. */
export interface AppServices {
  repos: Repos;
  deps: Deps;
  live: LiveQuery;
  /** Every collection, folder and request, kept current. */
  nodes: Accessor<readonly TreeNode[]>;
  /**
   * Shows nodes a write has just committed (an import's thousand requests) until the live
   * queries have read them back, so the tree does not wait for that read.
   */
  reveal: (nodes: readonly TreeNode[]) => void;
  collections: Accessor<readonly Collection[]>;
  tabs: TabsStore;
  treeCommands: TreeCommands;
  environments: EnvironmentsStore;
  theme: ThemeStore;
  send: SendStore;
  /** Variables as the active tab sees them (highlighting, hover, completion). */
  variables: VariablesView;
  /** Sends the active tab's draft. */
  sendActive: () => void;
  /** The transport the Send button uses (the collection runner sends through it too). */
  transport: Transport;
  /** The script sandbox (started lazily), when scripts are enabled. */
  sandbox: () => Sandbox | undefined;
}

/** Optional parts the host supplies (tests pass fakes; the app passes the real ones). */
export interface AppServiceOptions {
  transport?: Transport;
  sandbox?: () => Sandbox | undefined;
  /**
   * The (seeded) default workspace as the host holds it now; defaults to one
   * `repos.workspace.ensureDefault()`. A function, so the host can read it again once storage
   * recovers from a blocked upgrade (the first read failed then).
   */
  workspace?: () => Promise<Workspace>;
}

const AppContext = createContext<AppServices>();

/** Runs `task` once the page is idle after load (a timeout where requestIdleCallback is missing). */
function whenIdle(task: () => void): void {
  if (typeof window === "undefined" || typeof Worker === "undefined") return;
  const schedule = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(task, { timeout: 2000 })
      : setTimeout(task, 200);
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
}

/**
 * The script worker, started on the first run that has scripts or when the page is idle after
 * load (`warm`), never on the critical path of the first paint.
 */
function lazySandbox(transport: Transport): { get: () => Sandbox; warm: () => void } {
  let client: ReturnType<typeof makeSandboxClient> | undefined;
  const ensure = () =>
    (client ??= makeSandboxClient({
      transport,
      onRestart: (reason) =>
        notify({
          kind: "error",
          message: `The script worker stopped (${reason}) and was restarted.`,
        }),
    }));
  const sandbox: Sandbox = {
    run: (kind, scripts, context) => ensure().run(kind, scripts, context),
  };
  return { get: () => sandbox, warm: () => void ensure().warm() };
}

/** Creates the services; the live sync keeps clean tabs on the stored version. */
export function createAppServices(
  repos: Repos,
  deps: Deps,
  live: LiveQuery,
  options: AppServiceOptions = {},
): AppServices {
  // Read up front, never first inside a live query (ensureDefault writes, which a live query
  // may not do).
  const fallback = options.workspace ? undefined : repos.workspace.ensureDefault();
  const workspaceId = () => (options.workspace?.() ?? fallback!).then((w) => w.id);
  const tree = createTreeNodes(repos, live);
  const collections = live<readonly Collection[]>(() => repos.collections.list(), []);
  const tabs = createTabsStore({ repos, deps, notify });
  const treeCommands = makeTreeCommands({
    repos,
    deps,
    notify,
    nodes: tree.nodes,
    openRequest: (id) => void tabs.open(id),
  });
  const environments = createEnvironmentsStore({
    repos,
    deps,
    live,
    notify,
    workspaceId,
  });
  const theme = createThemeStore({ repos, notify });
  const transport =
    options.transport ??
    makeFetchTransport({ resolveFile: async (id: Id) => (await repos.files.get(id))?.blob });
  const scripts = options.sandbox ? undefined : lazySandbox(transport);
  if (scripts) whenIdle(scripts.warm);
  const sandbox = options.sandbox ?? scripts?.get ?? (() => undefined);
  const send = createSendStore({
    repos,
    deps,
    transport,
    sandbox,
    environment: environments.active,
    globals: environments.globals,
    workspaceId,
    notify,
  });
  const variables = createVariablesView({
    draft: () => tabs.active()?.draft,
    collections,
    environment: environments.active,
    globals: environments.globals,
  });
  // The draft goes out with the stored row's place (a move a moment ago decides the folders).
  const sendActive = () => {
    const tab = tabs.active();
    if (!tab) return;
    if (send.sending(tab.id)) return;
    void tabs.draftForSend(tab.id).then((draft) => draft && send.send(tab.id, draft));
  };
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
  return {
    ...tree,
    repos,
    deps,
    live,
    collections,
    tabs,
    treeCommands,
    environments,
    theme,
    send,
    variables,
    sendActive,
    transport,
    sandbox,
  };
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
