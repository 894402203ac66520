/**
 * "Connections": pair the local agent (`npx satchel agent` prints a code and a link) and set a
 * team proxy (its URL and a token from its token file). A pairing link only fills the form: the
 * user sees the agent's address and pairs it, so no page can pair Satchel with an agent of its
 * choosing (an agent off this computer is called out).
 */
import { Show, createSignal } from "solid-js";
import { DEFAULT_AGENT_PORT } from "../../../core/agent/protocol";
import { useTransports } from "../../host/hooks";
import { Dialog } from "../common/Dialog";
import { closeConnections, connectionsOpen, pairingPrefill } from "./connections";
import { AGENT_COMMAND } from "./limits";

const DEFAULT_AGENT_URL = `http://127.0.0.1:${DEFAULT_AGENT_PORT}`;

/** True for http(s) URLs on this computer (loopback names and addresses). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}

const STATUS = {
  unpaired: "Not paired.",
  checking: "Checking…",
  running: "Paired and running.",
  unreachable: "Paired, but not answering: is it running?",
} as const;

/** The dialog (mounted by the header; opened through ./connections.ts). */
export function ConnectionsDialog() {
  const transports = useTransports();
  const [agentUrl, setAgentUrl] = createSignal(pairingPrefill()?.agent ?? DEFAULT_AGENT_URL);
  const [code, setCode] = createSignal(pairingPrefill()?.code ?? "");
  const [agentError, setAgentError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const proxy = () => transports.settings().proxy;
  const [proxyUrl, setProxyUrl] = createSignal(proxy()?.url ?? "");
  const [proxyToken, setProxyToken] = createSignal(proxy()?.token ?? "");
  const [proxyError, setProxyError] = createSignal<string>();
  const pair = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setAgentError(undefined);
    const r = await transports.pair(agentUrl().trim(), code().trim());
    setBusy(false);
    if (r.ok) setCode("");
    else setAgentError([r.error.message, r.error.hint].filter(Boolean).join(" "));
  };
  const saveProxy = async (e: Event) => {
    e.preventDefault();
    setProxyError(undefined);
    const url = proxyUrl().trim();
    if (!/^https?:\/\//i.test(url)) return setProxyError("Enter the proxy's http(s) URL.");
    if (!proxyToken().trim()) return setProxyError("Enter a token from the proxy's token file.");
    await transports.setProxy({ url: url.replace(/\/+$/, ""), token: proxyToken().trim() });
  };
  return (
    <Dialog open={connectionsOpen()} title="Connections" onClose={closeConnections}>
      <section aria-labelledby="agent-heading">
        <h3 id="agent-heading">Local agent</h3>
        <p>
          Start it on this computer with <code>{AGENT_COMMAND}</code>; it prints a pairing code (and
          a link that fills this form).
        </p>
        <p role="status">{STATUS[transports.agentStatus()]}</p>
        <form onSubmit={(e) => void pair(e)}>
          <label class="stacked-field">
            Agent address
            <input
              type="url"
              value={agentUrl()}
              onInput={(e) => setAgentUrl(e.currentTarget.value)}
            />
          </label>
          <Show when={!isLoopbackUrl(agentUrl())}>
            <p class="warning">
              This address is not on this computer. Pair only with an agent you started: it will see
              every request you send through it.
            </p>
          </Show>
          <label class="stacked-field">
            Pairing code
            <input
              type="text"
              autocomplete="off"
              value={code()}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </label>
          <Show when={agentError()}>{(m) => <p role="alert">{m()}</p>}</Show>
          <div class="dialog-actions">
            <button type="submit" class="button" disabled={busy() || !code().trim()}>
              Pair
            </button>
            <Show when={transports.settings().agent}>
              <button type="button" class="button" onClick={() => void transports.check()}>
                Check again
              </button>
              <button type="button" class="button" onClick={() => void transports.unpair()}>
                Unpair
              </button>
            </Show>
          </div>
        </form>
      </section>
      <section aria-labelledby="proxy-heading">
        <h3 id="proxy-heading">Team proxy</h3>
        <p>For devices that cannot run Node: a `satchel agent --listen …` your team hosts.</p>
        <form onSubmit={(e) => void saveProxy(e)}>
          <label class="stacked-field">
            Proxy URL
            <input
              type="url"
              value={proxyUrl()}
              onInput={(e) => setProxyUrl(e.currentTarget.value)}
            />
          </label>
          <label class="stacked-field">
            Proxy token
            <input
              type="password"
              autocomplete="off"
              value={proxyToken()}
              onInput={(e) => setProxyToken(e.currentTarget.value)}
            />
          </label>
          <Show when={proxyError()}>{(m) => <p role="alert">{m()}</p>}</Show>
          <div class="dialog-actions">
            <button type="submit" class="button">
              Save proxy
            </button>
            <Show when={proxy()}>
              <button
                type="button"
                class="button"
                onClick={() => void transports.setProxy(undefined)}
              >
                Remove proxy
              </button>
            </Show>
          </div>
        </form>
      </section>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={closeConnections}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
