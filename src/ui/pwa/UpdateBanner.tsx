/** "Update available" banner: reload into the new version when the user chooses, or dismiss. */
import { createSignal, Show } from "solid-js";
import type { ServiceWorkerUpdater } from "./registerServiceWorker";
import { serviceWorkerUpdater } from "./registerServiceWorker";
import "./updateBanner.css";

/** Shows while a new version waits; `updater` defaults to the registered service worker's. */
export function UpdateBanner(props: { updater?: ServiceWorkerUpdater }) {
  const updater = () => props.updater ?? serviceWorkerUpdater();
  const [dismissed, setDismissed] = createSignal(false);
  const [reloading, setReloading] = createSignal(false);
  const visible = () => updater().updateAvailable() && !dismissed();
  return (
    // The live region stays in the page so its text is announced when it appears.
    <div role="status" class="update-banner" classList={{ "update-banner-visible": visible() }}>
      <Show when={visible()}>
        <span class="update-banner-text">Update available</span>
        <button
          type="button"
          class="update-banner-reload"
          aria-label="Reload to update"
          disabled={reloading()}
          onClick={() => {
            setReloading(true);
            updater().applyUpdate();
          }}
        >
          {reloading() ? "Reloading…" : "Reload"}
        </button>
        <button type="button" onClick={() => setDismissed(true)}>
          Dismiss
        </button>
      </Show>
    </div>
  );
}
