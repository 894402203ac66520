/**
 * "Send through": the browser, the author's proxy (`proxy-url`, with its token) or a running
 * Satchel agent (`agent`: its URL and a pairing code traded for a token). Shown only when the
 * author enabled one of them.
 */
import { createSignal, Show } from "solid-js";
import { routeState } from "./routeState";
import type { Route } from "./transports";
import { pairWithAgent } from "./transports";

/** Props of {@link RoutePicker}. */
export interface RoutePickerProps {
  proxyUrl?: string;
  agent: boolean;
}

/** The route select and what the chosen route needs. */
export function RoutePicker(props: RoutePickerProps) {
  const [code, setCode] = createSignal("");
  const [message, setMessage] = createSignal("");
  const pair = async () => {
    setMessage("Pairing…");
    const paired = await pairWithAgent(routeState.agentUrl(), code().trim());
    if (paired.ok) {
      routeState.setAgentToken(paired.token);
      setMessage("Paired with the agent.");
    } else setMessage(paired.message);
  };
  return (
    <div class="route">
      <label>
        Send through{" "}
        <select
          aria-label="Send through"
          onChange={(e) => routeState.setRoute(e.currentTarget.value as Route)}
        >
          <option value="browser" selected={routeState.route() === "browser"}>
            This browser
          </option>
          <Show when={props.proxyUrl}>
            <option value="proxy" selected={routeState.route() === "proxy"}>
              Proxy ({props.proxyUrl})
            </option>
          </Show>
          <Show when={props.agent}>
            <option value="agent" selected={routeState.route() === "agent"}>
              A running Satchel agent
            </option>
          </Show>
        </select>
      </label>
      <Show when={routeState.route() === "proxy"}>
        <label class="field">
          <span class="name">Proxy token</span>
          <input
            type="password"
            aria-label="Proxy token"
            value={routeState.proxyToken()}
            onInput={(e) => routeState.setProxyToken(e.currentTarget.value)}
          />
        </label>
      </Show>
      <Show when={routeState.route() === "agent"}>
        <label class="field">
          <span class="name">Agent URL</span>
          <input
            type="text"
            aria-label="Agent URL"
            value={routeState.agentUrl()}
            onInput={(e) => routeState.setAgentUrl(e.currentTarget.value)}
          />
        </label>
        <Show when={!routeState.agentToken()}>
          <label class="field">
            <span class="name">Pairing code</span>
            <input
              type="text"
              aria-label="Agent pairing code"
              value={code()}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </label>
          <button type="button" onClick={() => void pair()}>
            Pair
          </button>
          <p class="hint">Start it with npx satchel agent; it prints the pairing code.</p>
        </Show>
        <Show when={message()}>
          <p class="hint" aria-live="polite">
            {message()}
          </p>
        </Show>
      </Show>
    </div>
  );
}
