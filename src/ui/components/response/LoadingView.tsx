/**
 * While a send is under way: what it is doing (whose pre-request or test scripts run, or the
 * request on the wire) and the time elapsed, ticking.
 */
import { createSignal, onCleanup } from "solid-js";
import type { ScriptOwner } from "../../../core/pipeline";
import type { SendPhase } from "../../stores/responseState";
import { loadingText } from "./loadingText";
import { formatDuration } from "./units";

/** Props of {@link LoadingView}. */
export interface LoadingViewProps {
  /** Epoch milliseconds when the send started. */
  startedAt: number;
  phase?: SendPhase | undefined;
  /** Whose scripts the current stage runs (collection, folders, request), outermost first. */
  scripts?: readonly ScriptOwner[] | undefined;
}

/** Re-renders the elapsed time every 100 ms until unmounted. */
export function LoadingView(props: LoadingViewProps) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 100);
  onCleanup(() => clearInterval(timer));
  return (
    <div class="response-loading">
      <span class="response-spinner" aria-hidden="true" />
      <span role="status">{loadingText(props.phase, props.scripts)}</span>
      <span class="response-elapsed">{formatDuration(Math.max(0, now() - props.startedAt))}</span>
    </div>
  );
}
