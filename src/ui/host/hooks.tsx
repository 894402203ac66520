/**
 * The host's narrow hooks: each component asks for the one service it uses, never for the whole
 * host or the repositories. Every hook throws outside `<HostProvider>` (Kobalte's context style),
 * so a component rendered without its host fails at once with a message naming the hook.
 */
import type { JSX } from "solid-js";
import { createContext, useContext } from "solid-js";
import type { Deps } from "../../core/factory";
import type { CookiesService } from "./cookies";
import type { OAuth2TokensService } from "./oauth2Tokens";
import type { TransportSwitch } from "./transports";
import type { TabsStore } from "../stores/tabs";
import type { EnvironmentsStore } from "../stores/environments";
import type { ThemeStore } from "../stores/theme";
import type { VariablesView } from "../stores/variables";
import type {
  FilesService,
  HistoryService,
  Host,
  ImportService,
  RunnerService,
  SendService,
  TreeService,
} from "./createHost";

const HostContext = createContext<Host>();

/** Provides the host's services to the component tree. */
export function HostProvider(props: { host: Host; children: JSX.Element }) {
  // The host is created once per app; the provider reads it once on purpose.
  // eslint-disable-next-line solid/reactivity
  return <HostContext.Provider value={props.host}>{props.children}</HostContext.Provider>;
}

/** A hook reading one part of the host; throws, naming itself, outside the provider. */
function hostHook<T>(name: string, pick: (host: Host) => T): () => T {
  return () => {
    const host = useContext(HostContext);
    if (!host) throw new Error(`${name}() must be called inside <HostProvider>.`);
    return pick(host);
  };
}

/** The clock and random source. */
export const useDeps: () => Deps = hostHook("useDeps", (h) => h.deps);
/** The open tabs and their drafts. */
export const useTabs: () => TabsStore = hostHook("useTabs", (h) => h.tabs);
/** The sidebar tree, the collections' rows and the commands that edit them. */
export const useTree: () => TreeService = hostHook("useTree", (h) => h.tree);
export const useEnvironments: () => EnvironmentsStore = hostHook(
  "useEnvironments",
  (h) => h.environments,
);
export const useTheme: () => ThemeStore = hostHook("useTheme", (h) => h.theme);
/** Variables as the active tab sees them. */
export const useVariables: () => VariablesView = hostHook("useVariables", (h) => h.variables);
export const useSend: () => SendService = hostHook("useSend", (h) => h.send);
export const useHistory: () => HistoryService = hostHook("useHistory", (h) => h.history);
export const useRunner: () => RunnerService = hostHook("useRunner", (h) => h.runner);
export const useImport: () => ImportService = hostHook("useImport", (h) => h.imports);
export const useFiles: () => FilesService = hostHook("useFiles", (h) => h.files);
/** The header's transport picker and the agent's pairing. */
export const useTransports: () => TransportSwitch = hostHook("useTransports", (h) => h.transports);
/** The workspace's cookies (the cookie manager). */
export const useCookies: () => CookiesService = hostHook("useCookies", (h) => h.cookies);
/** OAuth 2.0 tokens per collection and "Get new access token" (the Auth tab). */
export const useOAuth2Tokens: () => OAuth2TokensService = hostHook(
  "useOAuth2Tokens",
  (h) => h.oauth2,
);
/** Exports a stored collection (Postman v2.1 or OpenAPI). */
export const useCollectionExport: () => Host["exportCollection"] = hostHook(
  "useCollectionExport",
  (h) => h.exportCollection,
);
/** Resolves a draft into the request the code panel shows. */
export const useCodeResolver: () => Host["resolveCode"] = hostHook(
  "useCodeResolver",
  (h) => h.resolveCode,
);
/** Creates the draft behind a collection or folder settings dialog. */
export const useContainerDraft: () => Host["containerDraft"] = hostHook(
  "useContainerDraft",
  (h) => h.containerDraft,
);
/** A collection's folders and requests, kept current, for its documentation view. */
export const useCollectionDocs: () => Host["collectionDocs"] = hostHook(
  "useCollectionDocs",
  (h) => h.collectionDocs,
);
