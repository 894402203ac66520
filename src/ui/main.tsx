/** Entry point: creates the app services, seeds the first start with the demo, renders the shell. */
import { createEffect, on } from "solid-js";
import { render } from "solid-js/web";
import { DEMO_ENVIRONMENT, makeDemoBundle } from "../core/demo";
import { App } from "./app/App";
import type { LiveQuery } from "./primitives/liveQuery";
import { createAppServices } from "./app/AppContext";
import { errorText } from "./commands/errorText";
import { createLiveQuery } from "./primitives/createLiveQuery";
import { createStorageRevival } from "./primitives/createStorageRevival";
import { registerServiceWorker } from "./pwa/registerServiceWorker";
import { appDeps, repos, requestPersistence, storageRecovered } from "./stores/repos";
import { notify } from "./stores/toasts";
import type { EnvironmentsStore } from "./stores/environments";
import { ACTIVE_ENVIRONMENT_KEY } from "./stores/environments";

registerServiceWorker();

/** On the very first start, the demo's "Demo" environment is active so its requests resolve. */
async function chooseDemoEnvironmentOnce(environments: EnvironmentsStore): Promise<void> {
  const chosen = await repos.settings.get<string | null | undefined>(
    ACTIVE_ENVIRONMENT_KEY,
    undefined,
  );
  if (chosen !== undefined) return;
  const demo = (await repos.environments.list()).find((e) => e.name === DEMO_ENVIRONMENT);
  await environments.setActive(demo?.id ?? null);
}

/** Writes unsaved drafts now when the page goes away or out of sight (no time to debounce). */
function flushDraftsOnHide(flush: () => Promise<void>): void {
  window.addEventListener("pagehide", () => void flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void flush();
  });
}

const root = document.getElementById("root");
if (root) {
  render(() => {
    const ensureWorkspace = () =>
      repos.workspace.ensureDefault((workspaceId) =>
        makeDemoBundle(appDeps, workspaceId, location.origin),
      );
    let workspace = ensureWorkspace();
    // Live queries that failed while an upgrade waited for another tab run again once it is done.
    const revival = createStorageRevival(storageRecovered);
    const live: LiveQuery = (query, initial) => createLiveQuery(query, initial, revival);
    const services = createAppServices(repos, appDeps, live, { workspace: () => workspace });
    let started = false;
    const start = () =>
      workspace
        .then(() => services.tabs.restore())
        .then(() => chooseDemoEnvironmentOnce(services.environments))
        .then(() => {
          started = true;
          return requestPersistence();
        })
        .catch((error: unknown) =>
          notify({ kind: "error", message: errorText("open your workspace", error) }),
        );
    void start();
    createEffect(
      on(
        revival,
        () => {
          notify({ message: "Storage is upgraded; Satchel is ready." });
          if (started) return;
          workspace = ensureWorkspace();
          void start();
        },
        { defer: true },
      ),
    );
    flushDraftsOnHide(() => services.tabs.flushDrafts());
    return <App services={services} />;
  }, root);
}
