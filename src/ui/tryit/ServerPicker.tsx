/** The server to send to: a "Server" select when there are several, and its variables. */
import { For, Show } from "solid-js";
import type { TryItServer } from "../../core/tryit/types";
import type { FormValues } from "./formState";

/** Props of {@link ServerPicker}. */
export interface ServerPickerProps {
  servers: TryItServer[];
  value: FormValues["server"];
  onChange: (server: FormValues["server"]) => void;
}

const defaults = (server: TryItServer | undefined) =>
  Object.fromEntries(Object.entries(server?.variables ?? {}).map(([k, v]) => [k, v.default]));

/** The server select (or the one server's URL) and a control per server variable. */
export function ServerPicker(props: ServerPickerProps) {
  const current = () => props.servers[props.value.index];
  const variables = () => Object.entries(current()?.variables ?? {});
  const choose = (raw: string) => {
    if (raw === "own") return;
    const index = Number(raw);
    props.onChange({ index, variables: defaults(props.servers[index]) });
  };
  const setVariable = (name: string, value: string) =>
    props.onChange({ ...props.value, variables: { ...props.value.variables, [name]: value } });
  return (
    <fieldset part="servers">
      <legend>Server</legend>
      <Show
        when={props.servers.length > 1 || props.value.url !== undefined}
        fallback={<code class="path">{props.servers[0]?.url}</code>}
      >
        <select
          aria-label="Server"
          value={props.value.url !== undefined ? "own" : String(props.value.index)}
          onChange={(e) => choose(e.currentTarget.value)}
        >
          <Show when={props.value.url !== undefined}>
            <option value="own">{props.value.url}</option>
          </Show>
          <For each={props.servers}>
            {(s, i) => (
              <option
                value={String(i())}
                selected={props.value.url === undefined && i() === props.value.index}
              >
                {s.url}
                {s.description ? ` — ${s.description}` : ""}
              </option>
            )}
          </For>
        </select>
      </Show>
      <For each={variables()}>
        {([name, v]) => (
          <label class="field">
            <span class="name">{name}</span>
            <Show
              when={v.enum?.length}
              fallback={
                <input
                  type="text"
                  aria-label={name}
                  value={props.value.variables[name] ?? v.default}
                  onInput={(e) => setVariable(name, e.currentTarget.value)}
                />
              }
            >
              <select
                aria-label={name}
                value={props.value.variables[name] ?? v.default}
                onChange={(e) => setVariable(name, e.currentTarget.value)}
              >
                <For each={v.enum}>
                  {(option) => (
                    <option
                      value={option}
                      selected={option === (props.value.variables[name] ?? v.default)}
                    >
                      {option}
                    </option>
                  )}
                </For>
              </select>
            </Show>
          </label>
        )}
      </For>
    </fieldset>
  );
}
