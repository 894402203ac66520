/**
 * Auth for a collection or folder: the request editor's choices (EDITABLE_AUTH) except that a
 * collection has no parent to inherit from. Imported types keep their attributes untouched.
 */
import type { JSX } from "solid-js";
import { For, Match, Show, Switch } from "solid-js";
import type { Auth, AuthType } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { EDITABLE_AUTH } from "../request/AuthPanel";
import { authValue, setAuthValue } from "../request/requestUpdates";
import { VarInput } from "../request/VarInput";

/** Props of {@link ContainerAuthPanel}. */
export interface ContainerAuthPanelProps {
  auth: Auth;
  onChange: (auth: Auth) => void;
  /** False for collections: "Inherit from parent" is not offered. */
  allowInherit: boolean;
  lookup: VariableLookup;
  variableNames?: () => string[];
}

/** Renders the auth type select and that type's fields. */
export function ContainerAuthPanel(props: ContainerAuthPanelProps): JSX.Element {
  const choices = () => EDITABLE_AUTH.filter(([type]) => props.allowInherit || type !== "inherit");
  const known = () => choices().some(([type]) => type === props.auth.type);
  const field = (label: string, key: string, type: "text" | "password" = "text") => (
    <VarInput
      label={label}
      type={type}
      value={authValue(props.auth, key)}
      onInput={(value) => props.onChange(setAuthValue(props.auth, key, value))}
      lookup={props.lookup}
      variableNames={props.variableNames}
    />
  );
  return (
    <div class="request-section auth-panel">
      <label class="inline-field">
        Auth type
        <select
          value={props.auth.type}
          onChange={(e) =>
            props.onChange({ type: e.currentTarget.value as AuthType, attributes: [] })
          }
        >
          <For each={choices()}>{([value, label]) => <option value={value}>{label}</option>}</For>
          <Show when={!known()}>
            <option value={props.auth.type}>{`${props.auth.type} (imported)`}</option>
          </Show>
        </select>
      </label>
      <Switch>
        <Match when={props.auth.type === "inherit"}>
          <p class="request-note">Uses the auth of the parent folder or collection.</p>
        </Match>
        <Match when={props.auth.type === "noauth"}>
          <p class="request-note">No auth is sent by requests that inherit from here.</p>
        </Match>
        <Match when={props.auth.type === "basic"}>
          <div class="auth-fields">
            {field("Username", "username")}
            {field("Password", "password", "password")}
          </div>
        </Match>
        <Match when={props.auth.type === "bearer"}>
          <div class="auth-fields">{field("Token", "token")}</div>
        </Match>
        <Match when={props.auth.type === "apikey"}>
          <div class="auth-fields">
            {field("Key", "key")}
            {field("Value", "value")}
            <label class="inline-field">
              Add to
              <select
                value={authValue(props.auth, "in") || "header"}
                onChange={(e) =>
                  props.onChange(setAuthValue(props.auth, "in", e.currentTarget.value))
                }
              >
                <option value="header">Header</option>
                <option value="query">Query params</option>
              </select>
            </label>
          </div>
        </Match>
        <Match when={!known()}>
          <p class="request-note">
            This imported auth type is kept as it is and sent with its stored attributes (
            {props.auth.attributes.map((a) => a.key).join(", ") || "none"}).
          </p>
        </Match>
      </Switch>
    </div>
  );
}
