/** The "Code" tab as the app mounts it: the code panel wired to the app's scopes and storage. */
import type { Request } from "../../../core/model";
import { useCodeResolver } from "../../host/hooks";
import { CodePanel } from "./CodePanel";

/** Renders {@link CodePanel} for `request` inside `<HostProvider>`. */
export function CodeTab(props: { request: Request }) {
  const resolve = useCodeResolver();
  return <CodePanel request={props.request} resolve={resolve} />;
}
