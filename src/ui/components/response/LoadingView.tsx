/** While a request is in flight: "Sending…" and the time elapsed, ticking. */
import { createSignal, onCleanup } from "solid-js";
import { formatDuration } from "./units";

/** Props of {@link LoadingView}. */
export interface LoadingViewProps {
  /** Epoch milliseconds when the send started. */
  startedAt: number;
}

/** Re-renders the elapsed time every 100 ms until unmounted. */
export function LoadingView(props: LoadingViewProps) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 100);
  onCleanup(() => clearInterval(timer));
  return (
    <div class="response-loading">
      <span class="response-spinner" aria-hidden="true" />
      <span role="status">Sending…</span>
      <span class="response-elapsed">{formatDuration(Math.max(0, now() - props.startedAt))}</span>
    </div>
  );
}
