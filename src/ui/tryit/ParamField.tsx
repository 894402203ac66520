/** One parameter's control: a textbox, an enum select, a checkbox, or JSON text. */
import { For, Match, Show, Switch } from "solid-js";
import type { TryItParameter } from "../../core/tryit/types";
import { paramKind } from "./formState";

/** Props of {@link ParamField}. */
export interface ParamFieldProps {
  param: TryItParameter;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
}

/** A labelled control named exactly by the parameter's name; required ones are marked. */
export function ParamField(props: ParamFieldProps) {
  const kind = () => paramKind(props.param);
  const text = () => (typeof props.value === "string" ? props.value : "");
  const required = () => (props.param.required ? "true" : undefined);
  return (
    <div class="field" part="field">
      <span class="name">
        {props.param.name}
        <Show when={props.param.required}>
          <span class="req" title="required" aria-hidden="true">
            *
          </span>
        </Show>{" "}
        <span class="where">{props.param.in}</span>
      </span>
      <Switch>
        <Match when={kind() === "enum"}>
          <select
            aria-label={props.param.name}
            aria-required={required()}
            value={text()}
            onChange={(e) => props.onChange(e.currentTarget.value)}
          >
            <Show when={!props.param.required}>
              <option value="">—</option>
            </Show>
            <For each={props.param.enum ?? []}>
              {(v) => (
                <option value={String(v)} selected={String(v) === text()}>
                  {String(v)}
                </option>
              )}
            </For>
          </select>
        </Match>
        <Match when={kind() === "boolean"}>
          <input
            type="checkbox"
            aria-label={props.param.name}
            aria-required={required()}
            checked={props.value === true}
            onChange={(e) => props.onChange(e.currentTarget.checked)}
          />
        </Match>
        <Match when={kind() === "json"}>
          <textarea
            aria-label={props.param.name}
            aria-required={required()}
            rows={Math.min(6, Math.max(1, text().split("\n").length))}
            spellcheck={false}
            value={text()}
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        </Match>
        <Match when={kind() === "text"}>
          <input
            type="text"
            aria-label={props.param.name}
            aria-required={required()}
            spellcheck={false}
            value={text()}
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        </Match>
      </Switch>
      <Show when={props.param.description}>
        <p class="desc">{props.param.description}</p>
      </Show>
    </div>
  );
}
