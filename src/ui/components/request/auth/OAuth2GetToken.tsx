/**
 * "Configure New Token": the grant type and its settings, and "Get new access token", which runs
 * the grant through the host (a popup for the authorization code and implicit grants) and makes
 * the new token the one requests use.
 */
import type { JSX } from "solid-js";
import { For, Show, createMemo, createSignal } from "solid-js";
import { isInteractive, readConfig } from "../../../../core/auth/oauth2/config";
import type { Auth, Id } from "../../../../core/model";
import type { AppError } from "../../../../core/result";
import type { VariableLookup } from "../../../../core/variables/lookup";
import type { OAuth2TokensService } from "../../../host/oauth2Tokens";
import { VarInput } from "../VarInput";
import { AuthFields } from "./AuthFields";
import { setAttribute } from "./authValues";
import { GRANT_CHOICES, grantFields } from "./oauth2FieldTable";
import { resolveAuth, resolveText } from "./oauth2Resolve";

/** Props of {@link OAuth2GetToken}. */
export interface OAuth2GetTokenProps {
  auth: Auth;
  onChange: (auth: Auth) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  service: OAuth2TokensService;
  /** The collection the token is kept under; undefined: nowhere to keep it yet. */
  collectionId: Id | undefined;
}

/** The last attempt's outcome: the new token's name, or why it failed. */
type Outcome = { ok: true; name: string } | { ok: false; error: AppError };

/** Renders the grant settings and the button. */
export function OAuth2GetToken(props: OAuth2GetTokenProps): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome>();
  const config = createMemo(() => readConfig(props.auth));
  const fields = createMemo(() => grantFields(config().grantType, props.service.redirectUri));
  const foreignRedirect = () => {
    const uri = resolveText(config().redirectUri, props.lookup);
    return uri !== "" && uri !== props.service.redirectUri && isInteractive(config().grantType);
  };
  const getToken = async () => {
    const collectionId = props.collectionId;
    if (!collectionId) {
      const message = "Save the request in a collection first: tokens are kept per collection";
      setOutcome({ ok: false, error: { code: "AUTH_FAILED", message } });
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    const result = await props.service
      .getNewToken(collectionId, resolveAuth(props.auth, props.lookup))
      .finally(() => setBusy(false));
    if (!result.ok) {
      setOutcome({ ok: false, error: result.error });
      return;
    }
    setOutcome({ ok: true, name: result.value.name });
    props.onChange(setAttribute(props.auth, "tokenName", result.value.name));
  };
  return (
    <section class="oauth2-configure" aria-label="Configure new token">
      <h3 class="oauth2-heading">Configure new token</h3>
      <div class="auth-fields">
        <div class="auth-field">
          <span class="auth-field-label" aria-hidden="true">
            Token Name
          </span>
          <VarInput
            label="Token Name"
            value={config().tokenName}
            placeholder="Token"
            onInput={(value) => props.onChange(setAttribute(props.auth, "tokenName", value))}
            lookup={props.lookup}
            variableNames={props.variableNames}
          />
        </div>
        <label class="inline-field">
          Grant type
          <select
            value={config().grantType}
            onChange={(e) =>
              props.onChange(setAttribute(props.auth, "grant_type", e.currentTarget.value))
            }
          >
            <For each={GRANT_CHOICES}>
              {([value, label]) => <option value={value}>{label}</option>}
            </For>
          </select>
        </label>
      </div>
      <AuthFields
        fields={fields()}
        auth={props.auth}
        onChange={(auth) => props.onChange(auth)}
        lookup={props.lookup}
        variableNames={props.variableNames}
      />
      <Show when={foreignRedirect()}>
        <p class="request-note">
          {`Satchel receives the authorization only at ${props.service.redirectUri}: register that callback URL with the authorization server, or leave Callback URL empty.`}
        </p>
      </Show>
      <div class="oauth2-actions">
        <button type="button" class="primary" disabled={busy()} onClick={() => void getToken()}>
          Get new access token
        </button>
        <span role="status">
          {busy()
            ? "Waiting for the authorization server…"
            : ((o) => (o?.ok ? `Got a new token: ${o.name}` : ""))(outcome())}
        </span>
      </div>
      <Show when={((o) => (o && !o.ok ? o.error : undefined))(outcome())}>
        {(error) => (
          <div role="alert" class="oauth2-error">
            <p>{error().message}</p>
            <Show when={error().hint}>{(hint) => <p class="request-note">{hint()}</p>}</Show>
          </div>
        )}
      </Show>
    </section>
  );
}
