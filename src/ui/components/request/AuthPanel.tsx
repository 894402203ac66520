/**
 * Auth editing for a request, folder or collection: Inherit / No auth / Basic / Bearer / API key
 * are edited here (collections have no parent, so no Inherit); other Postman types (imported)
 * keep their attributes untouched and are listed read-only.
 */
import type { JSX } from "solid-js";
import { For, Match, Show, Switch } from "solid-js";
import type { Auth, AuthType } from "../../../core/model";
import { isSecretName } from "../../../core/secrets";
import type { VariableLookup } from "../../../core/variables/lookup";
import { authValue, setAuthValue } from "./requestUpdates";
import { VarInput } from "./VarInput";

/** The auth types this panel edits, with their labels. */
export const EDITABLE_AUTH: readonly [AuthType, string][] = [
  ["inherit", "Inherit from parent"],
  ["noauth", "No auth"],
  ["basic", "Basic"],
  ["bearer", "Bearer token"],
  ["apikey", "API key"],
];

/** The Inherit / No auth notes, worded for what owns the auth. */
const NOTES = {
  request: {
    inherit: "Uses the auth of the folder or collection.",
    noauth: "No auth is sent.",
  },
  container: {
    inherit: "Uses the auth of the parent folder or collection.",
    noauth: "No auth is sent by requests that inherit from here.",
  },
} as const;

/** A read-only attribute's text; ones named like a secret (the secrets policy's rule) are masked. */
function shownAttribute(key: string, value: unknown): string {
  if (isSecretName(key) && value !== "") return "•••••";
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
}

/** Props of {@link AuthPanel}. */
export interface AuthPanelProps {
  auth: Auth;
  onChange: (auth: Auth) => void;
  /** False for collections: "Inherit from parent" is not offered. */
  allowInherit: boolean;
  lookup: VariableLookup;
  variableNames?: () => string[];
  /** Words the Inherit / No auth notes; default "request". */
  owner?: keyof typeof NOTES;
}

/** Renders the auth type select and that type's fields. */
export function AuthPanel(props: AuthPanelProps): JSX.Element {
  const auth = () => props.auth;
  const setAuth = (next: Auth) => props.onChange(next);
  const notes = () => NOTES[props.owner ?? "request"];
  const choices = () => EDITABLE_AUTH.filter(([type]) => props.allowInherit || type !== "inherit");
  const known = () => choices().some(([type]) => type === auth().type);
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
          <For each={choices()}>{([value, label]) => <option value={value}>{label}</option>}</For>
          <Show when={!known()}>
            <option value={auth().type}>{`${auth().type} (imported)`}</option>
          </Show>
        </select>
      </label>
      <Switch>
        <Match when={auth().type === "inherit"}>
          <p class="request-note">{notes().inherit}</p>
        </Match>
        <Match when={auth().type === "noauth"}>
          <p class="request-note">{notes().noauth}</p>
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
        <Match when={!known()}>
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
