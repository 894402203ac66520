/**
 * The browser host: the one composition root. It owns storage (the repositories), the clock and
 * random source, notifications, the transport and the script sandbox; it builds the stores over
 * them, and it is the only code that applies pipeline and import outcomes to storage
 * (outcomes.ts, importWriter.ts). Components read what they need through the narrow hooks in
 * hooks.tsx, never the repositories.
 */
import type { Accessor } from "solid-js";
import { createEffect, createMemo, on } from "solid-js";
import type { Deps } from "../../core/factory";
import type { Transport } from "../../core/http/transport";
import type { Collection, HistoryEntry, Id, Request, Workspace } from "../../core/model";
import type { StoredRun } from "../../core/runner/types";
import type { Sandbox } from "../../core/sandbox/types";
import type { TreeNode } from "../../core/tree";
import type { Repos } from "../../db/repos/index";
import type { TreeCommands } from "../commands/treeCommands";
import { makeTreeCommands } from "../commands/treeCommands";
import type { CodeResolver } from "../components/codegen/resolveForCode";
import type { ContainerDraft, ContainerTarget } from "../components/container/createContainerDraft";
import { createContainerDraft } from "../components/container/createContainerDraft";
import type { CollectionDocs } from "../components/docs/docsOutline";
import type { ExportDocument, ExportOptions } from "../components/export/exportDocuments";
import type { LiveQuery } from "../primitives/liveQuery";
import type { EnvironmentsStore } from "../stores/environments";
import { createEnvironmentsStore } from "../stores/environments";
import type { HistoryStore } from "../stores/history";
import { createHistoryStore } from "../stores/history";
import type { RunnerStore } from "../stores/runner";
import { createRunnerStore } from "../stores/runner";
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
import type { TransportSwitch } from "./transports";
import { createTransportSwitch } from "./transports";
import type { CookiesService } from "./cookies";
import { makeCookiesService } from "./cookies";
import { createHeldRows } from "./heldRows";
import type { ImportWriter } from "./importWriter";
import { makeImportWriter } from "./importWriter";
import type { OAuth2TokensService } from "./oauth2Tokens";
import { makeOAuth2TokensService } from "./oauth2Tokens";
import { CALLBACK_PATH, authorizeInPopup, windowPopupHost } from "../primitives/oauth2Popup";
import { makeOutcomes } from "./outcomes";
import { loadCollectionTree, loadRunTree } from "./reads";
import { lazySandbox, whenIdle } from "./sandbox";

/** The sidebar's tree: nodes, the collections' rows, and the commands that edit them. */
export interface TreeService {
  /** Every collection, folder and request, kept current. */
  nodes: Accessor<readonly TreeNode[]>;
  /**
   * Shows nodes a write has just committed (an import's thousand requests) until the live
   * queries have read them back, so the tree does not wait for that read.
   */
  reveal: (nodes: readonly TreeNode[]) => void;
  collections: Accessor<readonly Collection[]>;
  commands: TreeCommands;
}

/** Sending from the editor. */
export interface SendService {
  store: SendStore;
  /** Sends the active tab's draft. */
  sendActive: () => void;
}

/** The request history dialog. */
export interface HistoryService {
  /** A history store for an open dialog (its live query ends with the caller's owner). */
  open(): HistoryStore;
  /** One entry with its stored response body (reopening it shows that response). */
  get(id: Id): Promise<HistoryEntry | undefined>;
  /** The listed entries, with their bodies, as a HAR file. */
  exportHar(entries: readonly HistoryEntry[], includeSecrets: boolean): Promise<ExportDocument>;
}

/** The collection runner. */
export interface RunnerService {
  /** A runner store for an open runner view. */
  create(): RunnerStore;
  /** A collection's previous runs, kept current (ends with the caller's owner). */
  previous(collectionId: Id): Accessor<StoredRun[]>;
}

/** What the Import dialog needs. */
export interface ImportService {
  writer: ImportWriter;
  deps: Deps;
  /** Fetches URL imports (the Send button's transport). */
  transport: Transport;
  reveal: (nodes: readonly TreeNode[]) => void;
}

/** Files a request's form-data or binary body names. */
export interface FilesService {
  /** Stores the chosen file; resolves to its id. */
  put(file: File): Promise<Id>;
}

/** Everything the shell's components can reach, each through its own hook (hooks.tsx). */
export interface Host {
  deps: Deps;
  tree: TreeService;
  tabs: TabsStore;
  environments: EnvironmentsStore;
  theme: ThemeStore;
  /** Variables as the active tab sees them (highlighting, hover, completion). */
  variables: VariablesView;
  send: SendService;
  history: HistoryService;
  runner: RunnerService;
  imports: ImportService;
  files: FilesService;
  /** The header's transport picker: fetch, the local agent or a team proxy. */
  transports: TransportSwitch;
  /** The workspace's cookie jar (the cookie manager; Send and runs use it too). */
  cookies: CookiesService;
  /** OAuth 2.0 tokens per collection (the Auth tab's token manager; Send reads and refreshes). */
  oauth2: OAuth2TokensService;
  /** A stored collection as a file to save. */
  exportCollection(id: Id, options: ExportOptions): Promise<ExportDocument>;
  /** The request the code panel shows (ancestors and scopes as a Send would use them). */
  resolveCode: CodeResolver;
  /** The draft behind a collection or folder settings dialog. */
  containerDraft(target: ContainerTarget): ContainerDraft;
  /** A collection's whole tree for its documentation, kept current (null while loading). */
  collectionDocs(id: Id): Accessor<CollectionDocs | null | undefined>;
}

/** Optional parts the caller supplies (tests pass fakes; main.tsx passes the real ones). */
export interface HostOptions {
  transport?: Transport;
  sandbox?: () => Sandbox | undefined;
  /**
   * The (seeded) default workspace as the caller holds it now; defaults to one
   * `repos.workspace.ensureDefault()`. A function, so the caller can read it again once storage
   * recovers from a blocked upgrade (the first read failed then).
   */
  workspace?: () => Promise<Workspace>;
}

/** Builds the host over `repos`; the live sync keeps clean tabs on the stored version. */
export function createHost(
  storage: Repos,
  deps: Deps,
  live: LiveQuery,
  options: HostOptions = {},
): Host {
  // Read up front, never first inside a live query (ensureDefault writes, which a live query
  // may not do).
  const fallback = options.workspace ? undefined : storage.workspace.ensureDefault();
  const workspaceId = () => (options.workspace?.() ?? fallback!).then((w) => w.id);
  const held = createHeldRows(storage, deps, live);
  const repos = held.repos;
  const outcomes = makeOutcomes(repos, deps, workspaceId);
  const cookies = makeCookiesService(repos, live, workspaceId);
  const nodes = createTreeNodes(repos, live);
  const tabs = createTabsStore({ repos, deps, notify });
  const environments = createEnvironmentsStore({ repos, deps, live, notify, workspaceId });
  const theme = createThemeStore({ repos, notify });
  const resolveFile = async (id: Id) => (await repos.files.get(id))?.blob;
  const transports = createTransportSwitch({
    repos,
    resolveFile,
    fetchTransport: options.transport ?? makeFetchTransport({ resolveFile }),
  });
  const transport = transports.transport;
  const oauth2 = makeOAuth2TokensService({
    repos,
    live,
    deps,
    transportFor: (id) =>
      transports.transportFor(held.collections().find((c) => c.id === id)?.settings.transport),
    authorize: (url) => authorizeInPopup(windowPopupHost(), url),
    redirectUri: `${window.location.origin}${CALLBACK_PATH}`,
  });
  const scripts = options.sandbox ? undefined : lazySandbox(transport);
  if (scripts) whenIdle(scripts.warm);
  const sandbox = options.sandbox ?? scripts?.get ?? (() => undefined);
  const sendStore = createSendStore({
    deps,
    ancestors: held.ancestors,
    outcomes,
    cookies,
    oauth2Tokens: oauth2.store,
    transport,
    via: (collection) => transports.current(collection?.settings.transport),
    transportFor: (collection) => transports.transportFor(collection.settings.transport),
    sandbox,
    environment: environments.active,
    globals: environments.globals,
    notify,
  });
  // The draft goes out with the stored row's place (a move a moment ago decides the folders).
  const sendActive = () => {
    const tab = tabs.active();
    if (!tab || sendStore.sending(tab.id)) return;
    void tabs.draftForSend(tab.id).then((draft) => draft && sendStore.send(tab.id, draft));
  };
  keepCleanTabsStored(tabs, repos, live);
  const tree: TreeService = {
    ...nodes,
    collections: held.collections,
    commands: makeTreeCommands({
      repos,
      deps,
      notify,
      nodes: nodes.nodes,
      openRequest: (id) => void tabs.open(id),
      workspaceId,
    }),
  };
  return {
    deps,
    tree,
    tabs,
    environments,
    theme,
    variables: createVariablesView({
      draft: () => tabs.active()?.draft,
      collections: held.collections,
      environment: environments.active,
      globals: environments.globals,
    }),
    send: { store: sendStore, sendActive },
    history: makeHistoryService(repos, live),
    runner: {
      create: () =>
        createRunnerStore({
          deps,
          transport,
          sandbox,
          notify,
          outcomes,
          cookies,
          oauth2Tokens: oauth2.store,
          transportFor: (collection) => transports.transportFor(collection.settings.transport),
          loadTree: (target) => loadRunTree(repos, target),
        }),
      previous: (collectionId) => live<StoredRun[]>(() => repos.runs.list(collectionId), []),
    },
    imports: {
      writer: makeImportWriter(repos, workspaceId),
      deps,
      transport,
      reveal: nodes.reveal,
    },
    cookies,
    oauth2,
    transports,
    files: {
      put: (file) => repos.files.put({ name: file.name, type: file.type, blob: file }),
    },
    exportCollection: async (id, exportOptions) =>
      (await import("../components/export/exportDocuments")).collectionExport(
        () => loadCollectionTree(repos, id),
        exportOptions,
      ),
    // Loaded with the first snippet: it brings the Auth tab's tables, which the shell never shows.
    resolveCode: lazyResolver(() =>
      import("../components/codegen/resolveForCode").then((m) =>
        m.makeCodeResolver({
          ancestors: held.ancestors,
          deps,
          environment: environments.active,
          globals: environments.globals,
          oauth2Tokens: oauth2.store,
        }),
      ),
    ),
    containerDraft: (target) => createContainerDraft(target, { rows: repos, deps, notify }),
    collectionDocs: (id) =>
      live<CollectionDocs | null | undefined>(() => loadCollectionTree(repos, id), null),
  };
}

/** A resolver whose code loads on its first call (and once only). */
function lazyResolver(load: () => Promise<CodeResolver>): CodeResolver {
  let loading: Promise<CodeResolver> | undefined;
  return async (request, resolveVariables) =>
    (await (loading ??= load()))(request, resolveVariables);
}

/** The history dialog's service over `repos`. */
export function makeHistoryService(repos: Repos, live: LiveQuery): HistoryService {
  return {
    open: () => createHistoryStore({ repos, live }),
    get: (id) => repos.history.get(id),
    exportHar: async (entries, includeSecrets) =>
      (await import("../components/export/historyExport")).historyExport(
        (ids) => repos.history.getMany(ids),
        entries,
        includeSecrets,
      ),
  };
}

/** One live query per set of open stored tabs, replaced when that set changes. */
function keepCleanTabsStored(tabs: TabsStore, repos: Repos, live: LiveQuery): void {
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
}
