/**
 * While a send is under way: what it is doing (its pre-request script, the request, its tests)
 * and the time elapsed, ticking.
 */
import { createSignal, onCleanup } from "solid-js";
import type { SendPhase } from "../../stores/responseState";
import { formatDuration } from "./units";

/** The status line per phase; without one, "Sending…". */
const PHASE_TEXT: Record<SendPhase, string> = {
  prerequest: "Running the pre-request script…",
  sending: "Sending…",
  tests: "Running tests…",
};

/** Props of {@link LoadingView}. */
export interface LoadingViewProps {
  /** Epoch milliseconds when the send started. */
  startedAt: number;
  phase?: SendPhase | undefined;
}

/** Re-renders the elapsed time every 100 ms until unmounted. */
export function LoadingView(props: LoadingViewProps) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 100);
  onCleanup(() => clearInterval(timer));
  return (
    <div class="response-loading">
      <span class="response-spinner" aria-hidden="true" />
      <span role="status">{PHASE_TEXT[props.phase ?? "sending"]}</span>
      <span class="response-elapsed">{formatDuration(Math.max(0, now() - props.startedAt))}</span>
    </div>
  );
}
