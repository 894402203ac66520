/** A request body in the documentation: raw text, form fields, a file name or a GraphQL query. */
import type { JSX } from "solid-js";
import { Match, Show, Switch } from "solid-js";
import type { Body, FormField, KeyValue } from "../../../core/model";
import { DocsTable } from "./DocsTable";

/** Props of {@link DocsBody}. */
export interface DocsBodyProps {
  body: Body;
}

const fieldValue = (row: KeyValue) => {
  const field = row as FormField;
  return field.type === "file" ? `[file] ${field.fileName ?? ""}` : field.value;
};

/** Renders the body, or nothing for mode "none". */
export function DocsBody(props: DocsBodyProps): JSX.Element {
  return (
    <Switch>
      <Match when={props.body.mode === "raw" && props.body.raw !== ""}>
        <figure class="docs-code">
          <figcaption>Body ({props.body.language})</figcaption>
          <pre>
            <code>{props.body.raw}</code>
          </pre>
        </figure>
      </Match>
      <Match when={props.body.mode === "urlencoded"}>
        <DocsTable title="Body (URL-encoded form)" rows={props.body.urlencoded} />
      </Match>
      <Match when={props.body.mode === "formdata"}>
        <DocsTable title="Body (multipart form)" rows={props.body.formdata} value={fieldValue} />
      </Match>
      <Match when={props.body.mode === "file"}>
        <p class="docs-note">Body: file {props.body.file?.fileName ?? "(none chosen)"}</p>
      </Match>
      <Match when={props.body.mode === "graphql"}>
        <figure class="docs-code">
          <figcaption>Body (GraphQL query)</figcaption>
          <pre>
            <code>{props.body.graphql.query}</code>
          </pre>
        </figure>
        <Show when={props.body.graphql.variables.trim() !== ""}>
          <figure class="docs-code">
            <figcaption>GraphQL variables</figcaption>
            <pre>
              <code>{props.body.graphql.variables}</code>
            </pre>
          </figure>
        </Show>
      </Match>
    </Switch>
  );
}
