/** Status line, time and size of a finished response. */
import { Show } from "solid-js";
import type { HttpResponse } from "../../../core/http/transport";
import { formatBytes, formatDuration, statusClass, statusLine } from "./units";

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  response: HttpResponse;
  /** Shows "Save as example", which hands this response over. */
  onSaveExample?: (response: HttpResponse) => void;
}

/** "Status: 200 OK · Time 85 ms · Size 1.2 KB", the status coloured by its class. */
export function StatusBar(props: StatusBarProps) {
  return (
    <div class="response-status-bar">
      <span class="response-status-wrap">
        <span class="visually-hidden">Status: </span>
        <span
          data-testid="response-status"
          class={`response-status ${statusClass(props.response.status)}`}
        >
          {statusLine(props.response.status, props.response.statusText)}
        </span>
      </span>
      <span class="response-metric">
        <span class="response-metric-label">Time</span> {formatDuration(props.response.timeMs)}
      </span>
      <span class="response-metric">
        <span class="response-metric-label">Size</span> {formatBytes(props.response.body.length)}
      </span>
      <Show when={props.onSaveExample}>
        {(save) => (
          <button
            type="button"
            class="button response-save-example"
            onClick={() => save()(props.response)}
          >
            Save as example
          </button>
        )}
      </Show>
    </div>
  );
}
