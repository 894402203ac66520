/**
 * Registers the service worker (production builds only) and turns "a new version is waiting"
 * into a signal. The new version takes over only when the user asks (applyUpdate), and the page
 * reloads only after it controls the page, so an open app is never half-updated.
 */
import type { Accessor } from "solid-js";
import { createSignal } from "solid-js";

/** What the update banner needs. */
export interface ServiceWorkerUpdater {
  /** True once a new version is installed and waiting. */
  updateAvailable: Accessor<boolean>;
  /** Activate the waiting version, then reload into it. */
  applyUpdate(): void;
}

/** The parts of workbox-window's `Workbox` used here (tests pass a fake). */
export interface WorkboxLike {
  addEventListener(type: "waiting" | "controlling", listener: () => void): void;
  messageSkipWaiting(): void;
}

/** An updater that never has an update (development, tests, browsers without service workers). */
export const NO_UPDATES: ServiceWorkerUpdater = {
  updateAvailable: () => false,
  applyUpdate: () => undefined,
};

/** Wire an updater to `wb`: `waiting` raises the flag; `reload` runs only after applyUpdate. */
export function makeServiceWorkerUpdater(
  wb: WorkboxLike,
  reload: () => void,
): ServiceWorkerUpdater {
  const [updateAvailable, setUpdateAvailable] = createSignal(false);
  let applying = false;
  wb.addEventListener("waiting", () => setUpdateAvailable(true));
  // `controlling` also fires on the very first install (clientsClaim); only reload when asked.
  wb.addEventListener("controlling", () => {
    if (applying) reload();
  });
  return {
    updateAvailable,
    applyUpdate() {
      if (applying || !updateAvailable()) return;
      applying = true;
      wb.messageSkipWaiting();
    },
  };
}

const [current, setCurrent] = createSignal<ServiceWorkerUpdater>(NO_UPDATES);

/** The app's updater: NO_UPDATES until registerServiceWorker has run in a production build. */
export const serviceWorkerUpdater: Accessor<ServiceWorkerUpdater> = current;

/**
 * Register `/sw.js` when this is a production build in a browser with service workers; look for
 * a new version whenever the tab becomes visible again. Returns the updater (also available as
 * `serviceWorkerUpdater()`). workbox-window loads after the app has started: it is not needed
 * to show the first screen, so it stays out of the shell's bundle.
 */
export async function registerServiceWorker(): Promise<ServiceWorkerUpdater> {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return NO_UPDATES;
  const { Workbox } = await import("workbox-window");
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  const updater = makeServiceWorkerUpdater(wb, () => location.reload());
  setCurrent(updater);
  await wb.register().catch(() => undefined);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void wb.update().catch(() => undefined);
  });
  return updater;
}
