/**
 * The request body: a "Body media type" select when there are several, then a plain textarea
 * ("Request body") for JSON, XML and text, a file input for a whole-file body, or one control
 * per field for urlencoded and multipart bodies.
 */
import { For, Match, Show, Switch } from "solid-js";
import type { TryItRequestBody } from "../../core/tryit/types";
import { FormFields } from "./FormFields";

/** Props of {@link BodyEditor}. */
export interface BodyEditorProps {
  body: TryItRequestBody;
  mediaType: string | undefined;
  text: string;
  fields: Record<string, string>;
  onMediaType: (mediaType: string) => void;
  onText: (text: string) => void;
  onField: (name: string, text: string) => void;
  /** Files picked for a field (`""`: the whole body). */
  onFiles: (name: string, files: FileList | null) => void;
}

/** The body editor of an operation. */
export function BodyEditor(props: BodyEditorProps) {
  const media = () => props.body.content.find((m) => m.mediaType === props.mediaType);
  const required = () => (props.body.required ? "true" : undefined);
  return (
    <fieldset part="body">
      <legend>
        Body
        <Show when={props.body.required}>
          <span class="req" aria-hidden="true">
            *
          </span>
        </Show>
      </legend>
      <Show
        when={props.body.content.length > 1}
        fallback={<span class="hint">{props.mediaType}</span>}
      >
        <select
          aria-label="Body media type"
          value={props.mediaType}
          onChange={(e) => props.onMediaType(e.currentTarget.value)}
        >
          <For each={props.body.content}>
            {(m) => (
              <option value={m.mediaType} selected={m.mediaType === props.mediaType}>
                {m.mediaType}
              </option>
            )}
          </For>
        </select>
      </Show>
      <Switch>
        <Match when={media()?.fields}>
          {(fields) => (
            <FormFields
              media={media()!}
              fields={fields()}
              values={props.fields}
              onField={(name, text) => props.onField(name, text)}
              onFiles={(name, files) => props.onFiles(name, files)}
            />
          )}
        </Match>
        <Match when={media()?.file}>
          <input
            type="file"
            aria-label="Request body"
            aria-required={required()}
            onChange={(e) => props.onFiles("", e.currentTarget.files)}
          />
        </Match>
        <Match when={media()}>
          <textarea
            aria-label="Request body"
            aria-required={required()}
            rows={Math.min(16, Math.max(4, props.text.split("\n").length + 1))}
            spellcheck={false}
            value={props.text}
            onInput={(e) => props.onText(e.currentTarget.value)}
          />
        </Match>
      </Switch>
      <Show when={props.body.description}>
        <p class="desc">{props.body.description}</p>
      </Show>
    </fieldset>
  );
}
