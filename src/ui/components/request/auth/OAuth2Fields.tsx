/**
 * OAuth 2.0 on the Auth tab: the token to use and how it is added (OAuth2CurrentToken), the
 * grant's configuration and "Get new access token" (OAuth2GetToken), and the collection's stored
 * tokens (OAuth2TokenManager). Tokens live per collection through the host's `useOAuth2Tokens`.
 */
import type { JSX } from "solid-js";
import { createMemo, createSignal, onCleanup } from "solid-js";
import { currentToken } from "../../../../core/auth/oauth2/current";
import type { Auth, Id } from "../../../../core/model";
import type { VariableLookup } from "../../../../core/variables/lookup";
import { useDeps, useOAuth2Tokens, useTabs } from "../../../host/hooks";
import { setAttribute } from "./authValues";
import { OAuth2CurrentToken } from "./OAuth2CurrentToken";
import { OAuth2GetToken } from "./OAuth2GetToken";
import { OAuth2TokenManager } from "./OAuth2TokenManager";
import "../../../styles/oauth2.css";

/** Props of {@link OAuth2Fields}. */
export interface OAuth2FieldsProps {
  auth: Auth;
  onChange: (auth: Auth) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  /** The collection whose tokens these are; default: the active tab's request's collection. */
  collectionId?: Id;
}

/** The OAuth 2.0 fields. */
export function OAuth2Fields(props: OAuth2FieldsProps): JSX.Element {
  const service = useOAuth2Tokens();
  const deps = useDeps();
  const tabs = useTabs();
  const collectionId = createMemo(
    () => props.collectionId ?? (tabs.active()?.draft.collectionId || undefined),
  );
  const tokens = createMemo(() => {
    const id = collectionId();
    return id ? service.list(id) : () => [];
  });
  const list = () => tokens()();
  // Expiry words follow the clock.
  const [now, setNow] = createSignal(deps.clock.now());
  const timer = setInterval(() => setNow(deps.clock.now()), 1000);
  onCleanup(() => clearInterval(timer));
  const change = (auth: Auth) => props.onChange(auth);
  return (
    <div class="oauth2-fields">
      <OAuth2CurrentToken
        auth={props.auth}
        onChange={change}
        lookup={props.lookup}
        variableNames={props.variableNames}
        tokens={list()}
        now={now()}
      />
      <OAuth2GetToken
        auth={props.auth}
        onChange={change}
        lookup={props.lookup}
        variableNames={props.variableNames}
        service={service}
        collectionId={collectionId()}
      />
      <OAuth2TokenManager
        tokens={list()}
        now={now()}
        current={currentToken(list(), props.auth)?.name}
        onUse={(token) => change(setAttribute(props.auth, "tokenName", token.name))}
        onDelete={(token) => void service.remove(token.id)}
        onClear={() => {
          const id = collectionId();
          if (id) void service.clear(id);
        }}
      />
    </div>
  );
}
