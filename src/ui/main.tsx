/** Entry point: creates the app services, seeds the first start with the demo, renders the shell. */
import { render } from "solid-js/web";
import { makeDemoBundle } from "../core/demo";
import { App } from "./app/App";
import { createAppServices } from "./app/AppContext";
import { errorText } from "./commands/errorText";
import { createLiveQuery } from "./primitives/createLiveQuery";
import { registerServiceWorker } from "./pwa/registerServiceWorker";
import { appDeps, repos, requestPersistence } from "./stores/repos";
import { notify } from "./stores/toasts";

registerServiceWorker();

const root = document.getElementById("root");
if (root) {
  render(() => {
    const workspace = repos.workspace.ensureDefault((workspaceId) =>
      makeDemoBundle(appDeps, workspaceId, location.origin),
    );
    const services = createAppServices(repos, appDeps, createLiveQuery, { workspace });
    workspace
      .then(() => services.tabs.restore())
      .then(() => requestPersistence())
      .catch((error: unknown) =>
        notify({ kind: "error", message: errorText("open your workspace", error) }),
      );
    return <App services={services} />;
  }, root);
}
