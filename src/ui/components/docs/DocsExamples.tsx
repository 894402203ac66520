/** A request's saved example responses in the documentation: status, headers and body. */
import type { JSX } from "solid-js";
import { For, Show } from "solid-js";
import type { Example } from "../../../core/model";
import { DocsTable } from "./DocsTable";

/** Props of {@link DocsExamples}. */
export interface DocsExamplesProps {
  examples: readonly Example[];
}

/** Renders each example, or nothing when there are none. */
export function DocsExamples(props: DocsExamplesProps): JSX.Element {
  return (
    <Show when={props.examples.length > 0}>
      <div class="docs-examples">
        <p class="docs-subheading">Examples</p>
        <For each={props.examples}>
          {(example) => (
            <details class="docs-example" open>
              <summary>
                {example.name || "Example"}{" "}
                <span class="docs-status">
                  {example.status} {example.statusText}
                </span>
              </summary>
              <DocsTable title="Response headers" rows={example.headers} />
              <Show when={example.body !== ""}>
                <pre class="docs-code">
                  <code>{example.body}</code>
                </pre>
              </Show>
            </details>
          )}
        </For>
      </div>
    </Show>
  );
}
