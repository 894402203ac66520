/** One request in the documentation: heading, method and URL, description, tables, examples. */
import type { JSX } from "solid-js";
import { Show, createUniqueId } from "solid-js";
import { Dynamic } from "solid-js/web";
import type { Request } from "../../../core/model";
import { DocsBody } from "./DocsBody";
import { DocsExamples } from "./DocsExamples";
import { DocsTable } from "./DocsTable";
import type { RemoteImages } from "./DocsFolder";
import { MarkdownView } from "./MarkdownView";

/** Props of {@link DocsRequest}. */
export interface DocsRequestProps extends RemoteImages {
  request: Request;
  /** Heading level, 3–6. */
  level: number;
}

/** Renders the request's section. */
export function DocsRequest(props: DocsRequestProps): JSX.Element {
  const id = createUniqueId();
  const method = () => props.request.method.toUpperCase();
  return (
    <section class="docs-request" aria-labelledby={id}>
      <Dynamic component={`h${Math.min(props.level, 6)}`} id={id} class="docs-heading">
        <span class={`docs-method method-${method().toLowerCase()}`}>{method()}</span>{" "}
        {props.request.name}
      </Dynamic>
      <p class="docs-url">
        <code>{props.request.url || "(no URL)"}</code>
      </p>
      <Show when={props.request.description.trim() !== ""}>
        <MarkdownView
          source={props.request.description}
          remoteImages={props.remoteImages}
          onLoadRemoteImages={props.onLoadRemoteImages}
        />
      </Show>
      <DocsTable title="Path variables" rows={props.request.pathVariables} />
      <DocsTable title="Query parameters" rows={props.request.params} />
      <DocsTable title="Headers" rows={props.request.headers} />
      <DocsBody body={props.request.body} />
      <DocsExamples examples={props.request.examples} />
    </section>
  );
}
