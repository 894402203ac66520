/** Entry point: creates the app services, seeds the first start with the demo, renders the shell. */
import { render } from "solid-js/web";
import { DEMO_ENVIRONMENT, makeDemoBundle } from "../core/demo";
import { App } from "./app/App";
import { createAppServices } from "./app/AppContext";
import { errorText } from "./commands/errorText";
import { createLiveQuery } from "./primitives/createLiveQuery";
import { registerServiceWorker } from "./pwa/registerServiceWorker";
import { appDeps, repos, requestPersistence } from "./stores/repos";
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

const root = document.getElementById("root");
if (root) {
  render(() => {
    const workspace = repos.workspace.ensureDefault((workspaceId) =>
      makeDemoBundle(appDeps, workspaceId, location.origin),
    );
    const services = createAppServices(repos, appDeps, createLiveQuery, { workspace });
    workspace
      .then(() => services.tabs.restore())
      .then(() => chooseDemoEnvironmentOnce(services.environments))
      .then(() => requestPersistence())
      .catch((error: unknown) =>
        notify({ kind: "error", message: errorText("open your workspace", error) }),
      );
    return <App services={services} />;
  }, root);
}
