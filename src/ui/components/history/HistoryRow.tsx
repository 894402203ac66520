/**
 * One history entry as a button: method, resolved URL, status, duration and when it was sent; its
 * tooltip adds the timing phases when the transport measured them.
 */
import { formatDuration } from "../../../core/format/duration";
import type { HistoryEntry } from "../../../core/model";
import { phaseSummary } from "../response/timingPhases";
import { relativeTime, statusClass } from "./relativeTime";

/** Props of {@link HistoryRow}. */
export interface HistoryRowProps {
  entry: HistoryEntry;
  now: number;
  onOpen: (entry: HistoryEntry) => void;
  /** Where the row sits in a virtualized list (its item element, position and offset). */
  place?: { ref: (el: HTMLLIElement) => void; index: number; count: number; top: number };
}

/** Renders an entry; clicking it reopens the request. */
export function HistoryRow(props: HistoryRowProps) {
  const status = () => props.entry.response?.status;
  const method = () => props.entry.request.method.toUpperCase();
  const time = () => props.entry.response?.timeMs;
  const when = () => relativeTime(props.entry.sentAt, props.now);
  const tooltip = () => {
    const head = props.entry.error?.message ?? props.entry.resolvedUrl;
    const timings = props.entry.response?.timings;
    return timings ? `${head}\n${phaseSummary(timings)}` : head;
  };
  // The visible text in its order, so a speech user can say what they see (WCAG 2.5.3).
  const label = () =>
    [
      `${method()} ${props.entry.resolvedUrl || props.entry.request.url}`,
      status() === undefined ? "Error" : String(status()),
      time() === undefined ? "" : formatDuration(time()!),
      when(),
    ]
      .filter(Boolean)
      .join(", ");
  return (
    <li
      ref={(el) => props.place?.ref(el)}
      aria-posinset={props.place ? props.place.index + 1 : undefined}
      aria-setsize={props.place?.count}
      style={props.place ? { transform: `translateY(${props.place.top}px)` } : undefined}
    >
      <button
        type="button"
        class="history-row"
        aria-label={label()}
        title={tooltip()}
        onClick={() => props.onOpen(props.entry)}
      >
        {/* Spaces between the parts (a grid ignores them), so the text reads as the label does. */}
        <span class={`history-method method-${method().toLowerCase()}`}>{method()}</span>{" "}
        <span class="history-url">{props.entry.resolvedUrl || props.entry.request.url}</span>{" "}
        <span class={`history-status ${statusClass(status())}`}>{status() ?? "Error"}</span>{" "}
        <span class="history-time">{time() === undefined ? "" : formatDuration(time()!)}</span>{" "}
        <time class="history-when" datetime={new Date(props.entry.sentAt).toISOString()}>
          {when()}
        </time>
      </button>
    </li>
  );
}
