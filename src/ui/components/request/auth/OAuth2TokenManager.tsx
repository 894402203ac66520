/** The collection's stored OAuth 2.0 tokens: use one, delete one, or clear them all. */
import type { JSX } from "solid-js";
import { For, Show } from "solid-js";
import type { OAuth2Token } from "../../../../core/auth/types";
import { expiryText } from "./oauth2Time";

/** Props of {@link OAuth2TokenManager}. */
export interface OAuth2TokenManagerProps {
  tokens: readonly OAuth2Token[];
  now: number;
  /** The name of the token requests use now, if a stored one. */
  current?: string;
  onUse: (token: OAuth2Token) => void;
  onDelete: (token: OAuth2Token) => void;
  onClear: () => void;
}

/** Renders the list. */
export function OAuth2TokenManager(props: OAuth2TokenManagerProps): JSX.Element {
  return (
    <section class="oauth2-manager" aria-label="Stored tokens">
      <h3 class="oauth2-heading">Stored tokens</h3>
      <Show
        when={props.tokens.length > 0}
        fallback={<p class="request-note">No tokens yet: get one above.</p>}
      >
        <ul class="oauth2-token-list">
          <For each={[...props.tokens].reverse()}>
            {(token) => (
              <li class="oauth2-token">
                <span class="oauth2-token-name">{token.name}</span>
                <span class="oauth2-token-expiry">{expiryText(token, props.now)}</span>
                <button
                  type="button"
                  aria-label={`Use token ${token.name}`}
                  aria-pressed={props.current === token.name}
                  onClick={() => props.onUse(token)}
                >
                  Use
                </button>
                <button
                  type="button"
                  aria-label={`Delete token ${token.name}`}
                  onClick={() => props.onDelete(token)}
                >
                  Delete
                </button>
              </li>
            )}
          </For>
        </ul>
        <button type="button" onClick={() => props.onClear()}>
          Clear all tokens
        </button>
      </Show>
    </section>
  );
}
