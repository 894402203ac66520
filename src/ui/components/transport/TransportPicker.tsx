/**
 * The header's "Send through" chooser: Auto (the local agent when it is paired and running, else
 * the browser), the browser's fetch, the local agent, or the team proxy; and "Connections…",
 * which pairs the agent and sets the proxy. A pairing link (`#pair=…&agent=…`) opens it filled.
 */
import { Show, lazy, onMount } from "solid-js";
import { parsePairingFragment } from "../../../core/agent/protocol";
import type { TransportChoice } from "../../host/transports";
import { useTransports } from "../../host/hooks";
import { connectionsOpen, openConnections } from "./connections";

const ConnectionsDialog = lazy(() =>
  import("./ConnectionsDialog").then((m) => ({ default: m.ConnectionsDialog })),
);

/** The picker and its dialog. */
export function TransportPicker() {
  const transports = useTransports();
  onMount(() => {
    const link = parsePairingFragment(location.hash);
    if (!link) return;
    history.replaceState(null, "", location.pathname + location.search);
    openConnections(link);
  });
  const autoLabel = () =>
    transports.agentStatus() === "running" ? "Auto (local agent)" : "Auto (browser)";
  return (
    <div class="transport-picker">
      <select
        aria-label="Send through"
        value={transports.settings().choice}
        onChange={(e) => void transports.setChoice(e.currentTarget.value as TransportChoice)}
      >
        <option value="auto">{autoLabel()}</option>
        <option value="fetch">Browser (fetch)</option>
        <option value="agent" disabled={!transports.settings().agent}>
          Local agent
        </option>
        <option value="proxy" disabled={!transports.settings().proxy}>
          Team proxy
        </option>
      </select>
      <button type="button" class="button" onClick={() => openConnections()}>
        Connections…
      </button>
      <Show when={connectionsOpen()}>
        <ConnectionsDialog />
      </Show>
    </div>
  );
}
