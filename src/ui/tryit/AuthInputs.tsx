/**
 * Credentials for the operation's security schemes (the plan's chosen alternative): API keys,
 * Basic, Bearer, OAuth 2.0 (./OAuthFields.tsx) and OpenID Connect tokens, plus "Remember on this
 * site". Secrets are password inputs; what is typed stays in memory (./credentials.ts).
 */
import { createUniqueId, For, Match, Show, Switch } from "solid-js";
import type { AuthInput, AuthValue } from "../../core/tryit/securityTypes";
import type { SecurityPlan } from "../../core/tryit/types";
import type { OAuthFieldsProps } from "./OAuthFields";
import { OAuthFields } from "./OAuthFields";

/** Props of {@link AuthInputs}. */
export interface AuthInputsProps {
  plan: SecurityPlan;
  /** The alternative in use. */
  alternative: number | undefined;
  onAlternative: (index: number) => void;
  values: Record<string, AuthValue>;
  onChange: (scheme: string, value: AuthValue) => void;
  remembered: boolean;
  onRemember: (on: boolean) => void;
  /** Gets an OAuth 2.0 access token (loaded on demand). */
  obtain: OAuthFieldsProps["obtain"];
}

const where = (input: Extract<AuthInput, { kind: "apiKey" }>) => `${input.in} ${input.name}`;

/** The auth part of a panel; nothing when the operation needs no credentials. */
export function AuthInputs(props: AuthInputsProps) {
  const noteId = createUniqueId();
  const inputs = () =>
    props.alternative === undefined
      ? []
      : (props.plan.alternatives[props.alternative]?.inputs ?? []);
  const label = (index: number) =>
    props.plan.alternatives[index]?.inputs.map((i) => i.scheme).join(" + ") || "None";
  const value = (scheme: string) => props.values[scheme] ?? {};
  const set = (scheme: string, patch: AuthValue) =>
    props.onChange(scheme, { ...value(scheme), ...patch });
  const secret = (label: string, scheme: string, key: keyof AuthValue) => (
    <label class="field">
      <span class="name">{label}</span>
      <input
        type="password"
        autocomplete="off"
        aria-label={label}
        value={value(scheme)[key] ?? ""}
        onInput={(e) => set(scheme, { [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <Show when={inputs().length > 0 || props.plan.problems.length > 0}>
      <fieldset part="auth">
        <legend>Authorization{props.plan.optional ? " (optional)" : ""}</legend>
        <Show when={props.plan.alternatives.filter((a) => a.satisfiable).length > 1}>
          <label class="field">
            <span class="name">Scheme</span>
            <select
              aria-label="Security scheme"
              onChange={(e) => props.onAlternative(Number(e.currentTarget.value))}
            >
              <For each={props.plan.alternatives}>
                {(alt, i) => (
                  <option
                    value={String(i())}
                    disabled={!alt.satisfiable}
                    selected={i() === props.alternative}
                  >
                    {label(i())}
                  </option>
                )}
              </For>
            </select>
          </label>
        </Show>
        <For each={inputs()}>
          {(input) => (
            <Switch>
              <Match when={input.kind === "apiKey" && input}>
                {(key) => (
                  <>
                    {secret(`API key ${key().scheme}`, key().scheme, "value")}
                    <p class="desc">Sent as {where(key())}.</p>
                  </>
                )}
              </Match>
              <Match when={input.kind === "basic"}>
                <label class="field">
                  <span class="name">Username</span>
                  <input
                    type="text"
                    autocomplete="off"
                    aria-label="Username"
                    value={value(input.scheme).username ?? ""}
                    onInput={(e) => set(input.scheme, { username: e.currentTarget.value })}
                  />
                </label>
                {secret("Password", input.scheme, "password")}
              </Match>
              <Match when={input.kind === "bearer"}>
                {secret("Bearer token", input.scheme, "value")}
              </Match>
              <Match when={input.kind === "oauth2" && input}>
                {(oauth) => (
                  <OAuthFields
                    input={oauth()}
                    token={value(oauth().scheme).value ?? ""}
                    onToken={(token) => set(oauth().scheme, { value: token })}
                    obtain={props.obtain}
                  />
                )}
              </Match>
              <Match when={input.kind === "openIdConnect"}>
                {secret(`Access token ${input.scheme}`, input.scheme, "value")}
              </Match>
            </Switch>
          )}
        </For>
        <For each={props.plan.problems}>{(problem) => <p class="hint">{problem}</p>}</For>
        <label>
          <input
            type="checkbox"
            checked={props.remembered}
            aria-describedby={noteId}
            onChange={(e) => props.onRemember(e.currentTarget.checked)}
          />{" "}
          Remember on this site
        </label>
        <p class="hint" id={noteId}>
          {props.remembered
            ? "Credentials are kept in this site's sessionStorage until this tab closes."
            : "Credentials stay in this page's memory and are gone when you leave it."}
        </p>
      </fieldset>
    </Show>
  );
}
