/**
 * The browser's OAuth 2.0 token manager: tokens per collection in IndexedDB, the store the
 * pipeline reads (`current`, and `save` after a refresh), and "Get new access token" — the
 * direct grants through the collection's transport, the interactive ones through a popup that
 * comes back to public/oauth2-callback.html on our own origin.
 */
import type { Accessor } from "solid-js";
import { currentToken } from "../../core/auth/oauth2/current";
import type { OAuth2Token, OAuth2TokenStore } from "../../core/auth/types";
import type { Deps } from "../../core/factory";
import type { Transport } from "../../core/http/transport";
import type { Auth, Id } from "../../core/model";
import type { Result } from "../../core/result";
import type { Repos } from "../../db/repos/types";
import type { LiveQuery } from "../primitives/liveQuery";

/** What the Auth tab's OAuth 2.0 fields use. */
export interface OAuth2TokensService {
  /** The store the pipeline reads and refreshes tokens through. */
  store: OAuth2TokenStore;
  /** A collection's tokens, oldest first, kept current (ends with the caller's owner). */
  list(collectionId: Id): Accessor<readonly OAuth2Token[]>;
  remove(id: Id): Promise<void>;
  clear(collectionId: Id): Promise<void>;
  /**
   * Runs the grant `auth` configures (variables already resolved) and keeps the token under the
   * collection. Authorization code and implicit open the authorization popup.
   */
  getNewToken(collectionId: Id, auth: Auth): Promise<Result<OAuth2Token>>;
  /** Where the authorization server must redirect: our callback page. */
  redirectUri: string;
}

/** What the service is built over. */
export interface OAuth2TokensOptions {
  repos: Pick<Repos, "oauth2Tokens">;
  live: LiveQuery;
  deps: Deps;
  /** The transport a collection's requests go through (its token requests go the same way). */
  transportFor(collectionId: Id): Transport;
  /** Opens the authorization URL and resolves with the URL the server redirected back to. */
  authorize(url: string): Promise<Result<string>>;
  redirectUri: string;
}

/** Builds the service. */
export function makeOAuth2TokensService(options: OAuth2TokensOptions): OAuth2TokensService {
  const repo = () => options.repos.oauth2Tokens;
  const store: OAuth2TokenStore = {
    current: async (owner, auth) => currentToken(await repo().list(owner), auth),
    save: (owner, token) => repo().put(owner, token),
  };
  // The grants (and their hashing) load on first use, not with the app shell.
  const obtain = async (collectionId: Id, auth: Auth): Promise<Result<OAuth2Token>> => {
    const { obtainToken } = await import("./oauth2Obtain");
    return obtainToken(auth, {
      transport: options.transportFor(collectionId),
      deps: options.deps,
      authorize: options.authorize,
      redirectUri: options.redirectUri,
    });
  };
  return {
    store,
    list: (collectionId) => options.live(() => repo().list(collectionId), []),
    remove: (id) => repo().delete(id),
    clear: (collectionId) => repo().clear(collectionId),
    async getNewToken(collectionId, auth) {
      const result = await obtain(collectionId, auth);
      if (result.ok) await repo().put(collectionId, result.value);
      return result;
    },
    redirectUri: options.redirectUri,
  };
}
