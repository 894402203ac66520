/**
 * The token a request sends: one of the collection's stored tokens (by name, the newest of that
 * name) or a typed one, and where it goes (header with its prefix, or the access_token query).
 */
import type { JSX } from "solid-js";
import { For, Show, createMemo } from "solid-js";
import type { OAuth2Token } from "../../../../core/auth/types";
import { authAttribute } from "../../../../core/http/auth";
import type { Auth } from "../../../../core/model";
import type { VariableLookup } from "../../../../core/variables/lookup";
import { currentToken } from "../../../../core/auth/oauth2/current";
import { VarInput } from "../VarInput";
import { setAttribute } from "./authValues";
import { expiryText, tokenNames } from "./oauth2Time";
import { SecretInput } from "./SecretInput";

/** Props of {@link OAuth2CurrentToken}. */
export interface OAuth2CurrentTokenProps {
  auth: Auth;
  onChange: (auth: Auth) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  tokens: readonly OAuth2Token[];
  now: number;
}

/** Renders the current token controls. */
export function OAuth2CurrentToken(props: OAuth2CurrentTokenProps): JSX.Element {
  const set = (key: string, value: string) => props.onChange(setAttribute(props.auth, key, value));
  const stored = createMemo(() => currentToken(props.tokens, props.auth));
  const addTo = () =>
    authAttribute(props.auth, "addTokenTo") === "queryParams" ? "queryParams" : "header";
  return (
    <div class="auth-fields oauth2-current">
      <label class="inline-field">
        Token to use
        <select
          value={stored()?.name ?? ""}
          onChange={(e) => set("tokenName", e.currentTarget.value)}
        >
          <option value="">Typed access token</option>
          <For each={tokenNames(props.tokens)}>
            {(name) => <option value={name}>{name}</option>}
          </For>
        </select>
      </label>
      <Show
        when={stored()}
        fallback={
          <div class="auth-field">
            <span class="auth-field-label" aria-hidden="true">
              Access Token
            </span>
            <SecretInput
              label="Access Token"
              value={authAttribute(props.auth, "accessToken") ?? ""}
              onInput={(value) => set("accessToken", value)}
              lookup={props.lookup}
              variableNames={props.variableNames}
            />
          </div>
        }
      >
        {(token) => (
          <p class="request-note" aria-live="polite">
            {`${token().name}: ${expiryText(token(), props.now)}${token().refreshToken ? " (refreshed automatically)" : ""}`}
          </p>
        )}
      </Show>
      <label class="inline-field">
        Add token to
        <select value={addTo()} onChange={(e) => set("addTokenTo", e.currentTarget.value)}>
          <option value="header">Request Headers</option>
          <option value="queryParams">Request URL</option>
        </select>
      </label>
      <Show when={addTo() === "header"}>
        <div class="auth-field">
          <span class="auth-field-label" aria-hidden="true">
            Header Prefix
          </span>
          <VarInput
            label="Header Prefix"
            value={authAttribute(props.auth, "headerPrefix") ?? "Bearer"}
            onInput={(value) => set("headerPrefix", value)}
            lookup={props.lookup}
            variableNames={props.variableNames}
          />
        </div>
      </Show>
    </div>
  );
}
