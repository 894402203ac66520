/** Entry point: creates the app services, seeds the first start with the demo, renders the shell. */
import { render } from "solid-js/web";
import { makeDemoBundle } from "../core/demo";
import { App } from "./app/App";
import { createAppServices } from "./app/AppContext";
import { errorText } from "./commands/errorText";
import { createLiveQuery } from "./primitives/createLiveQuery";
import { appDeps, repos } from "./stores/repos";
import { notify } from "./stores/toasts";

const root = document.getElementById("root");
if (root) {
  render(() => {
    const services = createAppServices(repos, appDeps, createLiveQuery);
    repos.workspace
      .ensureDefault((workspaceId) => makeDemoBundle(appDeps, workspaceId, location.origin))
      .then(() => services.tabs.restore())
      .catch((error: unknown) =>
        notify({ kind: "error", message: errorText("open your workspace", error) }),
      );
    return <App services={services} />;
  }, root);
}
