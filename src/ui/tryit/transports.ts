/**
 * The transports a panel can send through, each loaded when first used: the browser's fetch
 * (always), the author's proxy (`proxy-url`) and a running Satchel agent (`agent`). The words a
 * failed send shows are the transports' own, the same as in the app.
 */
import type { Transport } from "../../core/http/transport";
import type { FileResolver } from "../transport/buildInit";

/** How a request leaves the page. */
export type Route = "browser" | "proxy" | "agent";

/** What the chosen route needs. */
export interface RouteSettings {
  route: Route;
  resolveFile: FileResolver;
  proxyUrl?: string;
  proxyToken?: string;
  agentUrl?: string;
  agentToken?: string;
  /**
   * Answer the app's `/echo` on this origin in-page (as the app does) — only when the author's
   * `app-url` says the Satchel app lives on this very origin, so `/echo` here is Satchel's.
   */
  echo?: boolean;
}

/** The transport for `settings`, loaded on demand. */
export async function loadTransport(settings: RouteSettings): Promise<Transport> {
  const { route, resolveFile } = settings;
  if (route === "proxy" && settings.proxyUrl) {
    const { makeProxyTransport } = await import("../transport/proxyTransport");
    return makeProxyTransport({
      url: settings.proxyUrl,
      token: settings.proxyToken ?? "",
      resolveFile,
    });
  }
  if (route === "agent" && settings.agentUrl) {
    const { makeAgentTransport } = await import("../transport/agentTransport");
    return makeAgentTransport({
      baseUrl: settings.agentUrl,
      token: settings.agentToken ?? "",
      resolveFile,
    });
  }
  const { makeFetchTransport } = await import("../transport/fetchTransport");
  return makeFetchTransport({ echo: settings.echo === true, resolveFile });
}

/** Trades a pairing code printed by `satchel agent` for a token. */
export async function pairWithAgent(
  agentUrl: string,
  code: string,
): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
  const { pairAgent } = await import("../transport/agentTransport");
  const paired = await pairAgent(agentUrl, code);
  return paired.ok ? paired : { ok: false, message: paired.error.message };
}
