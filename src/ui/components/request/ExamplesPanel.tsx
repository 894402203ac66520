/**
 * The Examples tab: the responses saved with the request (from a Postman collection, an OpenAPI
 * spec's responses, a HAR file, or "Save as example"). Pick one to read or edit its name, status
 * and body, see its headers, or delete it; edits are part of the draft, saved with the request.
 */
import type { JSX } from "solid-js";
import { For, Show, createMemo, createSignal } from "solid-js";
import type { Example, Request } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { statusText } from "../../../core/http/format";
import { CodeEditor } from "../../editor/CodeEditor";
import type { EditorLanguage } from "../../editor/editorTypes";
import { withExample, withoutExample } from "./requestUpdates";

/** Props of {@link ExamplesPanel}. */
export interface ExamplesPanelProps {
  request: Request;
  onChange: (next: Request) => void;
  lookup: VariableLookup;
}

/** The editor language for an example body, from its Content-Type header. */
export function exampleLanguage(example: Example): EditorLanguage {
  const type = example.headers.find((h) => h.key.toLowerCase() === "content-type")?.value ?? "";
  if (/json/i.test(type)) return "json";
  if (/xml/i.test(type)) return "xml";
  if (/html/i.test(type)) return "html";
  return "text";
}

/** "200 Successful response" — how an example is listed. */
const title = (e: Example) => `${e.status || "default"} · ${e.name}`;

/** Renders the list and the chosen example. */
export function ExamplesPanel(props: ExamplesPanelProps): JSX.Element {
  const [chosenId, setChosenId] = createSignal<string>();
  const examples = () => props.request.examples;
  const chosen = createMemo(() => examples().find((e) => e.id === chosenId()) ?? examples()[0]);
  const update = (patch: Partial<Example>) => {
    const e = chosen();
    if (e) props.onChange(withExample(props.request, e.id, patch));
  };
  const setStatus = (text: string) => {
    const status = Number(text);
    if (Number.isInteger(status) && status >= 0 && status <= 999) {
      update({ status, statusText: statusText(status) });
    }
  };
  return (
    <div class="request-section examples-panel">
      <Show
        when={chosen()}
        fallback={
          <p class="request-note">
            No saved examples. They come with imported collections, OpenAPI responses and HAR files,
            and from “Save as example” on a response.
          </p>
        }
      >
        {(example) => (
          <>
            <div class="examples-bar">
              <label class="inline-field">
                Example
                <select value={example().id} onChange={(e) => setChosenId(e.currentTarget.value)}>
                  <For each={examples()}>{(e) => <option value={e.id}>{title(e)}</option>}</For>
                </select>
              </label>
              <button
                type="button"
                class="button"
                onClick={() => props.onChange(withoutExample(props.request, example().id))}
              >
                Delete example
              </button>
            </div>
            <div class="examples-fields">
              <label class="stacked-field">
                Example name
                <input
                  value={example().name}
                  onInput={(e) => update({ name: e.currentTarget.value })}
                />
              </label>
              <label class="stacked-field">
                Status
                <input
                  type="number"
                  min="0"
                  max="999"
                  value={example().status}
                  onInput={(e) => setStatus(e.currentTarget.value)}
                />
              </label>
            </div>
            <Show when={example().headers.length}>
              <table class="example-headers">
                <caption class="request-section-title">Headers</caption>
                <tbody>
                  <For each={example().headers}>
                    {(h) => (
                      <tr>
                        <th scope="row">{h.key}</th>
                        <td>{h.value}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
            <CodeEditor
              label="Example body"
              value={example().body}
              onChange={(body) => update({ body })}
              language={exampleLanguage(example())}
              lookup={props.lookup}
            />
          </>
        )}
      </Show>
    </div>
  );
}
