/** The toast stack: a polite live region listing `stores/toasts` messages with their actions. */
import { For, Show } from "solid-js";
import { dismiss, runToastAction, toasts } from "../../stores/toasts";
import "../../styles/common.css";

/** Renders the current toasts. Mount once, in the app shell. */
export function Toasts() {
  return (
    <section class="toasts" aria-label="Notifications" aria-live="polite">
      <For each={toasts()}>
        {(toast) => (
          <div class="toast" classList={{ "toast-error": toast.kind === "error" }}>
            <span class="toast-message">{toast.message}</span>
            <Show when={toast.action}>
              {(action) => (
                <button type="button" class="button" onClick={() => void runToastAction(toast.id)}>
                  {action().label}
                </button>
              )}
            </Show>
            <button
              type="button"
              class="icon-button"
              aria-label="Dismiss"
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        )}
      </For>
    </section>
  );
}
