/**
 * Sending through a team proxy (`satchel agent --listen … --token-file …`), for a phone or
 * tablet that cannot run the agent: the agent protocol to the proxy's URL with the bearer token
 * its operator gave. It sees what the agent sees, but reaches only the hosts the proxy allows,
 * never a private or link-local address unless its operator allowed private ones.
 */
import type { Transport, TransportCapabilities } from "../../core/http/transport";
import type { AgentTransportOptions, FetchLike } from "./agentTransport";
import { makeProtocolTransport } from "./agentTransport";
import type { FileResolver } from "./buildInit";

export interface ProxyTransportOptions {
  /** The proxy's URL as the page reaches it, e.g. https://satchel-proxy.example.com. */
  url: string;
  /** A token from the proxy's token file. */
  token: string;
  fetch?: FetchLike;
  resolveFile?: FileResolver;
  onProgress?: AgentTransportOptions["onProgress"];
  pageOrigin?: string;
  now?: () => number;
}

/** Everything the agent can do, except reaching private networks (refused by default there). */
export const PROXY_CAPABILITIES: TransportCapabilities = Object.freeze({
  anyHeader: true,
  seesSetCookie: true,
  controlsRedirects: true,
  timingPhases: true,
  tlsOptions: true,
  privateNetwork: false,
});

/** Send through the team proxy at `opts.url`. */
export function makeProxyTransport(opts: ProxyTransportOptions): Transport {
  const { url, ...rest } = opts;
  return makeProtocolTransport(
    { ...rest, baseUrl: url },
    { name: "proxy", kind: "proxy", capabilities: PROXY_CAPABILITIES },
  );
}
