/** The "Code" tab as the app mounts it: the code panel wired to the app's scopes and storage. */
import type { Request } from "../../../core/model";
import { useApp } from "../../app/AppContext";
import { CodePanel } from "./CodePanel";
import { makeCodeResolver } from "./resolveForCode";

/** Renders {@link CodePanel} for `request` inside `<AppProvider>`. */
export function CodeTab(props: { request: Request }) {
  const app = useApp();
  const resolve = makeCodeResolver({
    repos: app.repos,
    deps: app.deps,
    environment: app.environments.active,
    globals: app.environments.globals,
  });
  return <CodePanel request={props.request} resolve={resolve} />;
}
