/** Non-fatal problems with a send (e.g. headers the browser dropped), listed above the body. */
import { For, Show } from "solid-js";
import type { SendError } from "../../../core/http/transport";
import { ERROR_TITLES } from "./errorTitles";

/** Props of {@link WarningList}. */
export interface WarningListProps {
  warnings: readonly SendError[] | undefined;
}

/** Nothing when there are no warnings. */
export function WarningList(props: WarningListProps) {
  return (
    <Show when={props.warnings?.length}>
      <ul class="response-warnings" aria-label="Warnings">
        <For each={props.warnings}>
          {(w) => (
            <li class="response-warning">
              <strong>{ERROR_TITLES[w.code] ?? "Warning"}:</strong> {w.message}
              <Show when={w.headers?.length}> ({w.headers?.join(", ")})</Show>
              <Show when={w.hint}>
                <span class="response-warning-hint"> {w.hint}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
