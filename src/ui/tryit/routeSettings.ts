/** The route settings of one send: the shared route state plus the panel's files. */
import type { FileStore } from "./files";
import type { PanelOptions } from "./options";
import { routeState } from "./routeState";
import type { RouteSettings } from "./transports";

/** True when the Satchel app (`app-url`) is served from this page's origin. */
export function appOnThisOrigin(appUrl: string, base = globalThis.document?.baseURI): boolean {
  try {
    return base !== undefined && new URL(appUrl, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/** What the transport loader needs for the next send of a panel. */
export function routeSettings(options: PanelOptions, files: FileStore): RouteSettings {
  return {
    route: routeState.route(),
    resolveFile: files.resolve,
    echo: appOnThisOrigin(options.appUrl),
    ...(options.proxyUrl
      ? { proxyUrl: options.proxyUrl, proxyToken: routeState.proxyToken() }
      : {}),
    ...(options.agent
      ? { agentUrl: routeState.agentUrl(), agentToken: routeState.agentToken() }
      : {}),
  };
}
