/**
 * Which transport sends: the browser's fetch, the local agent (`npx satchel agent`, paired once)
 * or a team proxy URL, chosen in the header. "Auto" sends through the agent when it is paired
 * and answering, else through fetch. One delegating Transport stands for the choice, so the
 * send store, the runner and `pm.sendRequest` in the script worker all follow it; each send
 * records which transport went (`describe`), for the response area. The agent's and the
 * proxy's code loads only once one is configured (most sessions never need it).
 */
import type { Accessor } from "solid-js";
import { createSignal } from "solid-js";
import type { SendError, Transport, TransportCapabilities } from "../../core/http/transport";
import type { Repos } from "../../db/repos/types";
import type { FetchLike } from "../transport/agentTransport";
import type { FileResolver } from "../transport/buildInit";

const agentModule = () => import("../transport/agentTransport");

/** What the header's picker offers. */
export type TransportChoice = "auto" | "fetch" | "agent" | "proxy";

/** What is kept in settings (the tokens are the agent's and the proxy's, not the user's). */
export interface TransportSettings {
  choice: TransportChoice;
  agent?: { url: string; token: string };
  proxy?: { url: string; token: string };
}

/** The settings key. */
export const TRANSPORT_KEY = "transport";

/** Whether the paired agent answers. */
export type AgentStatus = "unpaired" | "checking" | "running" | "unreachable";

/** A transport as the response area names it. */
export interface TransportLabel {
  name: "fetch" | "agent" | "proxy";
  label: string;
  capabilities: TransportCapabilities;
}

/** The picker's state and actions, and the transport that follows them. */
export interface TransportSwitch {
  settings: Accessor<TransportSettings>;
  agentStatus: Accessor<AgentStatus>;
  setChoice(choice: TransportChoice): Promise<void>;
  /** Trades the agent's pairing code for a token and keeps it; a SendError says why not. */
  pair(url: string, code: string): Promise<{ ok: true } | { ok: false; error: SendError }>;
  unpair(): Promise<void>;
  setProxy(proxy: { url: string; token: string } | undefined): Promise<void>;
  /** Asks the paired agent whether it runs (Auto follows the answer). */
  check(): Promise<AgentStatus>;
  /** The transport the next send goes through (`choice` overrides the header's, e.g. a collection's). */
  current(choice?: TransportChoice): TransportLabel;
  /** A transport that sends through `choice` (absent: the header's choice at each send). */
  transportFor(choice: TransportChoice | undefined): Transport;
  /** Sends through whatever `current()` says at the moment of each send. */
  transport: Transport;
}

const LABELS = { fetch: "Browser (fetch)", agent: "Local agent", proxy: "Team proxy" } as const;

/** Creates the switch over `repos.settings`; `fetchTransport` is the browser's. */
export function createTransportSwitch(opts: {
  repos: Repos;
  fetchTransport: Transport;
  resolveFile?: FileResolver;
  fetch?: FetchLike;
}): TransportSwitch {
  const { repos, fetchTransport } = opts;
  const [settings, setSettings] = createSignal<TransportSettings>({ choice: "auto" });
  const [agentStatus, setAgentStatus] = createSignal<AgentStatus>("unpaired");
  let agent: Transport | undefined;
  let proxy: Transport | undefined;
  /** Builds the agent and proxy transports the settings name (loading their code first). */
  const build = async (s: TransportSettings) => {
    if (!s.agent && !s.proxy) {
      [agent, proxy] = [undefined, undefined];
      return;
    }
    const common = { resolveFile: opts.resolveFile, ...(opts.fetch ? { fetch: opts.fetch } : {}) };
    const { makeAgentTransport } = await agentModule();
    const { makeProxyTransport } = await import("../transport/proxyTransport");
    agent =
      s.agent && makeAgentTransport({ ...common, baseUrl: s.agent.url, token: s.agent.token });
    proxy = s.proxy && makeProxyTransport({ ...common, url: s.proxy.url, token: s.proxy.token });
  };
  const save = async (next: TransportSettings) => {
    await build(next);
    setSettings(next);
    await repos.settings.set(TRANSPORT_KEY, next);
  };
  const check = async (): Promise<AgentStatus> => {
    const paired = settings().agent;
    if (!paired) return setAgentStatus("unpaired");
    setAgentStatus("checking");
    const { helloAgent } = await agentModule();
    const hello = await helloAgent(paired.url, paired.token, opts.fetch);
    return setAgentStatus(hello.ok ? "running" : "unreachable");
  };
  const load = async () => {
    const stored = await repos.settings
      .get<TransportSettings>(TRANSPORT_KEY, { choice: "auto" })
      .catch((): TransportSettings => ({ choice: "auto" }));
    await build(stored);
    setSettings(stored);
    await check();
  };
  // Read once at start; later changes come through the actions below. A send waits for it, so
  // a request chosen to go through the agent never slips out through fetch while it loads.
  // eslint-disable-next-line solid/reactivity
  const loaded = load().catch(() => undefined);

  const pick = (
    choice: TransportChoice = settings().choice,
  ): { name: TransportLabel["name"]; transport: Transport } => {
    if (choice === "agent" && agent) return { name: "agent", transport: agent };
    if (choice === "proxy" && proxy) return { name: "proxy", transport: proxy };
    if (choice === "auto" && agent && agentStatus() === "running")
      return { name: "agent", transport: agent };
    return { name: "fetch", transport: fetchTransport };
  };
  const current = (choice?: TransportChoice): TransportLabel => {
    const { name, transport } = pick(choice);
    return { name, label: LABELS[name], capabilities: transport.capabilities };
  };
  const transportFor = (choice: TransportChoice | undefined): Transport => ({
    get name() {
      return pick(choice).transport.name;
    },
    get capabilities() {
      return pick(choice).transport.capabilities;
    },
    async send(request, options) {
      await loaded;
      const chosen = pick(choice);
      const result = await chosen.transport.send(request, options);
      // Auto stops choosing an agent that no longer answers (it is checked again on demand).
      if (chosen.name === "agent" && !result.ok && result.error.code === "UNREACHABLE")
        void check();
      return result;
    },
  });
  const transport = transportFor(undefined);
  return {
    settings,
    agentStatus,
    setChoice: (choice) => save({ ...settings(), choice }),
    async pair(url, code) {
      const { pairAgent } = await agentModule();
      const paired = await pairAgent(url, code, opts.fetch);
      if (!paired.ok) return paired;
      const choice = settings().choice === "fetch" ? "auto" : settings().choice;
      await save({ ...settings(), choice, agent: { url, token: paired.token } });
      await check();
      return { ok: true };
    },
    async unpair() {
      const { agent: _gone, ...rest } = settings();
      await save({ ...rest, choice: rest.choice === "agent" ? "auto" : rest.choice });
      setAgentStatus("unpaired");
    },
    setProxy: (next) => {
      const { proxy: _old, ...rest } = settings();
      const choice = !next && rest.choice === "proxy" ? "auto" : rest.choice;
      return save({ ...rest, choice, ...(next ? { proxy: next } : {}) });
    },
    check,
    current,
    transportFor,
    transport,
  };
}
