/**
 * OAuth 2.0 for one scheme: the flow (authorization code with PKCE, or client credentials),
 * "Client ID", "Client secret" where the flow takes one, an "Authorize" button that gets a
 * token, and the access token itself (pasted or obtained).
 */
import { createSignal, For, Show } from "solid-js";
import type { Result } from "../../core/result";
import type { AuthInput, OAuthFlow } from "../../core/tryit/securityTypes";

type OAuthInput = Extract<AuthInput, { kind: "oauth2" }>;

/** Props of {@link OAuthFields}. */
export interface OAuthFieldsProps {
  input: OAuthInput;
  token: string;
  onToken: (token: string) => void;
  obtain: (req: {
    flow: OAuthFlow;
    clientId: string;
    clientSecret: string;
    scopes: string[];
  }) => Promise<Result<string>>;
}

const SUPPORTED = new Set<OAuthFlow["type"]>(["authorizationCode", "clientCredentials"]);
const LABELS: Record<OAuthFlow["type"], string> = {
  authorizationCode: "Authorization code",
  clientCredentials: "Client credentials",
  implicit: "Implicit",
  password: "Password",
};

/** The fields of one OAuth 2.0 scheme. */
export function OAuthFields(props: OAuthFieldsProps) {
  const flows = () => props.input.flows.filter((f) => SUPPORTED.has(f.type));
  const [flowIndex, setFlowIndex] = createSignal(0);
  const [clientId, setClientId] = createSignal("");
  const [secret, setSecret] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal("");
  const flow = () => flows()[flowIndex()];
  const authorize = async () => {
    const chosen = flow();
    if (!chosen) return;
    setBusy(true);
    setError("");
    const token = await props.obtain({
      flow: chosen,
      clientId: clientId(),
      clientSecret: secret(),
      scopes: props.input.scopes,
    });
    setBusy(false);
    if (token.ok) props.onToken(token.value);
    else setError(token.error.message);
  };
  return (
    <div part="oauth2">
      <Show when={flows().length > 1}>
        <label class="field">
          <span class="name">Flow</span>
          <select
            aria-label="OAuth 2.0 flow"
            onChange={(e) => setFlowIndex(Number(e.currentTarget.value))}
          >
            <For each={flows()}>
              {(f, i) => (
                <option value={String(i())} selected={i() === flowIndex()}>
                  {LABELS[f.type]}
                  {f.pkce ? " (PKCE)" : ""}
                </option>
              )}
            </For>
          </select>
        </label>
      </Show>
      <Show when={flow()}>
        <label class="field">
          <span class="name">Client ID</span>
          <input
            type="text"
            autocomplete="off"
            aria-label="Client ID"
            value={clientId()}
            onInput={(e) => setClientId(e.currentTarget.value)}
          />
        </label>
        <Show when={flow()?.type === "clientCredentials"}>
          <label class="field">
            <span class="name">Client secret</span>
            <input
              type="password"
              autocomplete="off"
              aria-label="Client secret"
              value={secret()}
              onInput={(e) => setSecret(e.currentTarget.value)}
            />
          </label>
        </Show>
        <button type="button" disabled={busy()} onClick={() => void authorize()}>
          Authorize
        </button>
        <Show when={props.input.scopes.length}>
          <span class="hint"> Scopes: {props.input.scopes.join(" ")}</span>
        </Show>
        <Show when={error()}>
          <p role="alert">{error()}</p>
        </Show>
      </Show>
      <label class="field">
        <span class="name">Access token</span>
        <input
          type="password"
          autocomplete="off"
          aria-label={`Access token ${props.input.scheme}`}
          value={props.token}
          onInput={(e) => props.onToken(e.currentTarget.value)}
        />
      </label>
    </div>
  );
}
