/**
 * The fields of a urlencoded or multipart body: a file input per file field (`multiple` for an
 * array of files), JSON text for array and object fields, a textbox for the rest.
 */
import { For, Match, Show, Switch } from "solid-js";
import type { TryItFormField, TryItMediaType } from "../../core/tryit/types";
import { fieldIsJson } from "./formState";

/** Props of {@link FormFields}. */
export interface FormFieldsProps {
  media: TryItMediaType;
  fields: TryItFormField[];
  values: Record<string, string>;
  onField: (name: string, text: string) => void;
  onFiles: (name: string, files: FileList | null) => void;
}

/** One control per field, named by the field's name. */
export function FormFields(props: FormFieldsProps) {
  return (
    <For each={props.fields}>
      {(f) => (
        <div class="field" part="field">
          <span class="name">
            {f.name}
            <Show when={f.required}>
              <span class="req" aria-hidden="true">
                *
              </span>
            </Show>
          </span>
          <Switch>
            <Match when={f.file}>
              <input
                type="file"
                aria-label={f.name}
                aria-required={f.required ? "true" : undefined}
                multiple={f.multiple}
                onChange={(e) => props.onFiles(f.name, e.currentTarget.files)}
              />
            </Match>
            <Match when={fieldIsJson(props.media, f)}>
              <textarea
                aria-label={f.name}
                aria-required={f.required ? "true" : undefined}
                rows={3}
                spellcheck={false}
                value={props.values[f.name] ?? ""}
                onInput={(e) => props.onField(f.name, e.currentTarget.value)}
              />
            </Match>
            <Match when={true}>
              <input
                type="text"
                aria-label={f.name}
                aria-required={f.required ? "true" : undefined}
                value={props.values[f.name] ?? ""}
                onInput={(e) => props.onField(f.name, e.currentTarget.value)}
              />
            </Match>
          </Switch>
          <Show when={f.description}>
            <p class="desc">{f.description}</p>
          </Show>
        </div>
      )}
    </For>
  );
}
