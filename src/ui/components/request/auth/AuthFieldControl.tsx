/** One attribute's control, drawn by its kind in the field table (see authFields.ts). */
import type { JSX } from "solid-js";
import { For, Match, Show, Switch } from "solid-js";
import type { Auth } from "../../../../core/model";
import type { VariableLookup } from "../../../../core/variables/lookup";
import { VarInput } from "../VarInput";
import type { AuthField } from "./authFields";
import { fieldChecked, fieldText, setAttribute } from "./authValues";
import { SecretInput } from "./SecretInput";
import { TextareaField } from "./TextareaField";

/** Props of {@link AuthFieldControl}. */
export interface AuthFieldControlProps {
  field: AuthField;
  auth: Auth;
  onChange: (auth: Auth) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
}

/** Renders the field's label and control; edits write the field's attribute key. */
export function AuthFieldControl(props: AuthFieldControlProps): JSX.Element {
  const field = () => props.field;
  const text = () => fieldText(props.auth, field());
  const set = (value: string | boolean) =>
    props.onChange(setAttribute(props.auth, field().key, value));
  const known = () => field().options?.some(([value]) => value === text()) ?? false;
  return (
    <Switch>
      <Match when={field().kind === "text" || field().kind === "secret"}>
        <div class="auth-field">
          <span class="auth-field-label" aria-hidden="true">
            {field().label}
          </span>
          <Show
            when={field().kind === "secret"}
            fallback={
              <VarInput
                label={field().label}
                value={text()}
                onInput={set}
                lookup={props.lookup}
                variableNames={props.variableNames}
                placeholder={field().placeholder}
              />
            }
          >
            <SecretInput
              label={field().label}
              value={text()}
              onInput={set}
              lookup={props.lookup}
              variableNames={props.variableNames}
              placeholder={field().placeholder}
            />
          </Show>
        </div>
      </Match>
      <Match when={field().kind === "select"}>
        <label class="inline-field">
          {field().label}
          <select value={text()} onChange={(e) => set(e.currentTarget.value)}>
            <For each={field().options}>
              {([value, label]) => <option value={value}>{label}</option>}
            </For>
            <Show when={!known()}>
              <option value={text()}>{`${text()} (imported)`}</option>
            </Show>
          </select>
        </label>
      </Match>
      <Match when={field().kind === "checkbox"}>
        <label class="auth-check">
          <input
            type="checkbox"
            checked={fieldChecked(props.auth, field().key)}
            onChange={(e) => set(e.currentTarget.checked)}
          />
          {field().label}
        </label>
      </Match>
      <Match when={field().kind === "textarea"}>
        <TextareaField
          label={field().label}
          value={text()}
          onInput={set}
          placeholder={field().placeholder}
          secret={field().secret}
        />
      </Match>
    </Switch>
  );
}
