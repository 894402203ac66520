/**
 * A type's fields from the field table: the main ones, then the optional ones under a collapsed
 * "Advanced" section, as Postman lays them out. Fields whose condition does not hold (a private
 * key while an HMAC method is chosen) are left out; their attributes are kept.
 */
import type { JSX } from "solid-js";
import { For, Show, createMemo } from "solid-js";
import type { Auth } from "../../../../core/model";
import type { VariableLookup } from "../../../../core/variables/lookup";
import type { AuthField } from "./authFields";
import { fieldShown } from "./authValues";
import { AuthFieldControl } from "./AuthFieldControl";
import "../../../styles/auth.css";

/** Props of {@link AuthFields}. */
export interface AuthFieldsProps {
  fields: readonly AuthField[];
  auth: Auth;
  onChange: (auth: Auth) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
}

/** Renders the fields. */
export function AuthFields(props: AuthFieldsProps): JSX.Element {
  const shown = createMemo(() => props.fields.filter((f) => fieldShown(props.auth, f)));
  const main = () => shown().filter((f) => !f.advanced);
  const advanced = () => shown().filter((f) => f.advanced);
  const control = (field: AuthField) => (
    <AuthFieldControl
      field={field}
      auth={props.auth}
      onChange={(auth) => props.onChange(auth)}
      lookup={props.lookup}
      variableNames={props.variableNames}
    />
  );
  return (
    <div class="auth-fields">
      <For each={main()}>{control}</For>
      <Show when={advanced().length > 0}>
        <details class="auth-advanced">
          <summary>Advanced</summary>
          <div class="auth-fields">
            <For each={advanced()}>{control}</For>
          </div>
        </details>
      </Show>
    </div>
  );
}
