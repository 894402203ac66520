/**
 * Auth editing for a request, folder or collection (collections have no parent, so no Inherit):
 * the type select offers every Postman type, and each type's fields come from the field table
 * (auth/authFields.ts); OAuth 2.0 has its own fields. Changing the type keeps the attributes the
 * new type also uses (username and password between Basic, Digest and NTLM).
 */
import type { JSX } from "solid-js";
import { For, Match, Show, Switch, lazy } from "solid-js";
import type { Auth, AuthType, Id } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { AUTH_FIELDS } from "./auth/authFields";
import { AUTH_CHOICES, AUTH_NOTES, editorType } from "./auth/authTypes";
import { switchAuthType } from "./auth/authValues";
import { AuthFields } from "./auth/AuthFields";
import { UnsupportedAuth } from "./auth/UnsupportedAuth";

// OAuth 2.0's fields, token requests and token manager load when an OAuth 2.0 auth is shown.
const OAuth2Fields = lazy(() =>
  import("./auth/OAuth2Fields").then((m) => ({ default: m.OAuth2Fields })),
);

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
  /** The collection whose OAuth 2.0 tokens apply (default: the active tab's). */
  collectionId?: Id;
}

/** Renders the auth type select and that type's fields. */
export function AuthPanel(props: AuthPanelProps): JSX.Element {
  const auth = () => props.auth;
  const setAuth = (next: Auth) => props.onChange(next);
  const notes = () => NOTES[props.owner ?? "request"];
  const choices = () => AUTH_CHOICES.filter(([type]) => props.allowInherit || type !== "inherit");
  const shownType = () => editorType(auth().type);
  const known = () => choices().some(([type]) => type === shownType());
  const fields = () => AUTH_FIELDS[auth().type];
  return (
    <div class="request-section auth-panel">
      <label class="inline-field">
        Auth type
        <select
          value={shownType()}
          onChange={(e) => setAuth(switchAuthType(auth(), e.currentTarget.value as AuthType))}
        >
          <For each={choices()}>{([value, label]) => <option value={value}>{label}</option>}</For>
          <Show when={!known()}>
            <option value={auth().type}>{`${auth().type} (imported)`}</option>
          </Show>
        </select>
      </label>
      <Show when={AUTH_NOTES[shownType()]}>{(note) => <p class="request-note">{note()}</p>}</Show>
      <Switch fallback={<UnsupportedAuth auth={auth()} />}>
        <Match when={auth().type === "inherit"}>
          <p class="request-note">{notes().inherit}</p>
        </Match>
        <Match when={auth().type === "noauth"}>
          <p class="request-note">{notes().noauth}</p>
        </Match>
        <Match when={auth().type === "oauth2"}>
          <OAuth2Fields
            auth={auth()}
            collectionId={props.collectionId}
            onChange={setAuth}
            lookup={props.lookup}
            variableNames={props.variableNames}
          />
        </Match>
        <Match when={fields()}>
          {(list) => (
            <AuthFields
              fields={list()}
              auth={auth()}
              onChange={setAuth}
              lookup={props.lookup}
              variableNames={props.variableNames}
            />
          )}
        </Match>
      </Switch>
    </div>
  );
}
