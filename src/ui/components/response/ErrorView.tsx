/** A failed send: a title naming the cause, the message, and what would fix it. */
import { For, Show } from "solid-js";
import type { SendError } from "../../../core/http/transport";
import { ERROR_TITLES } from "./errorTitles";

/** Props of {@link ErrorView}. */
export interface ErrorViewProps {
  error: SendError;
}

/** Announced as an alert. */
export function ErrorView(props: ErrorViewProps) {
  return (
    <div class="response-error" role="alert">
      <h3 class="response-error-title">{ERROR_TITLES[props.error.code] ?? "Request failed"}</h3>
      <p class="response-error-message">{props.error.message}</p>
      <Show when={props.error.headers?.length}>
        <ul class="response-error-headers">
          <For each={props.error.headers}>{(h) => <li>{h}</li>}</For>
        </ul>
      </Show>
      <Show when={props.error.hint}>
        <p class="response-error-hint">{props.error.hint}</p>
      </Show>
    </div>
  );
}
