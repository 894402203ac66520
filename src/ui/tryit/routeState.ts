/**
 * How requests leave the page, shared by every panel on it: the browser, the author's proxy,
 * or a running Satchel agent (its URL and the token pairing gave, in memory only).
 */
import { createRoot, createSignal } from "solid-js";
import type { Route } from "./transports";

/** The shared route settings. */
export const routeState = createRoot(() => {
  const [route, setRoute] = createSignal<Route>("browser");
  const [agentUrl, setAgentUrl] = createSignal("http://127.0.0.1:7766" /* DEFAULT_AGENT_PORT */);
  const [agentToken, setAgentToken] = createSignal("");
  const [proxyToken, setProxyToken] = createSignal("");
  return {
    route,
    setRoute,
    agentUrl,
    setAgentUrl,
    agentToken,
    setAgentToken,
    proxyToken,
    setProxyToken,
  };
});
