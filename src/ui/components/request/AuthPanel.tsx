/**
 * The Auth tab: Inherit / No auth / Basic / Bearer / API key are edited here; other Postman
 * types (imported) keep their attributes untouched and are listed read-only.
 */
import type { JSX } from "solid-js";
import { For, Match, Show, Switch } from "solid-js";
import type { Auth, AuthType, Request } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { authValue, setAuthValue, withAuth } from "./requestUpdates";
import { VarInput } from "./VarInput";

/** The auth types this panel edits, with their labels. */
export const EDITABLE_AUTH: readonly [AuthType, string][] = [
  ["inherit", "Inherit from parent"],
  ["noauth", "No auth"],
  ["basic", "Basic"],
  ["bearer", "Bearer token"],
  ["apikey", "API key"],
];

const isEditable = (type: AuthType) => EDITABLE_AUTH.some(([t]) => t === type);

/** A read-only attribute's text; secret-looking ones are masked. */
function shownAttribute(key: string, value: unknown): string {
  if (/secret|password|token/i.test(key) && value !== "") return "•••••";
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
}

/** Props of {@link AuthPanel}. */
export interface AuthPanelProps {
  request: Request;
  onChange: (next: Request) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
}

/** Renders the auth type select and that type's fields. */
export function AuthPanel(props: AuthPanelProps): JSX.Element {
  const auth = () => props.request.auth;
  const setAuth = (next: Auth) => props.onChange(withAuth(props.request, next));
  const field = (label: string, key: string, type: "text" | "password" = "text") => (
    <VarInput
      label={label}
      type={type}
      value={authValue(auth(), key)}
      onInput={(value) => setAuth(setAuthValue(auth(), key, value))}
      lookup={props.lookup}
      variableNames={props.variableNames}
    />
  );
  return (
    <div class="request-section auth-panel">
      <label class="inline-field">
        Auth type
        <select
          value={auth().type}
          onChange={(e) => setAuth({ type: e.currentTarget.value as AuthType, attributes: [] })}
        >
          <For each={EDITABLE_AUTH}>
            {([value, label]) => <option value={value}>{label}</option>}
          </For>
          <Show when={!isEditable(auth().type)}>
            <option value={auth().type}>{`${auth().type} (imported)`}</option>
          </Show>
        </select>
      </label>
      <Switch>
        <Match when={auth().type === "inherit"}>
          <p class="request-note">Uses the auth of the folder or collection.</p>
        </Match>
        <Match when={auth().type === "noauth"}>
          <p class="request-note">No auth is sent.</p>
        </Match>
        <Match when={auth().type === "basic"}>
          <div class="auth-fields">
            {field("Username", "username")}
            {field("Password", "password", "password")}
          </div>
        </Match>
        <Match when={auth().type === "bearer"}>
          <div class="auth-fields">{field("Token", "token")}</div>
        </Match>
        <Match when={auth().type === "apikey"}>
          <div class="auth-fields">
            {field("Key", "key")}
            {field("Value", "value")}
            <label class="inline-field">
              Add to
              <select
                value={authValue(auth(), "in") || "header"}
                onChange={(e) => setAuth(setAuthValue(auth(), "in", e.currentTarget.value))}
              >
                <option value="header">Header</option>
                <option value="query">Query params</option>
              </select>
            </label>
          </div>
        </Match>
        <Match when={!isEditable(auth().type)}>
          <p class="request-note">
            This auth type is edited in imported form: its attributes are kept and sent as they are.
          </p>
          <dl class="auth-attributes" aria-label="Auth attributes">
            <For each={auth().attributes}>
              {(a) => (
                <>
                  <dt>{a.key}</dt>
                  <dd>{shownAttribute(a.key, a.value)}</dd>
                </>
              )}
            </For>
          </dl>
        </Match>
      </Switch>
    </div>
  );
}
